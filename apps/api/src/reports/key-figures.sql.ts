import { HOSTED_EVENT_ROLES } from '@resacoop/domain';
import { sqlCodes } from '../database/sql-lists';

/**
 * The SQL fragments that define what the key figures count, shared by the key figures and the
 * dashboard's headline figures so that both always count the same way. `$1` is the period's first
 * day, `$2` its last.
 */

/** The period's bounds as Paris midnights: the first day's start, and the day after the last. */
export const PERIOD = `($1::date)::timestamp AT TIME ZONE 'Europe/Paris'`;
export const PERIOD_END = `(($2::date) + 1)::timestamp AT TIME ZONE 'Europe/Paris'`;

export const MONTH_OF = (column: string) => `to_char(${column} AT TIME ZONE 'Europe/Paris', 'YYYY-MM')`;

/** Of the period's requests: answered by their due date, and those whose outcome is known. */
export const ANSWERED_WITHIN_DUE = `count(*) FILTER (WHERE answered_at IS NOT NULL AND answered_at <= due_at)::int AS "withinDue"`;
export const OUTCOME_KNOWN = `count(*) FILTER (WHERE answered_at IS NOT NULL OR due_at < now())::int AS "outcomeKnown"`;

/** Whether the case `c` was supported through a relay (an assignment the relay accepted). */
export const THROUGH_RELAY = `EXISTS (SELECT 1 FROM assignments a WHERE a.case_id = c.id AND a.status IN ('accepted', 'completed'))`;

/** A case active at some point of the period: opened before its end, not closed before its start. */
export const ACTIVE_IN_PERIOD = `opened_at < ${PERIOD_END} AND (closed_at IS NULL OR closed_at >= ${PERIOD})`;

/** An event RESACOOP organised or co-organised. */
export const HOSTED = `role IN (${sqlCodes(HOSTED_EVENT_ROLES)})`;

/** An event that counts in the period: starting in it, not cancelled. */
export const EVENT_IN_PERIOD = `starts_at >= ${PERIOD} AND starts_at < ${PERIOD_END} AND status <> 'cancelled'`;
