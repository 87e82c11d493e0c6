import { msg, translate, type Locale, type Message } from '@resacoop/domain';
import { Injectable } from '@nestjs/common';
import { Database, type Transaction } from '../database/database';
import { RegistrationsService } from '../events';
import type { FieldErrors } from '../common/app-exception';
import type { BaseRecord } from '../common/base-record.entity';
import { CONTACT_IMPORT } from './contact-import';
import { readCsvTable } from './csv-table';
import { ImportHasErrors } from './import-errors';
import { mappedColumns, parseRequestedMapping, resolveMapping, unmappedRequiredFields, type ColumnMapping } from './import-mapping';
import type { ImportResource, ImportResourceName } from './import-resource';
import { toImportRow, type ImportRow } from './import-rows';
import { ORGANISATION_IMPORT } from './organisation-import';
import { IMPORT_LOCK } from './imports.sql';

const RESOURCES: Record<ImportResourceName, ImportResource> = { organisations: ORGANISATION_IMPORT, contacts: CONTACT_IMPORT };

const PREVIEW_ROWS = 20;
export const LISTED_ERRORS = 500;
/** Rows per INSERT statement: well under PostgreSQL's 65,535 parameters at about 16 columns a row. */
const INSERT_BATCH = 500;

/** One reason a row cannot be imported; `row` is null for a problem of the mapping (a required field with no column). */
export interface ImportError<Text = Message> {
  row: number | null;
  field: string;
  message: Text;
}

export interface ImportPreview {
  mode: 'preview';
  resource: ImportResourceName;
  headers: string[];
  mapping: ColumnMapping;
  /** The fields a column can go into. */
  fields: string[];
  rows: number;
  valid: number;
  invalid: number;
  /** The first errors, in row order. */
  errors: ImportError<string>[];
  /** The first rows as they would be saved. */
  preview: { row: number; values: Record<string, unknown> }[];
}

export interface ImportCommitted {
  mode: 'commit';
  resource: ImportResourceName;
  imported: number;
  ids: number[];
}

/** The file parsed and every row checked against the create DTO; the database checks come after. */
export interface ParsedImport {
  headers: string[];
  mapping: ColumnMapping;
  rows: ImportRow[];
  unmappedRequired: string[];
}

export async function parseImport(
  resource: Pick<ImportResource, 'fields' | 'dto'>,
  file: Buffer,
  requestedMapping: string | undefined,
): Promise<ParsedImport> {
  const { headers, rows } = readCsvTable(file);
  const mapping = resolveMapping(resource.fields, headers, parseRequestedMapping(requestedMapping));
  const columns = mappedColumns(resource.fields, headers, mapping);
  // One row after the other: thousands of validations in flight at once are slower, not faster.
  const importRows: ImportRow[] = [];
  for (const row of rows) importRows.push(await toImportRow(row, columns, resource.fields, resource.dto));
  return { headers, mapping, rows: importRows, unmappedRequired: unmappedRequiredFields(resource.fields, mapping) };
}

export function errorsOf({ rows, unmappedRequired }: ParsedImport): ImportError[] {
  return [
    ...unmappedRequired.map((field) => ({ row: null, field, message: msg('import.unmappedRequired') })),
    ...rows.flatMap(({ row, errors }) => Object.entries(errors).map(([field, message]) => ({ row, field, message }))),
  ];
}

/** The errors as the API's error body carries them: `"<row>.<field>"` (or `"mapping.<field>"`) → message. */
export function asFieldErrors(errors: ImportError[]): FieldErrors {
  return Object.fromEntries(errors.slice(0, LISTED_ERRORS).map(({ row, field, message }) => [`${row ?? 'mapping'}.${field}`, message]));
}

@Injectable()
export class ImportsService {
  constructor(
    private readonly db: Database,
    private readonly registrations: RegistrationsService,
  ) {}

  /** Checks every row as a commit would, and saves nothing. */
  async preview(name: ImportResourceName, file: Buffer, requestedMapping: string | undefined, locale: Locale): Promise<ImportPreview> {
    const resource = RESOURCES[name];
    const parsed = await parseImport(resource, file, requestedMapping);
    await resource.check(parsed.rows, this.db);
    const invalid = parsed.rows.filter((row) => Object.keys(row.errors).length > 0).length;
    return {
      mode: 'preview',
      resource: name,
      headers: parsed.headers,
      mapping: parsed.mapping,
      fields: resource.fields.map((field) => field.name),
      rows: parsed.rows.length,
      valid: parsed.rows.length - invalid,
      invalid,
      errors: errorsOf(parsed)
        .slice(0, LISTED_ERRORS)
        .map((error) => ({ ...error, message: translate(error.message, locale) })),
      preview: parsed.rows.slice(0, PREVIEW_ROWS).map(({ row, record, lookups }) => ({ row, values: { ...lookups, ...record } })),
    };
  }

  /** Saves every row in one transaction with its audit event, or nothing at all if any row is in error. */
  async commit(actorId: number, name: ImportResourceName, file: Buffer, requestedMapping?: string): Promise<ImportCommitted> {
    const resource = RESOURCES[name];
    const parsed = await parseImport(resource, file, requestedMapping);
    const ids = await this.db.transaction(async (tx) => {
      await this.db.execute(IMPORT_LOCK, [`import:${name}`], tx);
      await resource.check(parsed.rows, this.db, tx);
      const errors = errorsOf(parsed);
      if (errors.length > 0) throw new ImportHasErrors(asFieldErrors(errors), errors.length);
      const created = await this.insert(tx, resource, actorId, parsed.rows);
      await resource.created?.(
        created.map((id, index) => ({ id, record: parsed.rows[index].record })),
        { registrations: this.registrations },
        tx,
        actorId,
      );
      return created;
    });
    return { mode: 'commit', resource: name, imported: ids.length, ids };
  }

  /** Multi-row inserts, batch by batch, with their audit events. */
  private async insert(tx: Transaction, resource: ImportResource, actorId: number, rows: ImportRow[]): Promise<number[]> {
    const store = this.db.store(resource.target, resource.entityName);
    const ids: number[] = [];
    for (let start = 0; start < rows.length; start += INSERT_BATCH) {
      const records = rows.slice(start, start + INSERT_BATCH).map((row) => row.record as Partial<BaseRecord>);
      ids.push(...(await store.createMany(tx, actorId, records)));
    }
    return ids;
  }
}
