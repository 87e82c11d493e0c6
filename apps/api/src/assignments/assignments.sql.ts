import { LIVE_ASSIGNMENT_STATUSES } from '@resacoop/domain';
import { sqlCodes } from '../database/sql-lists';

/** A live assignment (proposed or accepted) of case `$1` to relay `$2`: a case is handed to a relay once at a time. */
export const LIVE_ON_CASE = `SELECT 1 AS live FROM assignments
  WHERE case_id = $1 AND relay_id = $2 AND status IN (${sqlCodes(LIVE_ASSIGNMENT_STATUSES)}) LIMIT 1`;

/** The relay covering organisation `$1`'s département, the first made if two do; none for an organisation without one. */
export const RELAY_COVERING = `SELECT r.id, r.name FROM organisations o JOIN relays r ON o.departement = ANY(r.departements)
  WHERE o.id = $1 ORDER BY r.id LIMIT 1`;

/** Relay work on the case's own timeline, as an interaction of no time spent (`$3` its text). */
export const ON_CASE_TIMELINE = `INSERT INTO interactions (case_id, kind, author_id, minutes_spent, body, version)
  VALUES ($1, 'status_change', $2, 0, $3, 1)`;
