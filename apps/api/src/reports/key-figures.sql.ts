import { HOSTED_EVENT_ROLES } from '@resacoop/domain';
import { sqlCodes } from '../database/sql-lists';

/**
 * The key figures' SQL: the fragments that define what they count, and the statements made of
 * them, the dashboard's headline figures among them, so that both always count the same way. `$1`
 * is the period's first day, `$2` its last.
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

/**
 * The five headline numbers and nothing else, counted with the key figures' own fragments
 * (above), exact at every visit. Two statements run side by side: one pass over the
 * year's requests on their date index; one over the year's cases and the cases not closed before
 * the year. `$1` is the year's first day, `$2` its last.
 */
export const HEADLINE_REQUESTS = `
  SELECT count(*)::int AS requests, ${ANSWERED_WITHIN_DUE}, ${OUTCOME_KNOWN}
    FROM requests WHERE received_at >= ${PERIOD} AND received_at < ${PERIOD_END}`;

export const HEADLINE_CASES = `
  SELECT o.opened AS "casesOpened", o.through_relay AS "casesThroughRelay", a.active AS "casesActive"
    FROM (SELECT count(*)::int AS opened, count(*) FILTER (WHERE ${THROUGH_RELAY})::int AS through_relay
            FROM cases c WHERE c.opened_at >= ${PERIOD} AND c.opened_at < ${PERIOD_END}) o,
         (SELECT count(*)::int AS active FROM cases WHERE ${ACTIVE_IN_PERIOD}) a`;

/** Requests received in the period, counted by site, channel, topic and month in one pass. */
export const REQUEST_COUNTS = `
  SELECT CASE WHEN GROUPING(site) = 0 THEN 'site' WHEN GROUPING(channel) = 0 THEN 'channel'
              WHEN GROUPING(topic) = 0 THEN 'topic' WHEN GROUPING(month) = 0 THEN 'month' ELSE 'total' END AS dimension,
         coalesce(site, channel, topic, month) AS key, count(*)::int AS count
    FROM (SELECT site, channel, topic, ${MONTH_OF('received_at')} AS month FROM requests
           WHERE received_at >= ${PERIOD} AND received_at < ${PERIOD_END}) AS received
   GROUP BY GROUPING SETS ((site), (channel), (topic), (month), ())`;

export const REQUEST_SERVICE = `
  SELECT (percentile_cont(0.5) WITHIN GROUP (ORDER BY extract(epoch FROM first_response_at - received_at))
            FILTER (WHERE first_response_at IS NOT NULL) / 3600)::float8 AS "medianHours",
         ${ANSWERED_WITHIN_DUE},
         ${OUTCOME_KNOWN},
         coalesce(sum(minutes_spent), 0)::int AS minutes
    FROM requests WHERE received_at >= ${PERIOD} AND received_at < ${PERIOD_END}`;

/**
 * Cases opened in the period, by stage, département (a private individual's case has none),
 * holder type (the organisation's type, or `individual` for a case held by a contact alone), month and whether a relay
 * supported them, in one pass; then by world zone (a case in two zones counts in each), overall
 * and for the cases supported through a relay.
 */
export const CASE_COUNTS = `
  WITH opened AS MATERIALIZED (
    SELECT c.stage, c.zones, o.departement, coalesce(o.type, 'individual') AS organisation_type, ${MONTH_OF('c.opened_at')} AS month,
           ${THROUGH_RELAY} AS through_relay
      FROM cases c LEFT JOIN organisations o ON o.id = c.organisation_id
     WHERE c.opened_at >= ${PERIOD} AND c.opened_at < ${PERIOD_END})
  SELECT CASE WHEN GROUPING(stage) = 0 THEN 'stage' WHEN GROUPING(departement) = 0 THEN 'departement'
              WHEN GROUPING(organisation_type) = 0 THEN 'organisationType' WHEN GROUPING(month) = 0 THEN 'month'
              WHEN GROUPING(through_relay) = 0 THEN 'throughRelay' ELSE 'total' END AS dimension,
         coalesce(stage, departement, organisation_type, month, through_relay::text) AS key, count(*)::int AS count
    FROM opened GROUP BY GROUPING SETS ((stage), (departement), (organisation_type), (month), (through_relay), ())
  UNION ALL
  SELECT 'zone', zone, count(*)::int FROM opened, unnest(opened.zones) AS zone GROUP BY zone
  UNION ALL
  SELECT 'throughRelayZone', zone, count(*)::int FROM opened, unnest(opened.zones) AS zone WHERE through_relay GROUP BY zone`;

/** Cases active at some point of the period, and those closed in it by outcome. */
export const CASE_LIFECYCLE = `
  SELECT 'active' AS dimension, NULL AS key, count(*)::int AS count
    FROM cases WHERE ${ACTIVE_IN_PERIOD}
  UNION ALL
  SELECT 'outcome', outcome, count(*)::int FROM cases WHERE closed_at >= ${PERIOD} AND closed_at < ${PERIOD_END} GROUP BY outcome`;

export const CASE_MINUTES = `
  SELECT coalesce(sum(minutes_spent), 0)::int AS minutes FROM interactions
   WHERE case_id IS NOT NULL AND occurred_at >= ${PERIOD} AND occurred_at < ${PERIOD_END}`;

/** Every relay, with its assignments proposed in the period by status. */
export const RELAY_ACTIVITY = `
  SELECT r.id AS "relayId", r.name AS "relayName", a.status, count(a.id)::int AS count
    FROM relays r LEFT JOIN assignments a ON a.relay_id = r.id AND a.assigned_at >= ${PERIOD} AND a.assigned_at < ${PERIOD_END}
   GROUP BY r.id, r.name, a.status ORDER BY r.name`;

/** An event RESACOOP organised or co-organised. */
export const HOSTED = `role IN (${sqlCodes(HOSTED_EVENT_ROLES)})`;

/** An event that counts in the period: starting in it, not cancelled. */
export const EVENT_IN_PERIOD = `starts_at >= ${PERIOD} AND starts_at < ${PERIOD_END} AND status <> 'cancelled'`;

/**
 * Events of the period by RESACOOP's role; the hosted ones by kind, département, month and theme;
 * their participants (attended registrations plus head counts) and the organisations present.
 */
export const EVENT_COUNTS = `
  WITH counted AS MATERIALIZED (SELECT id, role, kind, departement, themes, head_count, ${MONTH_OF('starts_at')} AS month
                                  FROM events WHERE ${EVENT_IN_PERIOD}),
       hosted AS MATERIALIZED (SELECT * FROM counted WHERE ${HOSTED}),
       attended AS MATERIALIZED (SELECT r.organisation_id FROM registrations r JOIN hosted h ON h.id = r.event_id WHERE r.status = 'attended')
  SELECT 'role' AS dimension, role AS key, count(*)::int AS count FROM counted GROUP BY role
  UNION ALL
  SELECT CASE WHEN GROUPING(kind) = 0 THEN 'kind' WHEN GROUPING(departement) = 0 THEN 'departement' ELSE 'month' END,
         coalesce(kind, departement, month), count(*)::int
    FROM hosted GROUP BY GROUPING SETS ((kind), (departement), (month))
  UNION ALL
  SELECT 'theme', theme, count(*)::int FROM hosted, unnest(hosted.themes) AS theme GROUP BY theme
  UNION ALL
  SELECT 'participants', NULL, ((SELECT count(*) FROM attended) + (SELECT coalesce(sum(head_count), 0) FROM hosted))::int
  UNION ALL
  SELECT 'organisations', NULL, count(DISTINCT organisation_id)::int FROM attended
  UNION ALL
  SELECT 'associations', NULL, count(DISTINCT a.organisation_id)::int
    FROM attended a JOIN organisations o ON o.id = a.organisation_id WHERE o.type = 'association'`;
