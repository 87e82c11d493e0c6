import { ArgumentsHost, Catch, ExceptionFilter, HttpException, Logger } from '@nestjs/common';
import type { FastifyReply } from 'fastify';
import { QueryFailedError } from 'typeorm';
import { AppException, ErrorCode, STATUS_OF, type FieldErrors } from './app-exception';

interface ErrorBody {
  message: string;
  errors?: FieldErrors;
}

/** Postgres error codes that a client's data can cause; anything else is our fault or an outage. */
const CLIENT_DATA_ERRORS: Record<string, { status: number; message: string }> = {
  '23505': { status: 409, message: 'Cette valeur existe déjà.' },
  '23503': { status: 400, message: 'La fiche liée n’existe pas ou est encore utilisée.' },
  '23514': { status: 400, message: 'Une valeur ne respecte pas les règles de la fiche.' },
  '23502': { status: 400, message: 'Un champ obligatoire manque.' },
  '22P02': { status: 400, message: 'Une valeur n’a pas le bon format.' },
  '22003': { status: 400, message: 'Un nombre est hors limites.' },
  '22001': { status: 400, message: 'Un texte est trop long.' },
  '22007': { status: 400, message: 'Une date n’a pas le bon format.' },
  '22008': { status: 400, message: 'Une date est hors limites.' },
};

const HELD_BY_HISTORY = 'Cette fiche est liée à un historique : elle ne peut pas être supprimée.';

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

/**
 * The one place that turns an exception into an HTTP answer. Bodies never carry a stack trace
 * or SQL: unexpected errors are logged in full and answered with a plain message.
 */
@Catch()
export class ErrorFilter implements ExceptionFilter {
  private readonly logger = new Logger('Errors');

  catch(exception: unknown, host: ArgumentsHost): void {
    const reply = host.switchToHttp().getResponse<FastifyReply>();
    const [status, body] = this.toAnswer(exception);
    if (reply.raw.headersSent) {
      reply.raw.destroy();
      return;
    }
    void reply.status(status).send(body);
  }

  private toAnswer(exception: unknown): [number, ErrorBody] {
    if (exception instanceof AppException) {
      // Refusals by the guards are logged there with their context; a service's refusal only here.
      if (exception.code === ErrorCode.Forbidden) this.logger.warn(`${exception.code}: ${exception.message}`);
      return [STATUS_OF[exception.code], { message: exception.message, errors: exception.errors }];
    }
    if (exception instanceof QueryFailedError) {
      const code = (exception.driverError as { code?: string } | undefined)?.code ?? '';
      // A delete refused by a foreign key: the record is history, held by another.
      if (code === '23503' && /^\s*DELETE\b/i.test(exception.query)) return [409, { message: HELD_BY_HISTORY }];
      const known = CLIENT_DATA_ERRORS[code];
      if (known) return [known.status, { message: known.message }];
    }
    if (isOutage(exception)) {
      this.logger.error(`dependency unavailable: ${(exception as { message: string }).message}`);
      return [503, { message: 'Service momentanément indisponible. Réessayez dans un instant.' }];
    }
    const status = exception instanceof HttpException ? exception.getStatus() : frameworkStatus(exception);
    if (status !== null) {
      if (status >= 500) this.logger.error(exception);
      const body: ErrorBody = { message: this.httpMessage(status) };
      // Refusals of the body (malformed JSON, a bare null, too large) concern it as a whole.
      if (status === 400 || status === 413 || status === 415) body.errors = { body: body.message };
      return [status, body];
    }
    this.logger.error(exception instanceof Error ? (exception.stack ?? exception.message) : String(exception));
    return [500, { message: 'Erreur interne. Elle a été enregistrée.' }];
  }

  /** Framework errors (unknown route, malformed JSON, body too large) get a fixed message, never their own text. */
  private httpMessage(status: number): string {
    switch (status) {
      case 400:
        return 'Requête mal formée (JSON invalide ?).';
      case 404:
        return 'Ressource introuvable.';
      case 405:
        return 'Méthode non autorisée.';
      case 413:
        return 'Requête trop volumineuse.';
      case 415:
        return 'Type de contenu non pris en charge.';
      default:
        return status >= 500 ? 'Erreur interne. Elle a été enregistrée.' : 'Requête refusée.';
    }
  }
}
