/** Every error the API answers with on purpose. One filter maps them to HTTP. */
export enum ErrorCode {
  Validation = 'validation',
  Unauthenticated = 'unauthenticated',
  Forbidden = 'forbidden',
  NotFound = 'not_found',
  VersionConflict = 'version_conflict',
  Conflict = 'conflict',
  PayloadTooLarge = 'payload_too_large',
  UnsupportedMediaType = 'unsupported_media_type',
  TooManyAttempts = 'too_many_attempts',
  Unavailable = 'unavailable',
}

export const STATUS_OF: Record<ErrorCode, number> = {
  [ErrorCode.Validation]: 400,
  [ErrorCode.Unauthenticated]: 401,
  [ErrorCode.Forbidden]: 403,
  [ErrorCode.NotFound]: 404,
  [ErrorCode.VersionConflict]: 409,
  [ErrorCode.Conflict]: 409,
  [ErrorCode.PayloadTooLarge]: 413,
  [ErrorCode.UnsupportedMediaType]: 415,
  [ErrorCode.TooManyAttempts]: 429,
  [ErrorCode.Unavailable]: 503,
};

export type FieldErrors = Record<string, string>;

export class AppException extends Error {
  constructor(
    readonly code: ErrorCode,
    message: string,
    readonly errors?: FieldErrors,
  ) {
    super(message);
  }
}

export class ValidationFailed extends AppException {
  constructor(errors: FieldErrors, message = 'Certains champs sont invalides.') {
    super(ErrorCode.Validation, message, errors);
  }
}

export class RecordNotFound extends AppException {
  constructor(entity: string, id: unknown) {
    super(ErrorCode.NotFound, `${entity} ${String(id)} introuvable.`);
  }
}

export class VersionConflict extends AppException {
  constructor() {
    super(
      ErrorCode.VersionConflict,
      'Cette fiche a été modifiée par quelqu’un d’autre entre-temps. Rechargez-la puis refaites vos changements.',
      { version: 'périmée' },
    );
  }
}

/** A delete refused because history holds the record (see `deletionRefusal`). */
export class HeldByHistory extends AppException {
  constructor(refusal: { message: string; errors: FieldErrors }) {
    super(ErrorCode.Conflict, refusal.message, refusal.errors);
  }
}

export class Unauthenticated extends AppException {
  constructor(message = 'Authentification requise.') {
    super(ErrorCode.Unauthenticated, message);
  }
}

export class AccessDenied extends AppException {
  constructor(message = 'Accès refusé.') {
    super(ErrorCode.Forbidden, message);
  }
}

export class TooManyAttempts extends AppException {
  constructor() {
    super(ErrorCode.TooManyAttempts, 'Trop de tentatives de connexion. Réessayez dans quelques minutes.');
  }
}

export class UnsupportedMediaType extends AppException {
  constructor() {
    super(ErrorCode.UnsupportedMediaType, 'Type de contenu non pris en charge : envoyez du JSON (application/json).', {
      body: 'JSON attendu',
    });
  }
}

export class ServiceUnavailable extends AppException {
  constructor(message = 'Service momentanément indisponible. Réessayez dans un instant.') {
    super(ErrorCode.Unavailable, message);
  }
}

/**
 * A write that a foreign key refused because the linked record is gone becomes a 400 naming the
 * field: cheaper than reading the linked record first, and right even if it vanishes meanwhile.
 */
export function missingLinkAs(field: string, message: string): (error: unknown) => never {
  return (error) => {
    const code = (error as { driverError?: { code?: unknown } } | null)?.driverError?.code;
    throw code === '23503' ? new ValidationFailed({ [field]: message }) : error;
  };
}
