import { Injectable } from '@nestjs/common';
import {
  addWorkingDays,
  endOfParisDay,
  parisDay,
  percentOf,
  yearPeriod,
  type Dashboard,
  type DashboardAssignment,
  type DashboardCase,
  type DashboardRequest,
  type HeadlineFigures,
  OPEN_REQUEST_STATUSES,
  LIVE_ASSIGNMENT_STATUSES,
} from '@resacoop/domain';
import { DataSource } from 'typeorm';
import type { AuthUser } from '../common/auth-user';
import { ACTIVE_IN_PERIOD, ANSWERED_WITHIN_DUE, OUTCOME_KNOWN, PERIOD, PERIOD_END, THROUGH_RELAY } from '../reports';
import { sqlCodes } from '../database/sql-lists';

const LISTED = 10;
/** "Due soon": by the end of the second working day from today. */
const SOON_WORKING_DAYS = 2;

interface Section<T> {
  items: T[];
  count: number;
}

type RequestItem = DashboardRequest<Date>;
type AssignmentItem = DashboardAssignment<Date>;

const OPEN_REQUEST = `r.status IN (${sqlCodes(OPEN_REQUEST_STATUSES)})`;

const MY_REQUESTS = (condition: string) => `
  SELECT r.id, r.reference, r.subject, r.status, r.due_at AS "dueAt", count(*) OVER ()::int AS total
    FROM requests r WHERE r.assignee_id = $1 AND ${OPEN_REQUEST} AND ${condition}
   ORDER BY r.due_at, r.id LIMIT ${LISTED}`;

/** The cases a user follows: those they advise, or for a relay user those live with their relay. */
const FOLLOWED_CASE = (user: AuthUser) =>
  user.role === 'relay'
    ? `c.id IN (SELECT a.case_id FROM assignments a WHERE a.relay_id = $1 AND a.status IN (${sqlCodes(LIVE_ASSIGNMENT_STATUSES)}))`
    : `c.adviser_id = $1`;

const MY_FOLLOW_UPS = (user: AuthUser, condition: string) => `
  SELECT c.id, c.reference, c.project_title AS "projectTitle", to_char(c.next_follow_up_at, 'YYYY-MM-DD') AS "nextFollowUpAt",
         count(*) OVER ()::int AS total
    FROM cases c WHERE c.status = 'open' AND ${FOLLOWED_CASE(user)} AND ${condition}
   ORDER BY c.next_follow_up_at, c.id LIMIT ${LISTED}`;

/** Proposals awaiting the relay's answer: to the user's relay, or on the cases the user advises. */
const UNACKNOWLEDGED = (user: AuthUser) => `
  SELECT a.id, a.case_id AS "caseId", c.reference AS "caseReference", c.project_title AS "projectTitle",
         a.relay_id AS "relayId", r.name AS "relayName", a.assigned_at AS "assignedAt", count(*) OVER ()::int AS total
    FROM assignments a JOIN cases c ON c.id = a.case_id JOIN relays r ON r.id = a.relay_id
   WHERE a.status = 'proposed' AND ${user.role === 'relay' ? 'a.relay_id = $1' : 'c.adviser_id = $1'}
   ORDER BY a.assigned_at, a.id LIMIT ${LISTED}`;

/**
 * The five headline numbers and nothing else, counted with the key figures' own fragments
 * (key-figures.sql.ts), exact at every visit. Two statements run side by side: one pass over the
 * year's requests on their date index; one over the year's cases and the cases not closed before
 * the year. `$1` is the year's first day, `$2` its last.
 */
const HEADLINE_REQUESTS = `
  SELECT count(*)::int AS requests, ${ANSWERED_WITHIN_DUE}, ${OUTCOME_KNOWN}
    FROM requests WHERE received_at >= ${PERIOD} AND received_at < ${PERIOD_END}`;

const HEADLINE_CASES = `
  SELECT o.opened AS "casesOpened", o.through_relay AS "casesThroughRelay", a.active AS "casesActive"
    FROM (SELECT count(*)::int AS opened, count(*) FILTER (WHERE ${THROUGH_RELAY})::int AS through_relay
            FROM cases c WHERE c.opened_at >= ${PERIOD} AND c.opened_at < ${PERIOD_END}) o,
         (SELECT count(*)::int AS active FROM cases WHERE ${ACTIVE_IN_PERIOD}) a`;

/** Rows carry the count of all matches (a window count before the limit); the items drop it. */
function section<T>(rows: (T & { total: number })[]): Section<T> {
  return { count: rows[0]?.total ?? 0, items: rows.map((row) => ({ ...row, total: undefined })) };
}

/** The home page of one user: what is late or due soon for them, and the year's headline figures. */
@Injectable()
export class DashboardService {
  constructor(private readonly dataSource: DataSource) {}

  async of(user: AuthUser, now = new Date()): Promise<Dashboard<Date>> {
    const today = parisDay(now);
    const soon = addWorkingDays(today, SOON_WORKING_DAYS);
    const who = user.role === 'relay' ? (user.relayId ?? -1) : user.id;
    const query = <T>(sql: string, parameters: unknown[] = []) =>
      this.dataSource.query<(T & { total: number })[]>(sql, [who, ...parameters]);
    const [overdueRequests, dueSoonRequests, overdueFollowUps, dueSoonFollowUps, unacknowledged, figures] = await Promise.all([
      user.role === 'relay' ? [] : query<RequestItem>(MY_REQUESTS('r.due_at < $2'), [now]),
      user.role === 'relay' ? [] : query<RequestItem>(MY_REQUESTS('r.due_at >= $2 AND r.due_at <= $3'), [now, endOfParisDay(soon)]),
      query<DashboardCase>(MY_FOLLOW_UPS(user, 'c.next_follow_up_at < $2'), [today]),
      query<DashboardCase>(MY_FOLLOW_UPS(user, 'c.next_follow_up_at >= $2 AND c.next_follow_up_at <= $3'), [today, soon]),
      query<AssignmentItem>(UNACKNOWLEDGED(user)),
      user.role === 'relay' ? null : this.headline(Number(today.slice(0, 4))),
    ]);
    const requestsOverdue = section(overdueRequests);
    const requestsDueSoon = section(dueSoonRequests);
    const followUpsOverdue = section(overdueFollowUps);
    const followUpsDueSoon = section(dueSoonFollowUps);
    const assignments = section(unacknowledged);
    return {
      requests: {
        overdue: requestsOverdue.items,
        overdueCount: requestsOverdue.count,
        dueSoon: requestsDueSoon.items,
        dueSoonCount: requestsDueSoon.count,
      },
      followUps: {
        overdue: followUpsOverdue.items,
        overdueCount: followUpsOverdue.count,
        dueSoon: followUpsDueSoon.items,
        dueSoonCount: followUpsDueSoon.count,
      },
      assignments: { unacknowledged: assignments.items, count: assignments.count },
      figures,
    };
  }

  /** This year's headline figures: the same numbers as the key figures of the year, without computing the rest of them. */
  async headline(year: number): Promise<HeadlineFigures> {
    const { from, to } = yearPeriod(year);
    const [[requests], [cases]] = await Promise.all([
      this.dataSource.query<{ requests: number; withinDue: number; outcomeKnown: number }[]>(HEADLINE_REQUESTS, [from, to]),
      this.dataSource.query<{ casesOpened: number; casesThroughRelay: number; casesActive: number }[]>(HEADLINE_CASES, [from, to]),
    ]);
    return {
      year,
      requests: requests.requests,
      casesOpened: cases.casesOpened,
      casesActive: cases.casesActive,
      casesThroughRelay: cases.casesThroughRelay,
      answeredWithinDuePercent: requests.outcomeKnown === 0 ? null : percentOf(requests.withinDue, requests.outcomeKnown),
    };
  }
}
