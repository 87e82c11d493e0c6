import { msg } from '@resacoop/domain';
import { comparable, type ImportField } from './import-fields';
import { MappingRefused } from './import-errors';

/** Column title → field it is imported into, or null for a column left out. */
export type ColumnMapping = Record<string, string | null>;

const EXPECTED = msg('import.mappingShape');

/** The mapping a client sent (JSON text), checked for shape only; titles and fields are checked against the file. */
export function parseRequestedMapping(json: string | undefined): ColumnMapping {
  if (json === undefined || json.trim() === '') return {};
  let parsed: unknown;
  try {
    parsed = JSON.parse(json);
  } catch {
    throw new MappingRefused(msg('import.mappingJson', { expected: EXPECTED }));
  }
  if (typeof parsed !== 'object' || parsed === null || Array.isArray(parsed)) throw new MappingRefused(EXPECTED);
  for (const target of Object.values(parsed)) {
    if (target !== null && typeof target !== 'string') throw new MappingRefused(EXPECTED);
  }
  return parsed as ColumnMapping;
}

/** Each titled column to the field whose name or alias its title is, the first such column winning. */
export function defaultMapping(fields: readonly ImportField[], headers: readonly string[]): ColumnMapping {
  const fieldByTitle = new Map<string, string>();
  for (const field of fields) {
    for (const title of [field.name, ...field.aliases]) {
      if (!fieldByTitle.has(comparable(title))) fieldByTitle.set(comparable(title), field.name);
    }
  }
  // Titles come from the file: a title like "__proto__" must stay a plain key.
  const mapping: ColumnMapping = Object.create(null);
  const taken = new Set<string>();
  for (const header of headers.filter(Boolean)) {
    const field = fieldByTitle.get(comparable(header));
    mapping[header] = field && !taken.has(field) ? field : null;
    if (field) taken.add(field);
  }
  return mapping;
}

/**
 * The default mapping overridden by what the client asked for. Refused when the client names a
 * column the file does not have or a field that cannot be imported, or when two columns would
 * fill one field.
 */
export function resolveMapping(fields: readonly ImportField[], headers: readonly string[], requested: ColumnMapping): ColumnMapping {
  const mapping = defaultMapping(fields, headers);
  const known = new Set(fields.map((field) => field.name));
  for (const [header, target] of Object.entries(requested)) {
    if (!Object.hasOwn(mapping, header)) throw new MappingRefused(msg('import.unknownColumn', { header }));
    if (target && !known.has(target)) {
      throw new MappingRefused(msg('import.unknownField', { target, fields: [...known].join(', ') }));
    }
    mapping[header] = target || null;
  }
  const columnOf = new Map<string, string>();
  for (const [header, target] of Object.entries(mapping)) {
    if (!target) continue;
    const other = columnOf.get(target);
    if (other) throw new MappingRefused(msg('import.sameField', { other, header, target }));
    columnOf.set(target, header);
  }
  return mapping;
}

/** Required fields no column goes into. */
export function unmappedRequiredFields(fields: readonly ImportField[], mapping: ColumnMapping): string[] {
  const mapped = new Set(Object.values(mapping));
  return fields.filter((field) => field.required && !mapped.has(field.name)).map((field) => field.name);
}

/** A column of the file that is imported, by position. */
export interface MappedColumn {
  index: number;
  field: ImportField;
}

export function mappedColumns(fields: readonly ImportField[], headers: readonly string[], mapping: ColumnMapping): MappedColumn[] {
  const fieldByName = new Map(fields.map((field) => [field.name, field]));
  return headers.flatMap((header, index) => {
    const field = header ? fieldByName.get(mapping[header] ?? '') : undefined;
    return field ? [{ index, field }] : [];
  });
}
