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
  type DashboardMailboxDown,
  type DashboardRequest,
  type HeadlineFigures,
} from '@resacoop/domain';
import type { AuthUser } from '../common/auth-user';
import { Database } from '../database/database';
import { MailboxStatus } from '../mail';
import { HEADLINE_CASES, HEADLINE_REQUESTS } from '../reports';
import { MY_FOLLOW_UPS, MY_REQUESTS, UNACKNOWLEDGED } from './dashboard.sql';

/** "Due soon": by the end of the second working day from today. */
const SOON_WORKING_DAYS = 2;

interface Section<T> {
  items: T[];
  count: number;
}

type RequestItem = DashboardRequest<Date>;
type AssignmentItem = DashboardAssignment<Date>;

/** Rows carry the count of all matches (a window count before the limit); the items drop it. */
function section<T>(rows: (T & { total: number })[]): Section<T> {
  return { count: rows[0]?.total ?? 0, items: rows.map((row) => ({ ...row, total: undefined })) };
}

/** The home page of one user: what is late or due soon for them, and the year's headline figures. */
@Injectable()
export class DashboardService {
  constructor(
    private readonly db: Database,
    private readonly mailboxStatus: MailboxStatus,
  ) {}

  async of(user: AuthUser, now = new Date()): Promise<Dashboard<Date>> {
    const today = parisDay(now);
    const soon = addWorkingDays(today, SOON_WORKING_DAYS);
    const forRelay = user.role === 'relay';
    const who = forRelay ? (user.relayId ?? -1) : user.id;
    const query = <T>(sql: string, parameters: unknown[] = []) => this.db.rows<T & { total: number }>(sql, [who, ...parameters]);
    const [overdueRequests, dueSoonRequests, overdueFollowUps, dueSoonFollowUps, unacknowledged, figures, mailboxesDown] =
      await Promise.all([
        user.role === 'relay' ? [] : query<RequestItem>(MY_REQUESTS('r.due_at < $2'), [now]),
        user.role === 'relay' ? [] : query<RequestItem>(MY_REQUESTS('r.due_at >= $2 AND r.due_at <= $3'), [now, endOfParisDay(soon)]),
        query<DashboardCase>(MY_FOLLOW_UPS(forRelay, 'c.next_follow_up_at < $2'), [today]),
        query<DashboardCase>(MY_FOLLOW_UPS(forRelay, 'c.next_follow_up_at >= $2 AND c.next_follow_up_at <= $3'), [today, soon]),
        query<AssignmentItem>(UNACKNOWLEDGED(forRelay)),
        user.role === 'relay' ? null : this.headline(Number(today.slice(0, 4))),
        user.role === 'relay' ? [] : this.mailboxesDown(),
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
      mailboxesDown,
    };
  }

  private async mailboxesDown(): Promise<DashboardMailboxDown<Date>[]> {
    const mailboxes = await this.mailboxStatus.configured();
    return mailboxes.flatMap(({ name, state }) =>
      state?.status === 'down' ? [{ name, since: new Date(state.since ?? state.at), error: state.error ?? '' }] : [],
    );
  }

  /** This year's headline figures: the same numbers as the key figures of the year, without computing the rest of them. */
  async headline(year: number): Promise<HeadlineFigures> {
    const { from, to } = yearPeriod(year);
    const [[requests], [cases]] = await Promise.all([
      this.db.rows<{ requests: number; withinDue: number; outcomeKnown: number }>(HEADLINE_REQUESTS, [from, to]),
      this.db.rows<{ casesOpened: number; casesThroughRelay: number; casesActive: number }>(HEADLINE_CASES, [from, to]),
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
