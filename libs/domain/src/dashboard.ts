import type { RequestStatus } from './requests';
import type { CalendarDay } from './working-days';

/**
 * What `GET /api/dashboard` answers for the logged-in user: at most 10 items per list, the counts
 * being the totals; "due soon" is within 2 working days. `Instant` is a `Date` in the API and the
 * ISO string it becomes in JSON for the console.
 */
export interface Dashboard<Instant = string> {
  requests: {
    overdue: DashboardRequest<Instant>[];
    overdueCount: number;
    dueSoon: DashboardRequest<Instant>[];
    dueSoonCount: number;
  };
  followUps: { overdue: DashboardCase[]; overdueCount: number; dueSoon: DashboardCase[]; dueSoonCount: number };
  assignments: { unacknowledged: DashboardAssignment<Instant>[]; count: number };
  /** This year's headline figures; none for a relay user. */
  figures: HeadlineFigures | null;
  /** The desk's mailboxes the worker cannot reach, so that staff know why no e-mail comes in; none for a relay user. */
  mailboxesDown: DashboardMailboxDown<Instant>[];
}

/** A mailbox the worker could not read: since when, and the server's or network's error. Its mail waits on the server. */
export interface DashboardMailboxDown<Instant = string> {
  name: string;
  since: Instant;
  error: string;
}

/** One of the user's own open requests. */
export interface DashboardRequest<Instant = string> {
  id: number;
  reference: string;
  subject: string;
  status: RequestStatus;
  dueAt: Instant;
}

/** A case the user advises (a relay user: a case of their relay) with its next follow-up day. */
export interface DashboardCase {
  id: number;
  reference: string;
  projectTitle: string;
  nextFollowUpAt: CalendarDay;
}

/** A proposal to a relay not yet acknowledged: awaiting the relay user's answer, or on a staff member's case. */
export interface DashboardAssignment<Instant = string> {
  id: number;
  caseId: number;
  caseReference: string;
  projectTitle: string;
  relayId: number;
  relayName: string;
  assignedAt: Instant;
}

export interface HeadlineFigures {
  year: number;
  requests: number;
  casesOpened: number;
  casesActive: number;
  casesThroughRelay: number;
  answeredWithinDuePercent: number | null;
}
