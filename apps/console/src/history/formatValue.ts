import type { Labelled, Locale } from '@resacoop/domain';

/** For a record's fields that hold reference codes, the labels to show them with. */
export type ValueLabels = Readonly<Record<string, Labelled<string>>>;

const ISO_INSTANT = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:?\d{2})$/;
/** A calendar day (a follow-up, a consent): no time, no time zone. */
const ISO_DAY = /^\d{4}-\d{2}-\d{2}$/;

export interface FormatContext {
  locale: Locale;
  intlLocale: string;
  empty: string;
  yes: string;
  no: string;
}

/** One field value of an audit snapshot, as a person reads it. */
export function formatValue(field: string, value: unknown, labels: ValueLabels | undefined, context: FormatContext): string {
  if (value === null || value === undefined || value === '') return context.empty;
  if (Array.isArray(value)) {
    return value.length === 0 ? context.empty : value.map((item) => formatValue(field, item, labels, context)).join(', ');
  }
  if (typeof value === 'boolean') return value ? context.yes : context.no;
  if (typeof value === 'string') {
    const fieldLabels = labels?.[field];
    if (fieldLabels && Object.hasOwn(fieldLabels, value)) return fieldLabels[value][context.locale];
    if (ISO_DAY.test(value)) {
      const day = new Date(`${value}T00:00:00Z`);
      // Read in UTC, where it was written: the day stays the same in every time zone.
      if (!Number.isNaN(day.getTime())) return day.toLocaleDateString(context.intlLocale, { dateStyle: 'short', timeZone: 'UTC' });
    }
    if (ISO_INSTANT.test(value)) {
      const date = new Date(value);
      if (!Number.isNaN(date.getTime())) {
        return date.toLocaleString(context.intlLocale, { dateStyle: 'short', timeStyle: 'short' });
      }
    }
    return value;
  }
  if (typeof value === 'number') {
    // A coded number (an ODD) by its label.
    const fieldLabels = labels?.[field];
    return fieldLabels && Object.hasOwn(fieldLabels, String(value)) ? fieldLabels[String(value)][context.locale] : String(value);
  }
  return JSON.stringify(value);
}

/** Fields every record carries that say nothing about what changed. */
const BOOKKEEPING = new Set(['id', 'createdAt', 'updatedAt', 'version']);

export interface ChangedField {
  field: string;
  before: unknown;
  after: unknown;
}

/**
 * The fields an audit event is about. For an update `before` and `after` hold only what changed;
 * for a creation (or deletion) one side is null and the other is the whole record, of which
 * only the filled fields are worth showing.
 */
export function changedFields(changes: { before?: unknown; after?: unknown } | null | undefined): ChangedField[] {
  const before = isObject(changes?.before) ? changes.before : {};
  const after = isObject(changes?.after) ? changes.after : {};
  const fields = [...new Set([...Object.keys(before), ...Object.keys(after)])].filter((field) => !BOOKKEEPING.has(field));
  return fields
    .map((field) => ({ field, before: before[field], after: after[field] }))
    .filter(({ before: old, after: next }) => !(isBlank(old) && isBlank(next)));
}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function isBlank(value: unknown): boolean {
  return value === null || value === undefined || value === '' || (Array.isArray(value) && value.length === 0);
}
