import { stringify } from 'csv-stringify/sync';
import type { Response } from 'express';
import { finished } from 'node:stream/promises';

export interface CsvColumn<T> {
  header: string;
  value: (row: T) => unknown;
}

/**
 * Rows turned into CSV text per write: about 40 kB for a request, so that a batch of the source
 * (a thousand rows) never becomes one large string, and the socket asks for the next piece only
 * once it has sent the previous one.
 */
export const CSV_ROWS_PER_WRITE = 100;

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
 * Writes `text`, then waits while the client has not taken what was already sent (the response's
 * buffer is over its high-water mark). Resolves false when the client has gone away.
 */
async function send(response: Response, text: string): Promise<boolean> {
  if (response.destroyed) return false;
  if (response.write(text)) return true;
  await new Promise<void>((resolve) => {
    const done = () => {
      response.off('drain', done);
      response.off('close', done);
      resolve();
    };
    response.on('drain', done);
    response.on('close', done);
  });
  return !response.destroyed;
}

/**
 * Streams rows to the client as CSV (UTF-8 with a BOM, which spreadsheets need to read accents),
 * a hundred rows per write, with back-pressure: the next rows are turned into text, and the next
 * batch read from the source, only once the socket has drained. So a large export never sits in
 * memory, whatever the client's speed. A client that goes away stops the export (the batches'
 * source is closed); a failure before the first bytes is thrown (the error filter answers it), a
 * failure after them cuts the download rather than letting a truncated file look complete.
 */
export async function streamCsv<T>(
  response: Response,
  fileName: string,
  columns: CsvColumn<T>[],
  batches: AsyncIterable<readonly T[]> | Iterable<readonly T[]>,
): Promise<void> {
  let header: string | null = stringify([columns.map((column) => column.header)], { bom: true });
  /** The first write carries the headers and the CSV's header line: until then an error can still be answered as JSON. */
  const withHeader = (text: string) => {
    if (header === null) return text;
    response.setHeader('Content-Type', 'text/csv; charset=utf-8');
    response.setHeader('Content-Disposition', `attachment; filename="${fileName}"`);
    const first = header + text;
    header = null;
    return first;
  };
  try {
    for await (const rows of batches) {
      for (let start = 0; start < rows.length; start += CSV_ROWS_PER_WRITE) {
        const records = rows.slice(start, start + CSV_ROWS_PER_WRITE).map((row) => columns.map((column) => cell(column.value(row))));
        if (!(await send(response, withHeader(stringify(records))))) return;
      }
    }
  } catch (error) {
    if (header !== null) throw error;
    response.destroy(error as Error);
    return;
  }
  if (response.destroyed) return;
  if (header === null) response.end();
  else response.end(withHeader(''));
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
