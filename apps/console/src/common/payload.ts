import type { RaRecord, TransformData } from 'react-admin';

/** Blank text means "no value": the API wants null, not an empty string. */
function clean(value: unknown): unknown {
  if (typeof value !== 'string') return value;
  const trimmed = value.trim();
  return trimmed === '' ? null : trimmed;
}

/**
 * Keeps only the fields a client may write: the API refuses unknown and read-only fields.
 * Fields absent from the form are left out, so the API keeps its defaults on create.
 */
export function pickWritable(data: Record<string, unknown>, fields: readonly string[]): Record<string, unknown> {
  const payload: Record<string, unknown> = {};
  for (const field of fields) {
    if (data[field] !== undefined) payload[field] = clean(data[field]);
  }
  return payload;
}

/** A body's writable fields (from the OpenAPI document's BODY_FIELDS) but those a form leaves to the API or to its buttons. */
export function fieldsExcept<Field extends string, Left extends Field>(
  fields: readonly Field[],
  left: readonly Left[],
): Exclude<Field, Left>[] {
  return fields.filter((field): field is Exclude<Field, Left> => !(left as readonly Field[]).includes(field));
}

/**
 * The `transform` of a Create or Edit: only writable fields, and on edit the version the
 * form was loaded with, so the API refuses the write (409) if someone saved in between.
 */
export function writableTransform(
  fields: readonly string[],
  adjust: (payload: Record<string, unknown>, data: Record<string, unknown>) => Record<string, unknown> = (payload) => payload,
): { create: TransformData; edit: TransformData } {
  return {
    create: (data: Record<string, unknown>) => adjust(pickWritable(data, fields), data),
    edit: (data: Record<string, unknown>, options?: { previousData?: RaRecord }) => ({
      ...adjust(pickWritable(data, fields), data),
      version: options?.previousData?.version ?? data.version,
    }),
  };
}

/** A date-time input's value (local `yyyy-MM-ddThh:mm`) as an ISO instant, or null. */
export function toInstant(value: unknown): string | null {
  if (value === null || value === undefined || value === '') return null;
  const date = value instanceof Date ? value : new Date(String(value));
  return Number.isNaN(date.getTime()) ? null : date.toISOString();
}
