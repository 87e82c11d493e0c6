import { ArgumentsHost, Catch, ExceptionFilter, HttpException, Logger } from '@nestjs/common';
import type { Response } from 'express';
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

/** Error codes of a database or network that is not there right now. */
const OUTAGE_CODES = new Set(['ECONNREFUSED', 'ECONNRESET', 'ETIMEDOUT', 'EPIPE', '57P01', '57P03', '08006', '08001', '08003']);

function isOutage(error: unknown): boolean {
  if (!(error instanceof Error)) return false;
  const code = (error as { code?: string }).code;
  if (code && OUTAGE_CODES.has(code)) return true;
  return /timeout exceeded when trying to connect|Connection terminated|Connection is closed|MaxRetriesPerRequest|Command timed out|Stream isn't writeable/i.test(
    error.message,
  );
}

/**
 * The one place that turns an exception into an HTTP answer. Bodies never carry a stack trace
 * or SQL: unexpected errors are logged in full and answered with a plain message.
 */
@Catch()
export class ErrorFilter implements ExceptionFilter {
  private readonly logger = new Logger('Errors');

  catch(exception: unknown, host: ArgumentsHost): void {
    const response = host.switchToHttp().getResponse<Response>();
    const [status, body] = this.toAnswer(exception);
    if (response.headersSent) {
      response.destroy();
      return;
    }
    response.status(status).json(body);
  }

  private toAnswer(exception: unknown): [number, ErrorBody] {
    if (exception instanceof AppException) {
      // Refusals by the guards are logged there with their context; a service's refusal only here.
      if (exception.code === ErrorCode.Forbidden) this.logger.warn(`${exception.code}: ${exception.message}`);
      return [STATUS_OF[exception.code], { message: exception.message, errors: exception.errors }];
    }
    if (exception instanceof QueryFailedError) {
      const code = (exception.driverError as { code?: string } | undefined)?.code ?? '';
      const known = CLIENT_DATA_ERRORS[code];
      if (known) return [known.status, { message: known.message }];
    }
    if (isOutage(exception)) {
      this.logger.error(`dependency unavailable: ${(exception as Error).message}`);
      return [503, { message: 'Service momentanément indisponible. Réessayez dans un instant.' }];
    }
    if (exception instanceof HttpException) {
      const status = exception.getStatus();
      if (status >= 500) this.logger.error(exception);
      const body: ErrorBody = { message: this.httpMessage(status) };
      // Body-parser refusals (malformed JSON, a bare null, too large) concern the body as a whole.
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
