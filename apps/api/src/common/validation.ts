import { msg, type Message } from '@resacoop/domain';
import { ValidationPipe, type ArgumentMetadata, type ValidationError } from '@nestjs/common';
import { ValidationFailed, type FieldErrors } from './app-exception';
import { inputFault } from './input-limits';
import { cacheValidationRules } from './validation-rules-cache';

/** The catalogue's wording of class-validator's constraints, shown by the console next to each field. */
const MESSAGES: Record<string, Message> = {
  whitelistValidation: msg('validation.whitelistValidation'),
  isDefined: msg('validation.isDefined'),
  isNotEmpty: msg('validation.isNotEmpty'),
  isString: msg('validation.isString'),
  isSingleLine: msg('validation.isSingleLine'),
  isInt: msg('validation.isInt'),
  isNumber: msg('validation.isNumber'),
  isPositive: msg('validation.isPositive'),
  isBoolean: msg('validation.isBoolean'),
  isEmail: msg('validation.isEmail'),
  isUrl: msg('validation.isUrl'),
  isIn: msg('validation.isIn'),
  isArray: msg('validation.isArray'),
  arrayMaxSize: msg('validation.arrayMaxSize'),
  arrayUnique: msg('validation.arrayUnique'),
  maxLength: msg('validation.maxLength'),
  minLength: msg('validation.minLength'),
  min: msg('validation.min'),
  max: msg('validation.max'),
  matches: msg('validation.matches'),
  isSiret: msg('validation.isSiret'),
  isRna: msg('validation.isRna'),
  nestedValidation: msg('validation.nestedValidation'),
  isCountryCode: msg('validation.isCountryCode'),
  isCalendarDay: msg('validation.isCalendarDay'),
  isTimestamp: msg('validation.isTimestamp'),
};

/** Of the constraints a value fails, the one that says most, in the order of MESSAGES (a type before a length). */
function mostTelling(constraints: string[]): string {
  return Object.keys(MESSAGES).find((name) => constraints.includes(name)) ?? constraints[0];
}

/** A refusal names this many fields at most: a body of many unknown fields must not get an answer as large. */
export const MAX_FIELDS_NAMED = 20;

function collect(errors: ValidationError[], prefix = '', into: FieldErrors = {}): FieldErrors {
  for (const error of errors) {
    if (Object.keys(into).length >= MAX_FIELDS_NAMED) break;
    const path = prefix ? `${prefix}.${error.property}` : error.property;
    const constraints = Object.keys(error.constraints ?? {});
    if (constraints.length > 0 && !into[path]) {
      // An optional field is never validated when absent: a constraint failed on no value means a required one
      // (known only where the validation keeps the values: the ValidationPipe below does).
      const missing = Object.hasOwn(error, 'value') && (error.value === undefined || error.value === null);
      const telling = missing ? 'isDefined' : mostTelling(constraints);
      into[path] = MESSAGES[telling] ?? msg('validation.nestedValidation');
    }
    if (error.children?.length) collect(error.children, path, into);
  }
  return into;
}

export function toFieldErrors(errors: ValidationError[]): FieldErrors {
  return collect(errors);
}

/**
 * Refuses, before class-transformer sees them, a body that is not a JSON object and a body or query
 * whose shape or text fails the limits every input shares (apps/api/src/common/input-limits.ts).
 */
class ObjectBodyValidationPipe extends ValidationPipe {
  override async transform(value: unknown, metadata: ArgumentMetadata): Promise<unknown> {
    const isDto = typeof metadata.metatype === 'function' && ![String, Number, Boolean, Array, Object].includes(metadata.metatype as never);
    if (metadata.type === 'body' && isDto && (typeof value !== 'object' || value === null || Array.isArray(value))) {
      throw new ValidationFailed({ body: msg('field.objectExpected') });
    }
    if (metadata.type === 'body' || metadata.type === 'query') {
      const fault = inputFault(value, '', metadata.type);
      if (fault) throw new ValidationFailed(fault);
    }
    const dto = await super.transform(value, metadata);
    // Fields the client did not send are absent, not undefined: a merge must never blank a field.
    if (metadata.type === 'body' && isDto && dto && typeof dto === 'object') {
      for (const key of Object.keys(dto))
        if ((dto as Record<string, unknown>)[key] === undefined) delete (dto as Record<string, unknown>)[key];
    }
    return dto;
  }
}

/** Bodies and queries are DTO classes; unknown or read-only fields are refused, not ignored. */
export function createValidationPipe(): ValidationPipe {
  cacheValidationRules();
  return new ObjectBodyValidationPipe({
    whitelist: true,
    forbidNonWhitelisted: true,
    forbidUnknownValues: true,
    transform: true,
    // The value tells a missing field from a wrong one (see collect); it never leaves the server.
    validationError: { target: false, value: true },
    exceptionFactory: (errors) => new ValidationFailed(toFieldErrors(errors)),
  });
}
