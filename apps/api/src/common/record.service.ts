import { Inject } from '@nestjs/common';
import type { FastifyReply } from 'fastify';
import type { Database, RecordTarget } from '../database/database';
import type { BaseRecord } from './base-record.entity';
import { fieldColumns } from './csv-export';
import { CsvExports } from './csv-exports';
import { parseListQuery, type ListDefinition, type RawListQuery } from './list-query';
import type { RecordStore, Page, Scope } from '../database/record-store';

export interface RecordResource<T> {
  target: RecordTarget<T>;
  /** The record kind in the singular, as audit events name it. */
  entityName: string;
  list: ListDefinition;
  export: { fileName: string; fields: readonly (keyof T & string)[] };
}

/** What every record service offers alike: list, read and CSV export by the react-admin contract. */
export abstract class RecordService<T extends BaseRecord> {
  /** This feature's records; another feature asks the service, never its store. */
  protected readonly store: RecordStore<T>;

  // Injected by property, so that every feature service gets it without passing it on.
  @Inject(CsvExports) private readonly csvExports!: CsvExports;

  protected constructor(
    protected readonly db: Database,
    private readonly resource: RecordResource<T>,
  ) {
    this.store = db.store(resource.target, resource.entityName);
  }

  /** `definition`: another list of the same records, where a caller's list differs (a relay user's search). */
  list(raw: RawListQuery, scope?: Scope<T>, definition: ListDefinition = this.resource.list): Promise<Page<T>> {
    return this.store.list(parseListQuery(raw, definition), scope);
  }

  get(id: number, scope?: Scope<T>): Promise<T> {
    return this.store.findVisible(id, scope);
  }

  export(raw: RawListQuery, response: FastifyReply, scope?: Scope<T>): Promise<void> {
    const query = parseListQuery(raw, this.resource.list, { paged: false });
    const { fileName, fields } = this.resource.export;
    return this.csvExports.send(response, fileName, fieldColumns<T>(fields), this.store.stream(query, scope));
  }
}
