import { stringify } from 'csv-stringify';
import type { Response } from 'express';

export interface CsvColumn<T> {
  header: string;
  value: (row: T) => unknown;
}

const FORMULA_START = /^[=+\-@\t\r]/;

/** A spreadsheet would run a cell starting with = + - @ as a formula: prefix it so it stays text. */
export function neutraliseFormula(text: string): string {
  return FORMULA_START.test(text) ? `'${text}` : text;
}

function cell(value: unknown): string {
  if (value === null || value === undefined) return '';
  if (value instanceof Date) return value.toISOString();
  if (Array.isArray(value)) return neutraliseFormula(value.join(', '));
  return neutraliseFormula(String(value));
}

/**
 * Streams rows to the client as CSV (UTF-8 with a BOM, which spreadsheets need to read accents),
 * fetching one batch at a time so a large export never sits in memory.
 */
export async function streamCsv<T>(
  response: Response,
  fileName: string,
  columns: CsvColumn<T>[],
  fetchBatch: (offset: number, limit: number) => Promise<T[]>,
  batchSize = 1000,
): Promise<void> {
  response.setHeader('Content-Type', 'text/csv; charset=utf-8');
  response.setHeader('Content-Disposition', `attachment; filename="${fileName}"`);
  const csv = stringify({ header: true, columns: columns.map((column) => column.header), bom: true });
  csv.pipe(response);
  for (let offset = 0; ; offset += batchSize) {
    const rows = await fetchBatch(offset, batchSize);
    for (const row of rows) {
      if (!csv.write(columns.map((column) => cell(column.value(row))))) {
        await new Promise((resolve) => csv.once('drain', resolve));
      }
    }
    if (rows.length < batchSize) break;
  }
  csv.end();
  await new Promise((resolve) => response.once('finish', resolve));
}

/** Columns named after the API's own fields, so an export can be re-imported as is. */
export function fieldColumns<T>(fields: readonly (keyof T & string)[]): CsvColumn<T>[] {
  return fields.map((field) => ({ header: field, value: (row: T) => row[field] }));
}
