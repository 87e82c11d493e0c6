import { stringify } from 'csv-stringify';
import type { Response } from 'express';
import { finished } from 'node:stream/promises';

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
 * one batch at a time with back-pressure, so a large export never sits in memory. A client that
 * goes away stops the export (the batches' source is closed); a failure after the first bytes cuts
 * the download rather than letting a truncated file look complete.
 */
export async function streamCsv<T>(
  response: Response,
  fileName: string,
  columns: CsvColumn<T>[],
  batches: AsyncIterable<readonly T[]> | Iterable<readonly T[]>,
): Promise<void> {
  response.setHeader('Content-Type', 'text/csv; charset=utf-8');
  response.setHeader('Content-Disposition', `attachment; filename="${fileName}"`);
  const csv = stringify({ header: true, columns: columns.map((column) => column.header), bom: true });
  const writable = () =>
    new Promise<void>((resolve) => {
      const done = () => {
        csv.off('drain', done);
        response.off('close', done);
        resolve();
      };
      csv.once('drain', done);
      response.once('close', done);
    });
  csv.pipe(response);
  try {
    for await (const rows of batches) {
      for (const row of rows) {
        if (!csv.write(columns.map((column) => cell(column.value(row))))) await writable();
        if (response.destroyed) return;
      }
    }
  } catch (error) {
    if (!response.headersSent) {
      csv.unpipe(response);
      throw error;
    }
    response.destroy(error as Error);
    return;
  }
  csv.end();
  await finished(response).catch(() => undefined);
}

/** A small, already computed table as a CSV download. */
export function sendCsv<T>(response: Response, fileName: string, columns: CsvColumn<T>[], rows: readonly T[]): Promise<void> {
  return streamCsv(response, fileName, columns, [rows]);
}

/** Columns named after the API's own fields, so an export can be re-imported as is. */
export function fieldColumns<T>(fields: readonly (keyof T & string)[]): CsvColumn<T>[] {
  return fields.map((field) => ({ header: field, value: (row: T) => row[field] }));
}
