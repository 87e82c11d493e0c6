import { Injectable } from '@nestjs/common';
import type { FastifyReply } from 'fastify';
import { DataSource, type EntityManager, type EntityMetadata } from 'typeorm';
import { fieldColumns } from '../common/csv-export';
import { CsvExports } from '../common/csv-exports';
import { RecordNotFound } from '../common/app-exception';
import { parseListQuery, type ListDefinition, type RawListQuery } from '../common/list-query';
import { applyListQuery, fetchPage, streamEntities, type Page } from '../common/record-store';
import { runStatement } from '../database/statements';
import { AuditEvent, type AuditAction, type AuditChanges } from './audit-event.entity';
import { snapshot, snapshotSql } from './audit-snapshot';

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

/** Keeps, for an update, only the fields that changed. */
export function diff(before: object, after: object): AuditChanges {
  const old = snapshot(before);
  const next = snapshot(after);
  const changed = Object.keys(next).filter((key) => JSON.stringify(old[key]) !== JSON.stringify(next[key]));
  return {
    before: Object.fromEntries(changed.map((key) => [key, old[key] ?? null])),
    after: Object.fromEntries(changed.map((key) => [key, next[key] ?? null])),
  };
}

/** One side (`before` or `after`) of an audit event's changes, with the values of fields `$3` replaced by `$4`. */
const scrubbedSide = (side: 'before' | 'after') => `CASE WHEN jsonb_typeof(changes->'${side}') = 'object' THEN coalesce(
    (SELECT jsonb_object_agg(key, CASE WHEN key = ANY($3::text[]) AND value <> 'null'::jsonb THEN to_jsonb($4::text) ELSE value END)
       FROM jsonb_each(changes->'${side}')),
    '{}'::jsonb) ELSE changes->'${side}' END`;

@Injectable()
export class AuditService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly csvExports: CsvExports,
  ) {}

  list(raw: RawListQuery): Promise<Page<AuditEvent>> {
    const query = parseListQuery(raw, AUDIT_EVENT_LIST);
    return fetchPage(applyListQuery(this.dataSource.manager.createQueryBuilder(AuditEvent, 'event'), 'event', query), query);
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
      streamEntities(this.dataSource, (manager) => applyListQuery(manager.createQueryBuilder(AuditEvent, 'event'), 'event', query)),
    );
  }

  async get(id: number): Promise<AuditEvent> {
    const event = await this.dataSource.manager.findOneBy(AuditEvent, { id: String(id) });
    if (!event) throw new RecordNotFound('audit-event', id);
    return event;
  }

  /** Records a write inside the caller's transaction, so the event and the write stand or fall together. */
  async record(
    manager: EntityManager,
    event: { actorId: number | null; action: AuditAction; entity: string; entityId: number; before?: object; after?: object },
  ): Promise<void> {
    const changes =
      event.action === 'update' && event.before && event.after
        ? diff(event.before, event.after)
        : { before: event.before ? snapshot(event.before) : null, after: event.after ? snapshot(event.after) : null };
    if (event.action === 'update' && Object.keys(changes.after ?? {}).length === 0) return;
    const auditEvent = Object.assign(new AuditEvent(), {
      actorId: event.actorId,
      action: event.action,
      entity: event.entity,
      entityId: event.entityId,
      changes,
    });
    await manager.save(auditEvent, { reload: false });
  }

  /**
   * Runs an `INSERT … RETURNING` and writes its creation event in the same statement (a
   * data-modifying CTE: atomic without a transaction, one round trip), kept prepared. Returns the
   * raw row.
   */
  async insertRecorded(
    manager: EntityManager,
    [sql, parameters]: [string, unknown[]],
    metadata: EntityMetadata,
    actorId: number | null,
    entity: string,
  ): Promise<Record<string, unknown>> {
    const actor = parameters.length + 1;
    const rows = await runStatement(
      this.dataSource,
      `WITH created AS (${sql}),
            recorded AS (
              INSERT INTO audit_events (actor_id, action, entity, entity_id, changes)
              SELECT $${actor}, 'create', $${actor + 1}, created.id,
                     jsonb_build_object('before', NULL, 'after', ${snapshotSql(metadata, 'created')})
                FROM created)
       SELECT * FROM created`,
      [...parameters, actorId, entity],
      { queryRunner: manager.queryRunner, prepared: true },
    );
    return rows[0];
  }

  /** Records the creation of many records (an import) in one statement, inside the caller's transaction. */
  async recordCreations(manager: EntityManager, actorId: number | null, entity: string, records: readonly { id: number }[]): Promise<void> {
    const changes: AuditChanges[] = records.map((record) => ({ before: null, after: snapshot(record) }));
    await manager.query(
      `INSERT INTO audit_events (actor_id, action, entity, entity_id, changes)
       SELECT $1, 'create', $2, created.entity_id, created.changes FROM unnest($3::int[], $4::jsonb[]) AS created(entity_id, changes)`,
      [actorId, entity, records.map((record) => record.id), changes.map((change) => JSON.stringify(change))],
    );
  }

  /**
   * Past events of these records keep that the fields changed, not what they held: each value of
   * one of `fields`, in `before` and `after`, becomes `replacement`. Inside the caller's transaction.
   */
  async scrubValues(
    manager: EntityManager,
    entity: string,
    ids: readonly number[],
    fields: readonly string[],
    replacement: string,
  ): Promise<void> {
    if (ids.length === 0) return;
    await manager.query(
      `UPDATE audit_events SET changes = jsonb_build_object('before', ${scrubbedSide('before')}, 'after', ${scrubbedSide('after')})
        WHERE entity = $1 AND entity_id = ANY($2::int[]) AND (changes->'before' ?| $3::text[] OR changes->'after' ?| $3::text[])`,
      [entity, ids, fields, replacement],
    );
  }
}
