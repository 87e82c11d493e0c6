import type { Locale } from '@resacoop/domain';
import { stringify } from 'csv-stringify/sync';
import type { FastifyReply } from 'fastify';
import { Readable } from 'node:stream';
import { isoTimestamp } from '../database/iso-timestamp';

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
  if (value instanceof Date) return isoTimestamp(value) ?? '';
  if (Array.isArray(value)) return neutraliseFormula(value.join(', '));
  return neutraliseFormula(String(value));
}

/**
 * The separator the reader's spreadsheet splits on when it opens the file: a French Excel or LibreOffice splits on `;`
 * (`,` is its decimal mark), and would otherwise show one column, or split a cell at a `;` it holds; an English one on `,`.
 */
export const CSV_DELIMITERS: Readonly<Record<Locale, string>> = { fr: ';', en: ',' };

/**
 * The CSV text for a reader of `locale`: a BOM (which spreadsheets need to read accents) and the header line, then
 * the rows a hundred at a time, each piece made only when the previous one was taken.
 */
export async function* csvPieces<T>(
  columns: CsvColumn<T>[],
  batches: AsyncIterable<readonly T[]> | Iterable<readonly T[]>,
  locale: Locale,
): AsyncGenerator<string> {
  const delimiter = CSV_DELIMITERS[locale];
  let header = stringify([columns.map((column) => column.header)], { bom: true, delimiter });
  for await (const rows of batches) {
    for (let start = 0; start < rows.length; start += CSV_ROWS_PER_WRITE) {
      const records = rows.slice(start, start + CSV_ROWS_PER_WRITE).map((row) => columns.map((column) => cell(column.value(row))));
      yield header + stringify(records, { delimiter });
      header = '';
    }
  }
  if (header) yield header;
}

/** A sequence that can be closed before its end (closing its source: a cursor, a file). */
export interface ClosableSequence<T> extends AsyncIterableIterator<T> {
  return(): Promise<IteratorResult<T>>;
}

/**
 * Reads a generator's first item now, so that a failure before it is thrown here, and returns the
 * whole sequence, that item first. Closing the result closes the generator, also before the first
 * item is taken (a generator wrapping it would not: an unstarted generator's return runs nothing).
 */
export async function readAhead<T>(generator: AsyncGenerator<T>): Promise<ClosableSequence<T>> {
  let first: IteratorResult<T> | null = await generator.next();
  const sequence: ClosableSequence<T> = {
    next() {
      const next = first ?? generator.next();
      first = null;
      return Promise.resolve(next);
    },
    return() {
      first = null;
      return generator.return(undefined);
    },
    [Symbol.asyncIterator]: () => sequence,
  };
  return sequence;
}

/**
 * The rows as a CSV byte stream with back-pressure: the next rows are turned into text, and the
 * next batch read from the source, only once the reader (the socket) has taken the previous
 * piece. So a large export never sits in memory, whatever the client's speed. Destroying the
 * stream (a client that goes away) closes the batches' source. Resolves once the first rows are
 * read: a failure before them is thrown (the error filter answers it as JSON); one after them
 * errors the stream, which cuts the download rather than letting a truncated file look complete.
 */
export async function csvStream<T>(
  columns: CsvColumn<T>[],
  batches: AsyncIterable<readonly T[]> | Iterable<readonly T[]>,
  locale: Locale,
): Promise<Readable> {
  // Readable.from pulls a piece only when its buffer drains, and closes the sequence when destroyed.
  return Readable.from(await readAhead(csvPieces(columns, batches, locale)), { objectMode: false });
}

/** A small, already computed table as a CSV download for a reader of `locale`; resolves once it is sent or cut. */
export async function sendCsv<T>(
  reply: FastifyReply,
  fileName: string,
  columns: CsvColumn<T>[],
  rows: readonly T[],
  locale: Locale,
): Promise<void> {
  const body = await csvStream(columns, [rows], locale);
  await reply
    .header('Content-Type', 'text/csv; charset=utf-8')
    .header('Content-Disposition', `attachment; filename="${fileName}"`)
    .send(body);
}

/** Columns named after the API's own fields, so an export can be re-imported as is. */
export function fieldColumns<T>(fields: readonly (keyof T & string)[]): CsvColumn<T>[] {
  return fields.map((field) => ({ header: field, value: (row: T) => row[field] }));
}
