import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { AuditService } from '../audit/audit.service';
import { parseListQuery, type ListDefinition, type RawListQuery } from '../common/list-query';
import { RecordStore, type Page } from '../common/record-store';
import { Relay } from './relay.entity';

export const RELAY_LIST: ListDefinition = {
  sortable: { id: 'id', name: 'name' },
  filters: {
    q: { kind: 'search', expression: 'f_unaccent(lower($alias.name))' },
    id: { kind: 'equals', column: 'id', type: 'int' },
  },
  defaultSort: ['name', 'ASC'],
};

@Injectable()
export class RelaysService {
  readonly store: RecordStore<Relay>;

  constructor(dataSource: DataSource, audit: AuditService) {
    this.store = new RecordStore(dataSource, Relay, 'relay', audit);
  }

  list(raw: RawListQuery): Promise<Page<Relay>> {
    return this.store.list(parseListQuery(raw, RELAY_LIST));
  }

  get(id: number): Promise<Relay> {
    return this.store.findOne(id);
  }
}
