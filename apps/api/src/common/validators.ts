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

/**
 * Text of one line: a name, a title, an address of e-mail. A line break there would reach the e-mails it is written in
 * (a name in a confirmation's greeting) and the CSV exports; other control characters are never typed.
 */
export function IsSingleLine(options?: ValidationOptions): PropertyDecorator {
  return ValidateBy(
    { name: 'isSingleLine', validator: { validate: (value) => typeof value !== 'string' || !/\p{Cc}/u.test(value) } },
    options,
  );
}

/** An e-mail address: class-validator's takes a quoted local part, line breaks included. */
export const IsMailAddress = () => applyDecorators(IsEmail(), IsSingleLine());

/** An optional e-mail address, trimmed, empty meaning none. */
export const OptionalEmail = () => applyDecorators(IsOptional(), TrimToNull(), IsMailAddress(), MaxLength(254));

/** An optional phone number as people type them: digits, spaces, dots, dashes, +, brackets. */
export const OptionalPhone = () => applyDecorators(IsOptional(), TrimToNull(), Matches(/^[0-9+().\s-]{6,30}$/));

/** The id of a linked record: a positive integer that PostgreSQL's `integer` holds. */
export const IsRecordId = () => applyDecorators(IsInt(), Min(1), Max(MAX_ID));
