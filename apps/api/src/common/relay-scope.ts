import type { ObjectLiteral } from '../database/database';
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
