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
import { Database } from '../database/database';
import { CASE_COUNTS, CASE_LIFECYCLE, CASE_MINUTES, EVENT_COUNTS, RELAY_ACTIVITY, REQUEST_COUNTS, REQUEST_SERVICE } from './key-figures.sql';

/** One row of a GROUPING SETS query: which dimension it counts, the key, the count. */
interface GroupedCount {
  dimension: string;
  key: string | null;
  count: number;
}

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
  constructor(private readonly db: Database) {}

  async compute(from: CalendarDay, to: CalendarDay): Promise<KeyFigures> {
    const period = [from, to];
    const query = <T extends object>(sql: string): Promise<T[]> => this.db.rows<T>(sql, period);
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
