import { msg, type Message } from '@resacoop/domain';
import { plainToInstance, type ClassConstructor } from 'class-transformer';
import { validate } from 'class-validator';
import type { FieldErrors } from '../common/app-exception';
import { toFieldErrors } from '../common/validation';
import type { CsvRow } from './csv-table';
import { FORMULA_REFUSED, isFormula, type ImportField } from './import-fields';
import type { MappedColumn } from './import-mapping';

/** One data row on its way in: what it would save, and why it cannot yet. */
export interface ImportRow {
  /** The row number a spreadsheet shows (titles are row 1). */
  row: number;
  /** The create DTO's fields, as validated and transformed: what gets saved. */
  record: Record<string, unknown>;
  /** Values of the lookup fields (a contact's organisation SIRET or name), as typed. */
  lookups: Record<string, string>;
  /** Field → the first reason it is refused. */
  errors: FieldErrors;
}

export function addError(row: ImportRow, field: string, message: Message): void {
  row.errors[field] ??= message;
}

/** The same rules as the API's own ValidationPipe, so a row's errors read like a form's. */
const VALIDATION = { whitelist: true, forbidNonWhitelisted: true, validationError: { target: false, value: true } };

/**
 * Turns a CSV row into the create DTO the API would get from a form, validated by the same DTO
 * class: empty cells are left out, formulas refused, labels turned into codes.
 */
export async function toImportRow(
  { row, cells }: CsvRow,
  columns: readonly MappedColumn[],
  fields: readonly ImportField[],
  dto: ClassConstructor<object>,
): Promise<ImportRow> {
  const values: Record<string, unknown> = {};
  const lookups: Record<string, string> = {};
  const errors: FieldErrors = {};
  for (const { index, field } of columns) {
    const cell = cells[index];
    if (cell.trim() === '') continue;
    if (isFormula(cell)) errors[field.name] = FORMULA_REFUSED;
    else if (field.lookup) lookups[field.name] = cell.trim();
    else values[field.name] = field.convert ? field.convert(cell.trim()) : cell.trim();
  }
  for (const field of fields) {
    if (field.required && !(field.name in values)) errors[field.name] ??= msg('validation.isNotEmpty');
  }
  const instance = plainToInstance(dto, values);
  for (const [field, message] of Object.entries(toFieldErrors(await validate(instance, VALIDATION)))) errors[field] ??= message;
  // Fields the row does not fill stay absent, so the database defaults apply.
  const record = Object.fromEntries(Object.entries(instance).filter(([, value]) => value !== undefined));
  return { row, record, lookups, errors };
}

/**
 * Refuses each row whose key an existing record or an earlier row of the file already has.
 * `existing` tells, for a key, which record has it (in words, for the message).
 */
export function markDuplicates(
  rows: readonly ImportRow[],
  field: string,
  keyOf: (row: ImportRow) => string | null,
  existing: ReadonlyMap<string, Message>,
  sameWhat: Message,
): void {
  const firstRowOf = new Map<string, number>();
  for (const row of rows) {
    const key = keyOf(row);
    if (key === null) continue;
    const record = existing.get(key);
    const earlier = firstRowOf.get(key);
    if (record) addError(row, field, msg('import.duplicateOf', { record }));
    else if (earlier !== undefined) addError(row, field, msg('import.duplicateRow', { same: sameWhat, row: earlier }));
    else firstRowOf.set(key, row.row);
  }
}

/** The rows whose field holds a text value that passed validation: the ones worth a database check. */
export function rowsWithValid(rows: readonly ImportRow[], field: string): ImportRow[] {
  return rows.filter((row) => typeof row.record[field] === 'string' && !row.errors[field]);
}
