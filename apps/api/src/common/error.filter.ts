import { ArgumentsHost, Catch, ExceptionFilter, HttpException, Logger } from '@nestjs/common';
import type { FastifyReply } from 'fastify';
import { QueryFailedError } from 'typeorm';
import { localeOfHeader, msg, translate, translateFields, type Locale, type Message } from '@resacoop/domain';
import { AppException, ErrorCode, STATUS_OF, type FieldErrors } from './app-exception';

interface ErrorBody {
  message: string;
  errors?: Record<string, string>;
}

/** Postgres error codes that a client's data can cause; anything else is our fault or an outage. */
const CLIENT_DATA_ERRORS: Record<string, { status: number; text: Message }> = {
  '23505': { status: 409, text: msg('error.db.unique') },
  '23503': { status: 400, text: msg('error.db.foreignKey') },
  '23514': { status: 400, text: msg('error.db.check') },
  '23502': { status: 400, text: msg('error.db.notNull') },
  '22P02': { status: 400, text: msg('error.db.format') },
  '22003': { status: 400, text: msg('error.db.numberRange') },
  '22001': { status: 400, text: msg('error.db.tooLong') },
  '22007': { status: 400, text: msg('error.db.dateFormat') },
  '22008': { status: 400, text: msg('error.db.dateRange') },
};

/** Error codes of a database or network that is not there right now. */
const OUTAGE_CODES = new Set(['ECONNREFUSED', 'ECONNRESET', 'ETIMEDOUT', 'EPIPE', '57P01', '57P03', '08006', '08001', '08003']);

/** Errors raised by Node's own modules may come from another realm: judge them by shape, not by `instanceof`. */
function isErrorLike(error: unknown): error is { message: string; code?: unknown } {
  return typeof error === 'object' && error !== null && typeof (error as { message?: unknown }).message === 'string';
}

function isOutage(error: unknown): boolean {
  if (!isErrorLike(error)) return false;
  if (typeof error.code === 'string' && OUTAGE_CODES.has(error.code)) return true;
  // TypeORM releases a transaction's connection when the server drops it, and pg says a client that lost its
  // connection is not queryable: the next query of that transaction says so.
  return /timeout exceeded when trying to connect|Connection terminated|Connection is closed|MaxRetriesPerRequest|Command timed out|Stream isn't writeable|Query runner already released|not queryable/i.test(
    error.message,
  );
}

/**
 * The client went away before its request was whole (Node's `aborted`, the same code as a dropped
 * database connection): nobody is left to answer and nothing of ours is broken.
 */
function isClientAbort(error: unknown): boolean {
  return isErrorLike(error) && error.code === 'ECONNRESET' && error.message === 'aborted';
}

/**
 * Fastify refuses a request before it reaches a route (body too large, of an unknown type, empty
 * JSON…) with a `FST_` error: its status is the client's, its own text is not shown.
 */
function frameworkStatus(error: unknown): number | null {
  if (!isErrorLike(error)) return null;
  const { code, statusCode } = error as { code?: unknown; statusCode?: unknown };
  return typeof code === 'string' && code.startsWith('FST_') && typeof statusCode === 'number' && statusCode >= 400 && statusCode < 500
    ? statusCode
    : null;
}

/** What the filter reads of a request: the user the session guard set, if it got that far, and the headers. */
export interface AnsweredRequest {
  user?: { locale: Locale };
  headers?: { 'accept-language'?: string };
}

/** The reader's language: the signed-in user's preference, else what the request's `Accept-Language` prefers. */
function localeOf(request: AnsweredRequest | undefined): Locale {
  return request?.user?.locale ?? localeOfHeader(request?.headers?.['accept-language']);
}

/** An error answer's body, in the documented shape and the reader's language. */
export function errorBody(request: AnsweredRequest | undefined, text: Message, errors?: FieldErrors): ErrorBody {
  const locale = localeOf(request);
  const body: ErrorBody = { message: translate(text, locale) };
  if (errors) body.errors = translateFields(errors, locale);
  return body;
}

/**
 * The one place that turns an exception into an HTTP answer, in the reader's language. Bodies never
 * carry a stack trace or SQL: unexpected errors are logged in full and answered with a plain message.
 */
@Catch()
export class ErrorFilter implements ExceptionFilter {
  private readonly logger = new Logger('Errors');

  catch(exception: unknown, host: ArgumentsHost): void {
    const http = host.switchToHttp();
    const reply = http.getResponse<FastifyReply>();
    if (isClientAbort(exception)) {
      this.logger.debug('request left unfinished by its client');
      reply.raw.destroy();
      return;
    }
    const [status, text, errors] = this.toAnswer(exception);
    if (reply.raw.headersSent) {
      reply.raw.destroy();
      return;
    }
    void reply.status(status).send(errorBody(http.getRequest<AnsweredRequest | undefined>(), text, errors));
  }

  private toAnswer(exception: unknown): [number, Message, FieldErrors?] {
    if (exception instanceof AppException) {
      // Refusals by the guards are logged there with their context; a service's refusal only here.
      if (exception.code === ErrorCode.Forbidden) this.logger.warn(`${exception.code}: ${exception.message}`);
      return [STATUS_OF[exception.code], exception.text, exception.errors];
    }
    if (exception instanceof QueryFailedError) {
      const code = (exception.driverError as { code?: string } | undefined)?.code ?? '';
      // A delete refused by a foreign key: the record is history, held by another.
      if (code === '23503' && /^\s*DELETE\b/i.test(exception.query)) return [409, msg('error.heldByHistory')];
      const known = CLIENT_DATA_ERRORS[code];
      if (known) return [known.status, known.text];
    }
    if (isOutage(exception)) {
      this.logger.error(`dependency unavailable: ${(exception as { message: string }).message}`);
      return [503, msg('error.unavailable')];
    }
    const status = exception instanceof HttpException ? exception.getStatus() : frameworkStatus(exception);
    if (status !== null) {
      if (status >= 500) this.logger.error(exception);
      const text = httpMessage(status);
      // Refusals of the body (malformed JSON, a bare null, too large) concern it as a whole.
      return status === 400 || status === 413 || status === 415 ? [status, text, { body: text }] : [status, text];
    }
    this.logger.error(exception instanceof Error ? (exception.stack ?? exception.message) : String(exception));
    return [500, msg('error.internal')];
  }
}

/** Framework errors (unknown route, malformed JSON, body too large) get a fixed message, never their own text. */
export function httpMessage(status: number): Message {
  switch (status) {
    case 400:
      return msg('error.http.badRequest');
    case 404:
      return msg('error.http.notFound');
    case 405:
      return msg('error.http.methodNotAllowed');
    case 413:
      return msg('error.http.tooLarge');
    case 415:
      return msg('error.http.unsupportedType');
    default:
      return status >= 500 ? msg('error.internal') : msg('error.http.refused');
  }
}
