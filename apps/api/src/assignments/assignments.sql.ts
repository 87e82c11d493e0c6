import { LIVE_ASSIGNMENT_STATUSES } from '@resacoop/domain';
import { sqlCodes } from '../database/sql-lists';

/** The relay a live assignment (proposed or accepted) of case `$1` names: a case is worked by one relay at a time. */
export const LIVE_ON_CASE = `SELECT r.name FROM assignments a JOIN relays r ON r.id = a.relay_id
  WHERE a.case_id = $1 AND a.status IN (${sqlCodes(LIVE_ASSIGNMENT_STATUSES)}) LIMIT 1`;

/** The relay covering organisation `$1`'s département, the first made if two do; none for an organisation without one. */
export const RELAY_COVERING = `SELECT r.id, r.name FROM organisations o JOIN relays r ON o.departement = ANY(r.departements)
  WHERE o.id = $1 ORDER BY r.id LIMIT 1`;

/** Relay work on the case's own timeline, as an interaction of no time spent (`$3` its text). */
export const ON_CASE_TIMELINE = `INSERT INTO interactions (case_id, kind, author_id, minutes_spent, body, version)
  VALUES ($1, 'status_change', $2, 0, $3, 1)`;
