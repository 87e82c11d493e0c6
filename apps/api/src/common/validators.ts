import { isCalendarDay, isCountryCode, isValidRna, isValidSiret, normaliseSiret, parseTimestamp } from '@resacoop/domain';
import { Transform } from 'class-transformer';
import { applyDecorators } from '@nestjs/common';
import { MAX_ID } from './id.pipe';
import { IsEmail, IsInt, IsOptional, Matches, Max, MaxLength, Min, ValidateBy, ValidateIf, type ValidationOptions } from 'class-validator';

export function IsSiret(options?: ValidationOptions): PropertyDecorator {
  return ValidateBy({ name: 'isSiret', validator: { validate: (value) => typeof value === 'string' && isValidSiret(value) } }, options);
}

export function IsRna(options?: ValidationOptions): PropertyDecorator {
  return ValidateBy({ name: 'isRna', validator: { validate: (value) => typeof value === 'string' && isValidRna(value) } }, options);
}

/** "732 829 320 00074" is how people type a SIRET; store the digits. */
export const NormaliseSiret = () => Transform(({ value }) => (typeof value === 'string' ? normaliseSiret(value) : value));

/** Trims text and turns an empty field into null, so "cleared" means null in the database. */
export const TrimToNull = () =>
  Transform(({ value }) => {
    if (typeof value !== 'string') return value;
    const trimmed = value.trim();
    return trimmed === '' ? null : trimmed;
  });

export function IsCountryCode(options?: ValidationOptions): PropertyDecorator {
  return ValidateBy(
    { name: 'isCountryCode', validator: { validate: (value) => typeof value === 'string' && isCountryCode(value) } },
    options,
  );
}

/** A calendar day, `YYYY-MM-DD`, that exists. */
export function IsCalendarDay(options?: ValidationOptions): PropertyDecorator {
  return ValidateBy(
    { name: 'isCalendarDay', validator: { validate: (value) => typeof value === 'string' && isCalendarDay(value) } },
    options,
  );
}

/** An ISO 8601 date or date-time whose day and time exist (class-validator's IsISO8601 lets `2024-W01` through to `new Date`). */
export function IsTimestamp(options?: ValidationOptions): PropertyDecorator {
  return ValidateBy(
    { name: 'isTimestamp', validator: { validate: (value) => typeof value === 'string' && parseTimestamp(value) !== null } },
    options,
  );
}

/**
 * The field may be left out, but not sent as null: for columns that always hold a value
 * (`@IsOptional` would let a null through to a NOT NULL column).
 */
export const OmittableNotNull = () => ValidateIf((_, value) => value !== undefined);

/** An optional e-mail address, trimmed, empty meaning none. */
export const OptionalEmail = () => applyDecorators(IsOptional(), TrimToNull(), IsEmail(), MaxLength(254));

/** An optional phone number as people type them: digits, spaces, dots, dashes, +, brackets. */
export const OptionalPhone = () => applyDecorators(IsOptional(), TrimToNull(), Matches(/^[0-9+().\s-]{6,30}$/));

/** The id of a linked record: a positive integer that PostgreSQL's `integer` holds. */
export const IsRecordId = () => applyDecorators(IsInt(), Min(1), Max(MAX_ID));
