import { eraseMentions } from '@resacoop/domain';
import type { EntityManager } from 'typeorm';

/** The free text of the history that may name a person: table, audit entity, and fields (property → column). */
const FREE_TEXT = {
  requests: { entity: 'request', fields: { subject: 'subject', question: 'question', answer: 'answer' } },
  cases: { entity: 'case', fields: { projectTitle: 'project_title', projectSummary: 'project_summary', funders: 'funders' } },
  interactions: { entity: 'interaction', fields: { body: 'body' } },
  organisations: { entity: 'organisation', fields: { notes: 'notes' } },
} as const;

export type FreeTextTable = keyof typeof FREE_TEXT;

/** A record whose text lost mentions of the person, and which of its fields. */
export interface ErasedMentions {
  entity: string;
  entityId: number;
  fields: string[];
}

/** A text, a list of texts (a case's funders) or a JSON value with every mention erased; the rest as it was. */
function erasedIn(value: unknown, mentions: RegExp): unknown {
  if (typeof value === 'string') return eraseMentions(value, mentions);
  if (Array.isArray(value)) return value.map((item) => erasedIn(item, mentions));
  if (value !== null && typeof value === 'object') {
    return Object.fromEntries(Object.entries(value).map(([key, item]) => [key, erasedIn(item, mentions)]));
  }
  return value;
}

const changed = (before: unknown, after: unknown) => JSON.stringify(before) !== JSON.stringify(after);

/**
 * Erases a person's mentions from the free text of these records, inside the caller's
 * transaction: each record is locked, rewritten only where a mention was, and its version moves
 * on (a form opened before the erasure cannot write the name back). Returns what changed,
 * without any erased value.
 */
export async function eraseMentionsFromRecords(
  tx: EntityManager,
  mentions: RegExp,
  ids: Readonly<Record<FreeTextTable, readonly number[]>>,
): Promise<ErasedMentions[]> {
  const erased: ErasedMentions[] = [];
  for (const table of Object.keys(FREE_TEXT) as FreeTextTable[]) {
    if (ids[table].length === 0) continue;
    const { entity, fields } = FREE_TEXT[table];
    const columns = Object.entries(fields);
    const rows: Record<string, unknown>[] = await tx.query(
      `SELECT id, ${columns.map(([property, column]) => `"${column}" AS "${property}"`).join(', ')}
         FROM ${table} WHERE id = ANY($1::int[]) ORDER BY id FOR NO KEY UPDATE`,
      [ids[table]],
    );
    for (const row of rows) {
      const rewritten = columns.filter(([property]) => changed(row[property], erasedIn(row[property], mentions)));
      if (rewritten.length === 0) continue;
      await tx.query(
        `UPDATE ${table} SET ${rewritten.map(([, column], index) => `"${column}" = $${index + 2}`).join(', ')},
                version = version + 1, updated_at = now()
          WHERE id = $1`,
        [row.id, ...rewritten.map(([property]) => erasedIn(row[property], mentions))],
      );
      erased.push({ entity, entityId: Number(row.id), fields: rewritten.map(([property]) => property) });
    }
  }
  return erased;
}

/**
 * Erases a person's mentions from the past audit events of these records (both sides of each
 * change, every text in them), inside the caller's transaction.
 */
export async function eraseMentionsFromHistory(
  tx: EntityManager,
  mentions: RegExp,
  records: readonly { entity: string; ids: readonly number[] }[],
): Promise<void> {
  const wanted = records.filter(({ ids }) => ids.length > 0);
  if (wanted.length === 0) return;
  const events: { id: string; changes: unknown }[] = await tx.query(
    `SELECT id, changes FROM audit_events
      WHERE ${wanted.map((_, index) => `(entity = $${2 * index + 1} AND entity_id = ANY($${2 * index + 2}::int[]))`).join(' OR ')}
      FOR UPDATE`,
    wanted.flatMap(({ entity, ids }) => [entity, ids]),
  );
  const rewritten = events
    .map((event) => ({ id: event.id, changes: erasedIn(event.changes, mentions) }))
    .filter((event, index) => changed(events[index].changes, event.changes));
  if (rewritten.length === 0) return;
  await tx.query(
    `UPDATE audit_events SET changes = erased.changes
       FROM unnest($1::bigint[], $2::jsonb[]) AS erased(id, changes) WHERE audit_events.id = erased.id`,
    [rewritten.map((event) => event.id), rewritten.map((event) => JSON.stringify(event.changes))],
  );
}

/** The audit entity of each table of free text. */
export const ENTITY_OF: Readonly<Record<FreeTextTable, string>> = Object.fromEntries(
  Object.entries(FREE_TEXT).map(([table, { entity }]) => [table, entity]),
) as Record<FreeTextTable, string>;
