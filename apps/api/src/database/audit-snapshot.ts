import type { EntityMetadata } from 'typeorm/metadata/EntityMetadata';
import { MemoByOwner } from './memo';

export type Snapshot = Record<string, unknown>;

/** What an audit event keeps of a record: every field but these, timestamps as ISO strings. */
const NOT_AUDITED = new Set(['updatedAt', 'version', 'passwordHash']);

function comparable(value: unknown): unknown {
  return value instanceof Date ? value.toISOString() : value;
}

/** PostgreSQL's limit on a function's arguments: jsonb_build_object takes at most 50 fields. */
const FIELDS_PER_OBJECT = 50;

/** Snapshot expressions by entity and row name: the same text for every write of a kind. */
const snapshotSqls = new MemoByOwner<EntityMetadata, string>();

/**
 * The SQL that builds `snapshot(record)` from a row named `alias`, field for field (timestamps in
 * `toISOString` form), for events written in the same statement as the row.
 */
export function snapshotSql(metadata: EntityMetadata, alias: string): string {
  return snapshotSqls.get(metadata, alias, () => buildSnapshotSql(metadata, alias));
}

function buildSnapshotSql(metadata: EntityMetadata, alias: string): string {
  const fields = metadata.columns
    .filter((column) => column.isSelect && !NOT_AUDITED.has(column.propertyName))
    .map((column) => {
      // A virtual column (@VirtualColumn) is read by its own subquery, as the record is.
      const value = column.isVirtualProperty && column.query ? `(${column.query(alias)})` : `${alias}."${column.databaseName}"`;
      const json = column.type === 'timestamptz' ? `to_char(${value} AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"')` : value;
      return `'${column.propertyName}', ${json}`;
    });
  const objects: string[] = [];
  for (let start = 0; start < fields.length; start += FIELDS_PER_OBJECT) {
    objects.push(`jsonb_build_object(${fields.slice(start, start + FIELDS_PER_OBJECT).join(', ')})`);
  }
  return objects.join(' || ');
}

/** Secrets an event never keeps, only that a write changed them: the field it names for each instead. */
const SECRETS: Record<string, string> = { passwordHash: 'passwordChanged' };

/** For the secrets among a write's changes, `passwordChanged: false → true`; nothing of their values. */
export function secretChanges(changes: object): { before: Snapshot; after: Snapshot } {
  const named = Object.entries(changes)
    .filter(([key, value]) => key in SECRETS && value !== undefined)
    .map(([key]) => SECRETS[key]);
  return { before: Object.fromEntries(named.map((name) => [name, false])), after: Object.fromEntries(named.map((name) => [name, true])) };
}

export function snapshot(record: object): Snapshot {
  return Object.fromEntries(
    Object.entries(record)
      .filter(([key]) => !NOT_AUDITED.has(key))
      .map(([key, value]) => [key, comparable(value)]),
  );
}
