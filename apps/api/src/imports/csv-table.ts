import { msg, type Message } from '@resacoop/domain';
import { CsvError, parse } from 'csv-parse/sync';
import { FileRefused } from './import-errors';

const MAX_DATA_ROWS = 5000;
const MAX_COLUMNS = 100;
/** Longer than any record the forms allow; a longer line is a hostile or broken file. */
const MAX_RECORD_CHARS = 100_000;

/** One data line of the file: its cells, and its row number as a spreadsheet shows it (titles are row 1). */
export interface CsvRow {
  row: number;
  cells: string[];
}

export interface CsvTable {
  headers: string[];
  rows: CsvRow[];
}

const NOT_UTF8 = msg('import.notUtf8');

/** The text of the file; a byte-order mark is dropped, any byte that is not UTF-8 refuses the file. */
function decodeUtf8(bytes: Uint8Array): string {
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    throw new FileRefused(NOT_UTF8);
  }
}

/** French Excel separates with `;`, most other tools with `,`: the title line tells which. */
function detectDelimiter(text: string): ';' | ',' {
  const titleLine = text.slice(0, text.search(/\r|\n|$/));
  const count = (char: string) => titleLine.split(char).length - 1;
  return count(';') > count(',') ? ';' : ',';
}

function describeCsvError(error: CsvError): Message {
  const line = (error as CsvError & { lines?: number }).lines;
  switch (error.code) {
    case 'CSV_QUOTE_NOT_CLOSED':
      return msg('import.csv.quoteNotClosed', { line: line ?? '' });
    case 'CSV_INVALID_CLOSING_QUOTE':
      return msg('import.csv.badClosingQuote', { line: line ?? '' });
    case 'CSV_RECORD_INCONSISTENT_FIELDS_LENGTH':
      return msg('import.csv.columnCount', { line: line ?? '' });
    case 'CSV_MAX_RECORD_SIZE':
      return msg('import.csv.lineTooLong', {
        line: line ?? '',
        max: { fr: MAX_RECORD_CHARS.toLocaleString('fr-FR'), en: MAX_RECORD_CHARS.toLocaleString('en-GB') },
      });
    default:
      return msg('import.csv.malformed', { line: line ?? '' });
  }
}

const tooManyRows = () =>
  new FileRefused(
    msg('import.tooManyRows', { max: { fr: MAX_DATA_ROWS.toLocaleString('fr-FR'), en: MAX_DATA_ROWS.toLocaleString('en-GB') } }),
  );

/**
 * Reads an uploaded CSV file into titles and rows, or refuses it whole with the reason. Rows whose
 * cells are all blank (what spreadsheets leave at the end) are skipped but keep their number;
 * reading stops at the first row past the limit, so a million-line file costs no more than a
 * 5,000-line one.
 */
export function readCsvTable(bytes: Uint8Array): CsvTable {
  const text = decodeUtf8(bytes);
  if (text.trim() === '') throw new FileRefused(msg('import.empty'));
  // PostgreSQL cannot store a NUL character, and no spreadsheet writes one in a CSV file.
  if (text.includes('\u0000')) throw new FileRefused(msg('import.nulCharacters'));
  const records: CsvRow[] = [];
  let recordCount = 0;
  try {
    parse(text, {
      delimiter: detectDelimiter(text),
      skip_empty_lines: true,
      max_record_size: MAX_RECORD_CHARS,
      on_record: (cells, { empty_lines }) => {
        recordCount++;
        if (cells.some((cell) => cell.trim() !== '')) records.push({ row: recordCount + empty_lines, cells });
        if (records.length > MAX_DATA_ROWS + 1) throw tooManyRows();
        // The rows are collected above; csv-parse keeps none.
        return null;
      },
    });
  } catch (error) {
    if (error instanceof CsvError) throw new FileRefused(describeCsvError(error));
    throw error;
  }
  const [titles, ...rows] = records;
  if (!titles || rows.length === 0) throw new FileRefused(msg('import.noRows'));
  if (titles.cells.length > MAX_COLUMNS) throw new FileRefused(msg('import.tooManyColumns', { max: MAX_COLUMNS }));
  return { headers: checkedHeaders(titles.cells), rows };
}

/** Titles identify columns in the mapping: two columns may not share one. Untitled columns are never imported. */
function checkedHeaders(titles: string[]): string[] {
  const headers = titles.map((title) => title.trim());
  const seen = new Set<string>();
  for (const header of headers.filter(Boolean)) {
    if (seen.has(header)) throw new FileRefused(msg('import.duplicateTitle', { header }));
    seen.add(header);
  }
  return headers;
}
