import {
  type AssignmentFacts,
  type CaseFacts,
  type ReminderAudience,
  type RequestFacts,
  type Site,
  OPEN_REQUEST_STATUSES,
  LIVE_ASSIGNMENT_STATUSES,
} from '@resacoop/domain';
import type { EntityManager } from 'typeorm';
import { sqlCodes } from '../database/sql-lists';

/** Answers read by reconciliation: wider than any answer's news lasts (a few working days), holidays included. */
const RECENT_ANSWERS = '30 days';
const OPEN_REQUESTS = sqlCodes(OPEN_REQUEST_STATUSES);
const LIVE_ASSIGNMENTS = sqlCodes(LIVE_ASSIGNMENT_STATUSES);

/** A record's facts and the line that names it in a message. */
export type Labelled<T> = T & { label: string };

/**
 * The facts the reminder rules need, read straight from PostgreSQL (the truth), for every open
 * record or for some (`ids`) when deliveries re-check that their occurrences still hold.
 */
export async function requestFacts(db: EntityManager, ids?: number[]): Promise<Labelled<RequestFacts>[]> {
  const rows = await db.query(
    `SELECT id, status, site, received_at, due_at, assignee_id, reference || ' – ' || subject AS label
       FROM requests WHERE status IN ('new', 'in_progress') AND ($1::int[] IS NULL OR id = ANY($1))`,
    [ids ?? null],
  );
  return rows.map((row: Record<string, never>) => ({
    id: row.id,
    status: row.status,
    site: row.site,
    receivedAt: row.received_at,
    dueAt: row.due_at,
    assigneeId: row.assignee_id,
    label: row.label,
  }));
}

export async function caseFacts(db: EntityManager, ids?: number[]): Promise<Labelled<CaseFacts>[]> {
  const rows = await db.query(
    `SELECT c.id, c.status, c.adviser_id, c.next_follow_up_at::text AS next_follow_up_at,
            greatest(c.opened_at, (SELECT max(i.occurred_at) FROM interactions i WHERE i.case_id = c.id)) AS last_activity_at,
            ARRAY(SELECT a.relay_id FROM assignments a WHERE a.case_id = c.id AND a.status IN (${LIVE_ASSIGNMENTS})) AS relay_ids,
            c.reference || ' – ' || c.project_title AS label
       FROM cases c WHERE c.status = 'open' AND ($1::int[] IS NULL OR c.id = ANY($1))`,
    [ids ?? null],
  );
  return rows.map((row: Record<string, never>) => ({
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
export async function assignmentFacts(db: EntityManager, ids?: number[]): Promise<Labelled<AssignmentFacts>[]> {
  const rows = await db.query(
    `SELECT a.id, a.status, a.relay_id, r.name AS relay_name, a.assigned_at, a.acknowledged_at, a.decline_reason,
            proposer.full_name AS proposed_by, c.adviser_id, c.id AS case_id,
            c.reference || ' (' || c.project_title || ')' AS case_name, c.reference || ' – ' || c.project_title AS label
       FROM assignments a JOIN cases c ON c.id = a.case_id JOIN relays r ON r.id = a.relay_id
       LEFT JOIN users proposer ON proposer.id = a.assigned_by_id
      WHERE ($1::int[] IS NULL OR a.id = ANY($1))
        AND (a.status = 'proposed'
             OR (a.status <> 'withdrawn' AND a.acknowledged_at IS NOT NULL
                 AND ($1::int[] IS NOT NULL OR a.acknowledged_at > now() - $2::interval)))`,
    [ids ?? null, RECENT_ANSWERS],
  );
  return rows.map((row: Record<string, never>) => ({
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

/** Active users by site, role and relay. */
export async function audience(db: EntityManager): Promise<ReminderAudience> {
  const users: { id: number; role: string; site: Site | null; relay_id: number | null }[] = await db.query(
    `SELECT id, role, site, relay_id FROM users WHERE active ORDER BY id`,
  );
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
  db: EntityManager,
  day: string,
  userId?: number,
): Promise<{ userId: number; requests: number; cases: number }[]> {
  const rows = await db.query(
    `SELECT u.id AS user_id,
            (SELECT count(*) FROM requests r WHERE r.assignee_id = u.id AND r.status IN (${OPEN_REQUESTS})
               AND r.due_at < (($2::date + 1)::timestamp AT TIME ZONE 'Europe/Paris'))::int AS requests,
            (SELECT count(*) FROM cases c WHERE c.status = 'open' AND c.next_follow_up_at <= $2::date
               AND (c.adviser_id = u.id OR c.id IN (SELECT a.case_id FROM assignments a WHERE a.relay_id = u.relay_id AND a.status IN (${LIVE_ASSIGNMENTS}))))::int AS cases
       FROM users u WHERE u.active AND u.daily_digest AND ($1::int IS NULL OR u.id = $1)`,
    [userId ?? null, day],
  );
  return rows
    .map((row: { user_id: number; requests: number; cases: number }) => ({ userId: row.user_id, requests: row.requests, cases: row.cases }))
    .filter((row: { requests: number; cases: number }) => row.requests + row.cases > 0);
}
