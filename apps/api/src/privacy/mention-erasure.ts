import { eraseMentions } from '@resacoop/domain';
import type { Database, Transaction } from '../database/database';
import { FREE_TEXT_OF, REWRITE_FREE_TEXT, REWRITE_TRAIL, TRAIL_OF } from './mention-erasure.sql';

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
  db: Database,
  tx: Transaction,
  mentions: RegExp,
  ids: Readonly<Record<FreeTextTable, readonly number[]>>,
): Promise<ErasedMentions[]> {
  const erased: ErasedMentions[] = [];
  for (const table of Object.keys(FREE_TEXT) as FreeTextTable[]) {
    if (ids[table].length === 0) continue;
    const { entity, fields } = FREE_TEXT[table];
    const columns = Object.entries(fields);
    const rows = await db.rows<Record<string, unknown>>(FREE_TEXT_OF(table, columns), [ids[table]], tx);
    for (const row of rows) {
      const rewritten = columns.filter(([property]) => changed(row[property], erasedIn(row[property], mentions)));
      if (rewritten.length === 0) continue;
      await db.execute(
        REWRITE_FREE_TEXT(
          table,
          rewritten.map(([, column]) => column),
        ),
        [row.id, ...rewritten.map(([property]) => erasedIn(row[property], mentions))],
        tx,
      );
      erased.push({ entity, entityId: Number(row.id), fields: rewritten.map(([property]) => property) });
    }
  }
  return erased;
}

/**
 * What keeps a trace of records beside them: the audit trail (each change) and the notifications
 * (their French text, and the parameters their text is rendered from in the reader's language).
 */
const TRAILS = {
  audit_events: [{ column: 'changes', type: 'jsonb' }],
  notifications: [
    { column: 'message', type: 'text' },
    { column: 'message_params', type: 'jsonb' },
  ],
} as const;

/**
 * Erases a person's mentions from what a trail keeps of these records (every text of an audit
 * event's change, a notification's message and parameters), inside the caller's transaction.
 */
export async function eraseMentionsFromTrail(
  db: Database,
  tx: Transaction,
  mentions: RegExp,
  trail: keyof typeof TRAILS,
  records: readonly { entity: string; ids: readonly number[] }[],
): Promise<void> {
  const wanted = records.filter(({ ids }) => ids.length > 0);
  if (wanted.length === 0) return;
  for (const { column, type } of TRAILS[trail]) {
    const rows = await db.rows<{ id: string; value: unknown }>(
      TRAIL_OF(trail, column, wanted.length),
      wanted.flatMap(({ entity, ids }) => [entity, ids]),
      tx,
    );
    const rewritten = rows
      .map((row) => ({ id: row.id, value: erasedIn(row.value, mentions) }))
      .filter((row, index) => changed(rows[index].value, row.value));
    if (rewritten.length === 0) continue;
    await db.execute(
      REWRITE_TRAIL(trail, column, type),
      [rewritten.map((row) => row.id), rewritten.map((row) => (type === 'jsonb' ? JSON.stringify(row.value) : row.value))],
      tx,
    );
  }
}

/** The audit entity of each table of free text. */
export const ENTITY_OF: Readonly<Record<FreeTextTable, string>> = Object.fromEntries(
  Object.entries(FREE_TEXT).map(([table, { entity }]) => [table, entity]),
) as Record<FreeTextTable, string>;
