import type { Database, ObjectLiteral, Transaction } from '../database/database';
import type { Scope } from '../database/record-store';
import type { AuthUser } from './auth-user';
import { LIVE_ASSIGNMENT_STATUSES } from '@resacoop/domain';
import { sqlCodes } from '../database/sql-lists';

/** The cases a relay works: those with a live (proposed or accepted) assignment to it. */
const CASES_OF_RELAY = `SELECT a.case_id FROM assignments a WHERE a.relay_id = :scopeRelayId AND a.status IN (${sqlCodes(LIVE_ASSIGNMENT_STATUSES)})`;
const ORGANISATIONS_OF_RELAY = `SELECT c.organisation_id FROM cases c WHERE c.id IN (${CASES_OF_RELAY})`;
/** A case's own contact: the holder of a private individual's case. */
const CONTACTS_OF_RELAY = `SELECT c.contact_id FROM cases c WHERE c.id IN (${CASES_OF_RELAY})`;

const CONDITIONS = {
  cases: `$alias.id IN (${CASES_OF_RELAY})`,
  assignments: `$alias.relay_id = :scopeRelayId`,
  interactions: `$alias.case_id IN (${CASES_OF_RELAY})`,
  organisations: `$alias.id IN (${ORGANISATIONS_OF_RELAY})`,
  contacts: `($alias.organisation_id IN (${ORGANISATIONS_OF_RELAY}) OR $alias.id IN (${CONTACTS_OF_RELAY}))`,
  events: `$alias.relay_id = :scopeRelayId`,
  registrations: `$alias.event_id IN (SELECT e.id FROM events e WHERE e.relay_id = :scopeRelayId)`,
} as const;

export type ScopedResource = keyof typeof CONDITIONS;

/**
 * The SQL condition that a row of `resource` (aliased `alias`) is one a relay user sees, its relay
 * bound as `:scopeRelayId`: for a query that also carries that user's scope (see scopeFor), which binds it.
 */
export function seenByRelay(resource: ScopedResource, alias: string): string {
  return CONDITIONS[resource].replaceAll('$alias', alias);
}

/**
 * What a user may see of a resource: everything for staff and admins; for a relay user, only
 * what touches the cases assigned to their relay, and the events their relay runs. Every list, read, export and reference of
 * these resources goes through it, so nothing leaks by another path.
 */
export function scopeFor<T extends ObjectLiteral>(user: AuthUser, resource: ScopedResource): Scope<T> | undefined {
  if (user.role !== 'relay') return undefined;
  const condition = CONDITIONS[resource];
  return (query, alias) => {
    query.andWhere(condition.replaceAll('$alias', alias), { scopeRelayId: user.relayId ?? -1 });
  };
}

/**
 * Whether a user may name these records of `resource` in a write: always for staff and admins; for
 * a relay user, only records it may see (a contact outside its cases is no more its to register
 * than one that does not exist). Read in the caller's transaction; an empty list is in scope.
 */
export async function allInScope(
  db: Database,
  tx: Transaction,
  user: AuthUser,
  resource: ScopedResource,
  ids: readonly number[],
): Promise<boolean> {
  if (user.role !== 'relay' || ids.length === 0) return true;
  const distinct = [...new Set(ids)];
  const condition = CONDITIONS[resource].replaceAll('$alias', 'rec').replaceAll(':scopeRelayId', '$2');
  const found = await db.one<{ count: number }>(
    `SELECT count(*)::int AS count FROM ${resource} rec WHERE rec.id = ANY($1::int[]) AND ${condition}`,
    [distinct, user.relayId ?? -1],
    tx,
  );
  return found?.count === distinct.length;
}
