import {
  type AssignmentFacts,
  type CaseFacts,
  type EventFacts,
  type RegistrantFacts,
  type ReminderAudience,
  type RequestFacts,
  type Site,
} from '@resacoop/domain';
import type { Database } from '../database/database';
import { ASSIGNMENT_FACTS, AUDIENCE, CASE_FACTS, DIGEST_FACTS, EVENT_FACTS, REGISTRANT_FACTS, REQUEST_FACTS } from './reminders.sql';

/** Answers read by reconciliation: wider than any answer's news lasts (a few working days), holidays included. */
const RECENT_ANSWERS = '30 days';

/** A record's facts and the line that names it in a message. */
export type Labelled<T> = T & { label: string };

/**
 * The facts the reminder rules need, read straight from PostgreSQL (the truth), for every open
 * record or for some (`ids`) when deliveries re-check that their occurrences still hold.
 */
export async function requestFacts(db: Database, ids?: number[]): Promise<Labelled<RequestFacts>[]> {
  const rows = await db.rows<Record<string, never>>(REQUEST_FACTS, [ids ?? null]);
  return rows.map((row) => ({
    id: row.id,
    status: row.status,
    site: row.site,
    receivedAt: row.received_at,
    dueAt: row.due_at,
    assigneeId: row.assignee_id,
    label: row.label,
  }));
}

export async function caseFacts(db: Database, ids?: number[]): Promise<Labelled<CaseFacts>[]> {
  const rows = await db.rows<Record<string, never>>(CASE_FACTS, [ids ?? null]);
  return rows.map((row) => ({
    id: row.id,
    status: row.status,
    adviserId: row.adviser_id,
    nextFollowUpAt: row.next_follow_up_at,
    lastActivityAt: row.last_activity_at,
    relayIds: row.relay_ids,
    label: row.label,
  }));
}

/**
 * Assignments awaiting the relay's answer, and those it answered lately (all answered ones when
 * `ids` are given: the rule itself says until when an answer is news).
 */
export async function assignmentFacts(db: Database, ids?: number[]): Promise<Labelled<AssignmentFacts>[]> {
  const rows = await db.rows<Record<string, never>>(ASSIGNMENT_FACTS, [ids ?? null, RECENT_ANSWERS]);
  return rows.map((row) => ({
    id: row.id,
    status: row.status,
    relayId: row.relay_id,
    relayName: row.relay_name,
    caseName: row.case_name,
    assignedAt: row.assigned_at,
    proposedBy: row.proposed_by,
    adviserId: row.adviser_id,
    acknowledgedAt: row.acknowledged_at,
    declineReason: row.decline_reason,
    label: row.label,
  }));
}

/** Events that ended lately: wider than their last reminder's delay (a week), so a worker down a few days still reminds. */
const RECENT_EVENTS = '30 days';

/** Events that ended lately, as of `now`, or some (`ids`) whatever their end. */
export async function eventFacts(db: Database, now: Date, ids?: number[]): Promise<Labelled<EventFacts>[]> {
  const rows = await db.rows<Record<string, never>>(EVENT_FACTS, [ids ?? null, now.toISOString(), RECENT_EVENTS]);
  return rows.map((row) => ({
    id: row.id,
    kind: row.kind,
    status: row.status,
    endsAt: row.ends_at,
    site: row.site,
    relayId: row.relay_id,
    registrations: row.registrations,
    marked: row.marked,
    attendedWithoutEvaluation: row.attended_without_evaluation,
    label: row.label,
  }));
}

/** Published events starting within this long: wider than a reminder's lead (a working day, a long weekend's). */
const UPCOMING_EVENTS = '10 days';

/** Registrations to events starting soon after `now`, or some (`ids`) whatever their event's date. */
export async function registrantFacts(db: Database, now: Date, ids?: number[]): Promise<Labelled<RegistrantFacts>[]> {
  const rows = await db.rows<Record<string, never>>(REGISTRANT_FACTS, [ids ?? null, now.toISOString(), UPCOMING_EVENTS]);
  return rows.map((row) => ({
    id: row.id,
    eventStatus: row.event_status,
    eventStartsAt: row.event_starts_at,
    consent: row.consent,
    optedOut: row.opted_out,
    email: row.email,
    label: '',
  }));
}

/** Active users by site, role and relay. */
export async function audience(db: Database): Promise<ReminderAudience> {
  const users = await db.rows<{ id: number; role: string; site: Site | null; relay_id: number | null }>(AUDIENCE);
  return {
    staffOfSite: {
      lyon: users.filter((user) => user.role === 'staff' && user.site === 'lyon').map((user) => user.id),
      clermont: users.filter((user) => user.role === 'staff' && user.site === 'clermont').map((user) => user.id),
    },
    admins: users.filter((user) => user.role === 'admin').map((user) => user.id),
    usersOfRelay: (relayId) => users.filter((user) => user.relay_id === relayId).map((user) => user.id),
  };
}

/** What each user still has due or overdue on a day: the content of their digest. Opted-out users are left out. */
export async function digestFacts(
  db: Database,
  day: string,
  userId?: number,
): Promise<{ userId: number; requests: number; cases: number }[]> {
  const rows = await db.rows<{ user_id: number; requests: number; cases: number }>(DIGEST_FACTS, [userId ?? null, day]);
  return rows
    .map((row) => ({ userId: row.user_id, requests: row.requests, cases: row.cases }))
    .filter((row) => row.requests + row.cases > 0);
}
