import { Injectable } from '@nestjs/common';
import type { FastifyReply } from 'fastify';
import { fieldColumns } from '../common/csv-export';
import { CsvExports } from '../common/csv-exports';
import { parseListQuery, type ListDefinition, type RawListQuery } from '../common/list-query';
import { Database } from '../database/database';
import type { Page, TableReads } from '../database/record-store';
import { AuditEvent } from '../database/audit-event.entity';

export const AUDIT_EVENT_LIST: ListDefinition = {
  sortable: { id: 'id', at: 'at' },
  filters: {
    id: { kind: 'equals', column: 'id', type: 'int' },
    entity: { kind: 'equals', column: 'entity', type: 'text' },
    entityId: { kind: 'equals', column: 'entityId', type: 'int' },
    actorId: { kind: 'equals', column: 'actorId', type: 'int' },
    action: { kind: 'equals', column: 'action', type: 'text', values: ['create', 'update', 'delete', 'erase', 'merge'] },
  },
  defaultSort: ['at', 'DESC'],
};

/** The read side of the audit trail: the events as a list, one by one and as CSV (the core writes them: database/audit-trail.ts). */
@Injectable()
export class AuditService {
  private readonly events: TableReads<AuditEvent>;

  constructor(
    db: Database,
    private readonly csvExports: CsvExports,
  ) {
    this.events = db.reads(AuditEvent, 'audit-event');
  }

  list(raw: RawListQuery): Promise<Page<AuditEvent>> {
    const query = parseListQuery(raw, AUDIT_EVENT_LIST);
    return this.events.list(query);
  }

  export(raw: RawListQuery, response: FastifyReply): Promise<void> {
    const query = parseListQuery(raw, AUDIT_EVENT_LIST, { paged: false });
    return this.csvExports.send(
      response,
      'historique.csv',
      [
        ...fieldColumns<AuditEvent>(['id', 'at', 'actorId', 'action', 'entity', 'entityId']),
        { header: 'changes', value: (event) => JSON.stringify(event.changes) },
      ],
      this.events.stream(query),
    );
  }

  get(id: number): Promise<AuditEvent> {
    return this.events.findVisible(id);
  }
}
