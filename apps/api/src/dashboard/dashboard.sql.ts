import { LIVE_ASSIGNMENT_STATUSES, OPEN_REQUEST_STATUSES } from '@resacoop/domain';
import { sqlCodes } from '../database/sql-lists';

/** How many items each section of the dashboard lists. */
const LISTED = 10;

const OPEN_REQUEST = `r.status IN (${sqlCodes(OPEN_REQUEST_STATUSES)})`;

export const MY_REQUESTS = (condition: string) => `
  SELECT r.id, r.reference, r.subject, r.status, r.due_at AS "dueAt", count(*) OVER ()::int AS total
    FROM requests r WHERE r.assignee_id = $1 AND ${OPEN_REQUEST} AND ${condition}
   ORDER BY r.due_at, r.id LIMIT ${LISTED}`;

/** The cases a user follows: those they advise, or for a relay user those live with their relay. */
const FOLLOWED_CASE = (forRelay: boolean) =>
  forRelay
    ? `c.id IN (SELECT a.case_id FROM assignments a WHERE a.relay_id = $1 AND a.status IN (${sqlCodes(LIVE_ASSIGNMENT_STATUSES)}))`
    : `c.adviser_id = $1`;

export const MY_FOLLOW_UPS = (forRelay: boolean, condition: string) => `
  SELECT c.id, c.reference, c.project_title AS "projectTitle", to_char(c.next_follow_up_at, 'YYYY-MM-DD') AS "nextFollowUpAt",
         count(*) OVER ()::int AS total
    FROM cases c WHERE c.status = 'open' AND ${FOLLOWED_CASE(forRelay)} AND ${condition}
   ORDER BY c.next_follow_up_at, c.id LIMIT ${LISTED}`;

/** Proposals awaiting the relay's answer: to the user's relay, or on the cases the user advises. */
export const UNACKNOWLEDGED = (forRelay: boolean) => `
  SELECT a.id, a.case_id AS "caseId", c.reference AS "caseReference", c.project_title AS "projectTitle",
         a.relay_id AS "relayId", r.name AS "relayName", a.assigned_at AS "assignedAt", count(*) OVER ()::int AS total
    FROM assignments a JOIN cases c ON c.id = a.case_id JOIN relays r ON r.id = a.relay_id
   WHERE a.status = 'proposed' AND ${forRelay ? 'a.relay_id = $1' : 'c.adviser_id = $1'}
   ORDER BY a.assigned_at, a.id LIMIT ${LISTED}`;
