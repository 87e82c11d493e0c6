import { Inject } from '@nestjs/common';
import type { FastifyReply } from 'fastify';
import type { DataSource, EntityTarget } from 'typeorm';
import type { AuditTrail } from '../database/audit-trail';
import type { BaseRecord } from './base-record.entity';
import { fieldColumns } from './csv-export';
import { CsvExports } from './csv-exports';
import { parseListQuery, type ListDefinition, type RawListQuery } from './list-query';
import { RecordStore, type Page, type Scope } from '../database/record-store';

export interface RecordResource<T> {
  target: EntityTarget<T>;
  /** The record kind in the singular, as audit events name it. */
  entityName: string;
  list: ListDefinition;
  export: { fileName: string; fields: readonly (keyof T & string)[] };
}

/** What every record service offers alike: list, read and CSV export by the react-admin contract. */
export abstract class RecordService<T extends BaseRecord> {
  readonly store: RecordStore<T>;

  // Injected by property, so that every feature service gets it without passing it on.
  @Inject(CsvExports) private readonly csvExports!: CsvExports;

  protected constructor(
    protected readonly dataSource: DataSource,
    audit: AuditTrail,
    private readonly resource: RecordResource<T>,
  ) {
    this.store = new RecordStore(dataSource, resource.target, resource.entityName, audit);
  }

  list(raw: RawListQuery, scope?: Scope<T>): Promise<Page<T>> {
    return this.store.list(parseListQuery(raw, this.resource.list), scope);
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
