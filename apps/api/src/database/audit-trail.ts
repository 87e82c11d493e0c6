import { Injectable } from '@nestjs/common';
import { DataSource, type EntityManager, type EntityMetadata } from 'typeorm';
import { AuditEvent, type AuditAction, type AuditChanges } from './audit-event.entity';
import { secretChanges, snapshot, snapshotSql } from './audit-snapshot';
import { runStatement } from './statements';

/** Keeps, for an update, only the fields that changed, and that a secret among `written` changed. */
export function diff(before: object, after: object, written: object = {}): AuditChanges {
  const old = snapshot(before);
  const next = snapshot(after);
  const changed = Object.keys(next).filter((key) => JSON.stringify(old[key]) !== JSON.stringify(next[key]));
  const secrets = secretChanges(written);
  return {
    before: { ...Object.fromEntries(changed.map((key) => [key, old[key] ?? null])), ...secrets.before },
    after: { ...Object.fromEntries(changed.map((key) => [key, next[key] ?? null])), ...secrets.after },
  };
}

/** One side (`before` or `after`) of an audit event's changes, with the values of fields `$3` replaced by `$4`. */
const scrubbedSide = (side: 'before' | 'after') => `CASE WHEN jsonb_typeof(changes->'${side}') = 'object' THEN coalesce(
    (SELECT jsonb_object_agg(key, CASE WHEN key = ANY($3::text[]) AND value <> 'null'::jsonb THEN to_jsonb($4::text) ELSE value END)
       FROM jsonb_each(changes->'${side}')),
    '{}'::jsonb) ELSE changes->'${side}' END`;

/**
 * The write side of the audit trail: every write's event, in the writer's transaction or in the
 * same statement as the record (the read side is the audit feature's, audit/audit.service.ts).
 */
@Injectable()
export class AuditTrail {
  constructor(private readonly dataSource: DataSource) {}

  /** Records a write inside the caller's transaction, so the event and the write stand or fall together. */
  async record(
    manager: EntityManager,
    event: {
      actorId: number | null;
      action: AuditAction;
      entity: string;
      entityId: number;
      before?: object;
      after?: object;
      /** An update's changes as written: a secret among them is told changed, never shown. */
      written?: object;
    },
  ): Promise<void> {
    const changes =
      event.action === 'update' && event.before && event.after
        ? diff(event.before, event.after, event.written)
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
   * raw row, or undefined when the insert wrote none (a guarded one, see `InsertGuard`).
   */
  async insertRecorded(
    manager: EntityManager,
    [sql, parameters]: [string, unknown[]],
    metadata: EntityMetadata,
    actorId: number | null,
    entity: string,
  ): Promise<Record<string, unknown> | undefined> {
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
   * Records erasures (GDPR) in one statement inside the caller's transaction, in their order: one
   * event per record, saying which fields lost the person (`after`), never what they held.
   */
  async recordErasures(
    manager: EntityManager,
    actorId: number | null,
    erasures: readonly { entity: string; entityId: number; after: object }[],
  ): Promise<void> {
    if (erasures.length === 0) return;
    await manager.query(
      `INSERT INTO audit_events (actor_id, action, entity, entity_id, changes)
       SELECT $1, 'erase', erased.entity, erased.entity_id, erased.changes
         FROM unnest($2::text[], $3::int[], $4::jsonb[]) WITH ORDINALITY AS erased(entity, entity_id, changes, position)
        ORDER BY erased.position`,
      [
        actorId,
        erasures.map((erasure) => erasure.entity),
        erasures.map((erasure) => erasure.entityId),
        erasures.map(({ after }) => JSON.stringify({ before: null, after })),
      ],
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
