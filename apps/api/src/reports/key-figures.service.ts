import { Injectable } from '@nestjs/common';
import {
  ASSIGNMENT_STATUSES,
  breakdown,
  CASE_HOLDER_TYPES,
  CASE_OUTCOMES,
  DEPARTEMENTS,
  EVENT_KINDS,
  EVENT_THEMES,
  HOSTED_EVENT_ROLES,
  monthsOf,
  percentOf,
  REQUEST_CHANNELS,
  REQUEST_TOPICS,
  SITES,
  STAGES,
  ZONES,
  type AssignmentStatus,
  type CalendarDay,
  type EventFigures,
  type KeyFigures,
  type MonthCount,
  type RelayActivity,
} from '@resacoop/domain';
import { DataSource } from 'typeorm';
import {
  ACTIVE_IN_PERIOD,
  ANSWERED_WITHIN_DUE,
  EVENT_IN_PERIOD,
  HOSTED,
  MONTH_OF,
  OUTCOME_KNOWN,
  PERIOD,
  PERIOD_END,
  THROUGH_RELAY,
} from './key-figures.sql';

/** One row of a GROUPING SETS query: which dimension it counts, the key, the count. */
interface GroupedCount {
  dimension: string;
  key: string | null;
  count: number;
}

/** Requests received in the period, counted by site, channel, topic and month in one pass. */
const REQUEST_COUNTS = `
  SELECT CASE WHEN GROUPING(site) = 0 THEN 'site' WHEN GROUPING(channel) = 0 THEN 'channel'
              WHEN GROUPING(topic) = 0 THEN 'topic' WHEN GROUPING(month) = 0 THEN 'month' ELSE 'total' END AS dimension,
         coalesce(site, channel, topic, month) AS key, count(*)::int AS count
    FROM (SELECT site, channel, topic, ${MONTH_OF('received_at')} AS month FROM requests
           WHERE received_at >= ${PERIOD} AND received_at < ${PERIOD_END}) AS received
   GROUP BY GROUPING SETS ((site), (channel), (topic), (month), ())`;

const REQUEST_SERVICE = `
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
const CASE_COUNTS = `
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
const CASE_LIFECYCLE = `
  SELECT 'active' AS dimension, NULL AS key, count(*)::int AS count
    FROM cases WHERE ${ACTIVE_IN_PERIOD}
  UNION ALL
  SELECT 'outcome', outcome, count(*)::int FROM cases WHERE closed_at >= ${PERIOD} AND closed_at < ${PERIOD_END} GROUP BY outcome`;

const CASE_MINUTES = `
  SELECT coalesce(sum(minutes_spent), 0)::int AS minutes FROM interactions
   WHERE case_id IS NOT NULL AND occurred_at >= ${PERIOD} AND occurred_at < ${PERIOD_END}`;

/** Every relay, with its assignments proposed in the period by status. */
const RELAY_ACTIVITY = `
  SELECT r.id AS "relayId", r.name AS "relayName", a.status, count(a.id)::int AS count
    FROM relays r LEFT JOIN assignments a ON a.relay_id = r.id AND a.assigned_at >= ${PERIOD} AND a.assigned_at < ${PERIOD_END}
   GROUP BY r.id, r.name, a.status ORDER BY r.name`;

/**
 * Events of the period by RESACOOP's role; the hosted ones by kind, département, month and theme;
 * their participants (attended registrations plus head counts) and the organisations present.
 */
const EVENT_COUNTS = `
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

function countsOf(rows: GroupedCount[], dimension: string): Map<string | null, number> {
  return new Map(rows.filter((row) => row.dimension === dimension).map((row) => [row.key, row.count]));
}

function totalOf(rows: GroupedCount[], dimension: string): number {
  return rows.find((row) => row.dimension === dimension)?.count ?? 0;
}

function byMonth(rows: GroupedCount[], from: CalendarDay, to: CalendarDay): MonthCount[] {
  const counts = countsOf(rows, 'month');
  return monthsOf(from, to).map((month) => ({ month, count: counts.get(month) ?? 0 }));
}

function relayActivity(rows: { relayId: number; relayName: string; status: AssignmentStatus | null; count: number }[]): RelayActivity[] {
  const relays = new Map<number, RelayActivity>();
  for (const row of rows) {
    const relay = relays.get(row.relayId) ?? {
      relayId: row.relayId,
      relayName: row.relayName,
      total: 0,
      byStatus: Object.fromEntries(ASSIGNMENT_STATUSES.map((status) => [status, 0])) as Record<AssignmentStatus, number>,
    };
    if (row.status) {
      relay.byStatus[row.status] = row.count;
      relay.total += row.count;
    }
    relays.set(row.relayId, relay);
  }
  return [...relays.values()];
}

function eventFigures(rows: GroupedCount[], from: CalendarDay, to: CalendarDay): EventFigures {
  const roles = countsOf(rows, 'role');
  const hosted = HOSTED_EVENT_ROLES.reduce((sum, role) => sum + (roles.get(role) ?? 0), 0);
  const organisations = totalOf(rows, 'organisations');
  const associations = totalOf(rows, 'associations');
  return {
    hosted,
    asSpeaker: roles.get('speaker') ?? 0,
    asParticipant: roles.get('participant') ?? 0,
    participants: totalOf(rows, 'participants'),
    organisations,
    associations: { count: associations, percent: percentOf(associations, organisations) },
    byKind: breakdown(EVENT_KINDS, countsOf(rows, 'kind'), hosted),
    byTheme: breakdown(EVENT_THEMES, countsOf(rows, 'theme'), hosted),
    byDepartement: breakdown(DEPARTEMENTS, countsOf(rows, 'departement'), hosted),
    byMonth: byMonth(rows, from, to),
  };
}

/**
 * The annual key figures of any period, computed in SQL: a handful of set-based queries on
 * indexed dates, run side by side, whatever the size of the tables.
 */
@Injectable()
export class KeyFiguresService {
  constructor(private readonly dataSource: DataSource) {}

  async compute(from: CalendarDay, to: CalendarDay): Promise<KeyFigures> {
    const period = [from, to];
    const query = <T>(sql: string): Promise<T[]> => this.dataSource.query(sql, period);
    const [requestCounts, [service], caseCounts, lifecycle, [caseTime], relays, eventCounts] = await Promise.all([
      query<GroupedCount>(REQUEST_COUNTS),
      query<{ medianHours: number | null; withinDue: number; outcomeKnown: number; minutes: number }>(REQUEST_SERVICE),
      query<GroupedCount>(CASE_COUNTS),
      query<GroupedCount>(CASE_LIFECYCLE),
      query<{ minutes: number }>(CASE_MINUTES),
      query<{ relayId: number; relayName: string; status: AssignmentStatus | null; count: number }>(RELAY_ACTIVITY),
      query<GroupedCount>(EVENT_COUNTS),
    ]);
    const requestTotal = totalOf(requestCounts, 'total');
    const opened = totalOf(caseCounts, 'total');
    const throughRelay = countsOf(caseCounts, 'throughRelay').get('true') ?? 0;
    const outcomes = countsOf(lifecycle, 'outcome');
    const closed = [...outcomes.values()].reduce((sum, count) => sum + count, 0);
    const assignments = relayActivity(relays);
    return {
      period: { from, to },
      requests: {
        total: requestTotal,
        bySite: breakdown(SITES, countsOf(requestCounts, 'site'), requestTotal),
        byChannel: breakdown(REQUEST_CHANNELS, countsOf(requestCounts, 'channel'), requestTotal),
        byTopic: breakdown(REQUEST_TOPICS, countsOf(requestCounts, 'topic'), requestTotal),
        byMonth: byMonth(requestCounts, from, to),
        medianFirstResponseHours: service.medianHours === null ? null : Math.round(service.medianHours * 10) / 10,
        answeredWithinDue: {
          count: service.withinDue,
          of: service.outcomeKnown,
          percent: service.outcomeKnown === 0 ? null : percentOf(service.withinDue, service.outcomeKnown),
        },
      },
      cases: {
        opened,
        active: totalOf(lifecycle, 'active'),
        closed,
        ledByTeam: opened - throughRelay,
        throughRelay,
        byStage: breakdown(STAGES, countsOf(caseCounts, 'stage'), opened),
        byZone: breakdown(ZONES, countsOf(caseCounts, 'zone'), opened),
        byDepartement: breakdown(DEPARTEMENTS, countsOf(caseCounts, 'departement'), opened),
        byOrganisationType: breakdown(CASE_HOLDER_TYPES, countsOf(caseCounts, 'organisationType'), opened),
        throughRelayByZone: breakdown(ZONES, countsOf(caseCounts, 'throughRelayZone'), throughRelay),
        byOutcome: breakdown(CASE_OUTCOMES, outcomes, closed),
        byMonth: byMonth(caseCounts, from, to),
      },
      assignments: { total: assignments.reduce((sum, relay) => sum + relay.total, 0), byRelay: assignments },
      minutesSpent: { requests: service.minutes, cases: caseTime.minutes, total: service.minutes + caseTime.minutes },
      events: eventFigures(eventCounts, from, to),
    };
  }
}
