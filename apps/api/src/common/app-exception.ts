import { DEFAULT_LOCALE, msg, recordName, translate, type Message } from '@resacoop/domain';

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

/** Field → why it is refused, rendered in the reader's language by the error filter. */
export type FieldErrors = Record<string, Message>;

/** An error the API answers on purpose: its text and field messages are catalogue keys, rendered per request. */
export class AppException extends Error {
  constructor(
    readonly code: ErrorCode,
    readonly text: Message,
    readonly errors?: FieldErrors,
  ) {
    // The French text for the logs; the answer is rendered in the reader's language.
    super(translate(text, DEFAULT_LOCALE));
  }
}

export class ValidationFailed extends AppException {
  constructor(errors: FieldErrors, text: Message = msg('error.validation')) {
    super(ErrorCode.Validation, text, errors);
  }
}

/** A record named by its kind as the API stores it (`case`) and its id; without an id, asked for by a link's token. */
export class RecordNotFound extends AppException {
  constructor(entity: string, id?: unknown) {
    const name = recordName(entity);
    super(
      ErrorCode.NotFound,
      id === undefined ? msg('error.notFoundByLink', { entity: name }) : msg('error.notFound', { entity: name, id: String(id) }),
    );
  }
}

export class VersionConflict extends AppException {
  constructor(text: Message = msg('error.versionConflict')) {
    super(ErrorCode.VersionConflict, text, { version: msg('field.stale') });
  }
}

/** A delete refused because history holds the record (see `deletionRefusal`). */
export class HeldByHistory extends AppException {
  constructor(refusal: { text: Message; errors: FieldErrors }) {
    super(ErrorCode.Conflict, refusal.text, refusal.errors);
  }
}

export class Unauthenticated extends AppException {
  constructor(text: Message = msg('error.unauthenticated')) {
    super(ErrorCode.Unauthenticated, text);
  }
}

export class AccessDenied extends AppException {
  constructor(text: Message = msg('error.forbidden')) {
    super(ErrorCode.Forbidden, text);
  }
}

export class TooManyAttempts extends AppException {
  constructor() {
    super(ErrorCode.TooManyAttempts, msg('error.tooManyLogins'));
  }
}

export class UnsupportedMediaType extends AppException {
  constructor() {
    super(ErrorCode.UnsupportedMediaType, msg('error.jsonOnly'), { body: msg('field.jsonExpected') });
  }
}

export class ServiceUnavailable extends AppException {
  constructor(text: Message = msg('error.unavailable')) {
    super(ErrorCode.Unavailable, text);
  }
}

/**
 * A write that a foreign key refused because the linked record is gone becomes a 400 naming the
 * field: cheaper than reading the linked record first, and right even if it vanishes meanwhile.
 */
export function missingLinkAs(field: string, message: Message): (error: unknown) => never {
  return (error) => {
    const code = (error as { driverError?: { code?: unknown } } | null)?.driverError?.code;
    throw code === '23503' ? new ValidationFailed({ [field]: message }) : error;
  };
}
