import { isCalendarDay, msg, parseTimestamp, startOfParisDay, type Message } from '@resacoop/domain';
import { ValidationFailed } from './app-exception';
import { inputFault } from './input-limits';

/**
 * The react-admin `ra-data-simple-rest` list contract: `sort=["field","ASC"]`, `range=[0,24]`,
 * `filter={"q":"…","id":[1,2]}`. Every sort and filter field is whitelisted per resource, and
 * every value is typed before it reaches SQL.
 */
export type SortOrder = 'ASC' | 'DESC';

export type FilterDefinition =
  /** Exact match on a column; an array value means "any of". */
  | { kind: 'equals'; column: string; type: 'int' | 'text' | 'bool'; values?: readonly string[] }
  /** The array column contains the given value (or any of the given values). */
  | { kind: 'arrayContains'; column: string; values?: readonly string[] }
  /** Whether a nullable column is set. */
  | { kind: 'isSet'; column: string }
  /** Accent- and case-insensitive search over an indexed expression. */
  | { kind: 'search'; expression: string; reads?: readonly string[] }
  /** A named view: `true` applies a condition written in SQL (`$alias` is the table alias); `false` does nothing. */
  | { kind: 'flag'; condition: string; reads?: readonly string[] }
  /** A condition written in SQL on one typed value, named `:value` (e.g. a match through a join). */
  | { kind: 'matches'; condition: string; type: 'int' | 'text'; values?: readonly string[]; reads?: readonly string[] }
  /** A bound on a timestamp column, from an ISO date or date-time. */
  | { kind: 'since' | 'until'; column: string };

/**
 * The record's fields whose values a filter tells apart: its column's, or those a condition or a
 * search declares (`reads`). A condition that declares none is taken to read a field of its own
 * name, which no allow-list holds: a new filter stays with the team until someone decides.
 */
export function fieldsReadBy(name: string, definition: FilterDefinition): readonly string[] {
  if ('column' in definition) return [definition.column];
  return definition.reads ?? [name];
}

export interface ListDefinition {
  /** The API field to the SQL column or expression it sorts by. */
  sortable: Readonly<Record<string, string>>;
  filters: Readonly<Record<string, FilterDefinition>>;
  defaultSort: readonly [string, SortOrder];
}

export interface ListQuery {
  sort: { field: string; column: string; order: SortOrder };
  /** Absent when the whole list is wanted (CSV export). */
  range?: { offset: number; limit: number };
  filters: ParsedFilter[];
}

export interface ParsedFilter {
  field: string;
  definition: FilterDefinition;
  value: unknown;
}

export interface RawListQuery {
  sort?: unknown;
  range?: unknown;
  filter?: unknown;
}

export const MAX_PAGE_SIZE = 1000;
const MAX_INT = 2_147_483_647;
const MAX_TEXT = 200;
const MAX_IDS = 1000;

function parseJson(raw: unknown, field: string): unknown {
  if (raw === undefined || raw === '') return undefined;
  if (typeof raw !== 'string') throw new ValidationFailed({ [field]: msg('field.malformedParam') });
  let value: unknown;
  try {
    value = JSON.parse(raw);
  } catch {
    throw new ValidationFailed({ [field]: msg('field.invalidJson') });
  }
  const fault = inputFault(value, field);
  if (fault) throw new ValidationFailed(fault);
  return value;
}

function parseSort(raw: unknown, definition: ListDefinition): ListQuery['sort'] {
  const value = parseJson(raw, 'sort') ?? definition.defaultSort;
  if (!Array.isArray(value) || value.length !== 2 || typeof value[0] !== 'string' || typeof value[1] !== 'string') {
    throw new ValidationFailed({ sort: msg('field.sortShape') });
  }
  const [field, order] = value as [string, string];
  const column = Object.hasOwn(definition.sortable, field) ? definition.sortable[field] : undefined;
  if (!column) throw new ValidationFailed({ sort: msg('field.sortUnknown', { field: field.slice(0, 50) }) });
  const upper = order.toUpperCase();
  if (upper !== 'ASC' && upper !== 'DESC') throw new ValidationFailed({ sort: msg('field.sortOrder') });
  return { field, column, order: upper };
}

function parseRange(raw: unknown): ListQuery['range'] {
  const value = parseJson(raw, 'range');
  if (value === undefined) return { offset: 0, limit: 25 };
  const isIndex = (n: unknown): n is number => Number.isSafeInteger(n) && (n as number) >= 0 && (n as number) <= MAX_INT;
  if (!Array.isArray(value) || value.length !== 2 || !isIndex(value[0]) || !isIndex(value[1]) || value[1] < value[0]) {
    throw new ValidationFailed({ range: msg('field.rangeShape') });
  }
  const limit = value[1] - value[0] + 1;
  if (limit > MAX_PAGE_SIZE) throw new ValidationFailed({ range: msg('field.pageTooLarge', { max: MAX_PAGE_SIZE }) });
  return { offset: value[0], limit };
}

function parseScalar(value: unknown, type: 'int' | 'text' | 'bool', values: readonly string[] | undefined, field: string) {
  const fail = (why: Message) => new ValidationFailed({ [`filter.${field}`]: why });
  switch (type) {
    case 'int':
      if (!Number.isSafeInteger(value) || (value as number) < 1 || (value as number) > MAX_INT) throw fail(msg('field.idExpected'));
      return value;
    case 'bool':
      if (typeof value !== 'boolean') throw fail(msg('validation.isBoolean'));
      return value;
    case 'text':
      if (typeof value !== 'string' || value.length > MAX_TEXT) throw fail(msg('validation.isString'));
      if (values && !values.includes(value)) throw fail(msg('validation.isIn'));
      return value;
  }
}

function parseFilterValue(field: string, definition: FilterDefinition, value: unknown): unknown {
  switch (definition.kind) {
    case 'equals':
    case 'arrayContains': {
      const type = definition.kind === 'equals' ? definition.type : 'text';
      if (Array.isArray(value)) {
        if (value.length > MAX_IDS) throw new ValidationFailed({ [`filter.${field}`]: msg('field.tooManyValues', { max: MAX_IDS }) });
        return value.map((item) => parseScalar(item, type, definition.values, field));
      }
      return parseScalar(value, type, definition.values, field);
    }
    case 'isSet':
    case 'flag':
      return parseScalar(value, 'bool', undefined, field);
    case 'matches':
      return parseScalar(value, definition.type, definition.values, field);
    case 'since':
    case 'until': {
      // A bare date means that day on the Paris calendar.
      const date = typeof value !== 'string' ? null : isCalendarDay(value) ? startOfParisDay(value) : parseTimestamp(value);
      if (!date) throw new ValidationFailed({ [`filter.${field}`]: msg('field.isoDate') });
      return date;
    }
    case 'search':
      if (typeof value !== 'string' || value.length > MAX_TEXT) {
        throw new ValidationFailed({ [`filter.${field}`]: msg('field.textMax', { max: MAX_TEXT }) });
      }
      return value.trim();
  }
}

function parseFilters(raw: unknown, definition: ListDefinition): ParsedFilter[] {
  const value = parseJson(raw, 'filter') ?? {};
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    throw new ValidationFailed({ filter: msg('field.jsonObject') });
  }
  const filters: ParsedFilter[] = [];
  for (const [field, fieldValue] of Object.entries(value)) {
    const filterDefinition = Object.hasOwn(definition.filters, field) ? definition.filters[field] : undefined;
    if (!filterDefinition) throw new ValidationFailed({ [`filter.${field.slice(0, 50)}`]: msg('field.unknownFilter') });
    if (fieldValue === undefined || fieldValue === null || fieldValue === '') continue;
    const parsed = parseFilterValue(field, filterDefinition, fieldValue);
    if (parsed === '') continue;
    filters.push({ field, definition: filterDefinition, value: parsed });
  }
  return filters;
}

export function parseListQuery(raw: RawListQuery, definition: ListDefinition, options: { paged: boolean } = { paged: true }): ListQuery {
  return {
    sort: parseSort(raw.sort, definition),
    range: options.paged ? parseRange(raw.range) : undefined,
    filters: parseFilters(raw.filter, definition),
  };
}

/** Escapes LIKE wildcards so a search for "50%" finds "50%", not everything. */
export function escapeLike(text: string): string {
  return text.replace(/[\\%_]/g, (char) => `\\${char}`);
}
