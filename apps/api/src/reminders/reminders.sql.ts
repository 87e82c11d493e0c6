import { LIVE_ASSIGNMENT_STATUSES, OPEN_REQUEST_STATUSES } from '@resacoop/domain';
import { sqlCodes } from '../database/sql-lists';

const OPEN_REQUESTS = sqlCodes(OPEN_REQUEST_STATUSES);
const LIVE_ASSIGNMENTS = sqlCodes(LIVE_ASSIGNMENT_STATUSES);

/*
 * The facts the reminder rules need (reminder-facts.ts): of every open record, or of some (`$1`,
 * null for all) when deliveries re-check that their occurrences still hold.
 */

export const REQUEST_FACTS = `SELECT id, status, site, received_at, due_at, assignee_id, reference || ' – ' || subject AS label
       FROM requests WHERE status IN ('new', 'in_progress') AND ($1::int[] IS NULL OR id = ANY($1))`;

export const CASE_FACTS = `SELECT c.id, c.status, c.adviser_id, c.next_follow_up_at::text AS next_follow_up_at,
            greatest(c.opened_at, (SELECT max(i.occurred_at) FROM interactions i WHERE i.case_id = c.id)) AS last_activity_at,
            ARRAY(SELECT a.relay_id FROM assignments a WHERE a.case_id = c.id AND a.status IN (${LIVE_ASSIGNMENTS})) AS relay_ids,
            c.reference || ' – ' || c.project_title AS label
       FROM cases c WHERE c.status = 'open' AND ($1::int[] IS NULL OR c.id = ANY($1))`;

/**
 * Assignments awaiting the relay's answer, and those it answered in the last `$2` (all answered
 * ones when ids are given: the rule itself says until when an answer is news).
 */
export const ASSIGNMENT_FACTS = `SELECT a.id, a.status, a.relay_id, r.name AS relay_name, a.assigned_at, a.acknowledged_at, a.decline_reason,
            proposer.full_name AS proposed_by, c.adviser_id, c.id AS case_id,
            c.reference || ' (' || c.project_title || ')' AS case_name, c.reference || ' – ' || c.project_title AS label
       FROM assignments a JOIN cases c ON c.id = a.case_id JOIN relays r ON r.id = a.relay_id
       LEFT JOIN users proposer ON proposer.id = a.assigned_by_id
      WHERE ($1::int[] IS NULL OR a.id = ANY($1))
        AND (a.status = 'proposed'
             OR (a.status <> 'withdrawn' AND a.acknowledged_at IS NOT NULL
                 AND ($1::int[] IS NOT NULL OR a.acknowledged_at > now() - $2::interval)))`;

/**
 * Events that ended within `$3` before `$2` (the reconciliation's instant), cancelled ones aside,
 * or events `$1` whatever their end: their registrations counted as the event rules need them.
 */
export const EVENT_FACTS = `SELECT e.id, e.kind, e.status, e.ends_at, e.site, e.relay_id,
            (SELECT count(*) FROM registrations r WHERE r.event_id = e.id)::int AS registrations,
            (SELECT count(*) FROM registrations r WHERE r.event_id = e.id AND r.status <> 'registered')::int AS marked,
            (SELECT count(*) FROM registrations r WHERE r.event_id = e.id AND r.status = 'attended' AND r.evaluation_score IS NULL)::int AS attended_without_evaluation,
            e.title || ' (' || to_char(e.starts_at AT TIME ZONE 'Europe/Paris', 'DD/MM/YYYY') || ')' AS label
       FROM events e
      WHERE e.status <> 'cancelled'
        AND CASE WHEN $1::int[] IS NULL THEN e.ends_at > $2::timestamptz - $3::interval AND e.ends_at <= $2::timestamptz ELSE e.id = ANY($1) END`;

/**
 * Registrations to published events starting after `$2` (the reconciliation's instant) and within
 * `$3`, or registrations `$1` whatever their event's date: what a registrant's reminder needs.
 */
export const REGISTRANT_FACTS = `SELECT r.id, e.status AS event_status, e.starts_at AS event_starts_at, r.consent_at IS NOT NULL AS consent,
            r.reminders_opted_out_at IS NOT NULL AS opted_out, coalesce(r.email, c.email)::text AS email
       FROM registrations r JOIN events e ON e.id = r.event_id LEFT JOIN contacts c ON c.id = r.contact_id
      WHERE CASE WHEN $1::int[] IS NULL THEN e.status = 'published' AND e.starts_at > $2::timestamptz AND e.starts_at <= $2::timestamptz + $3::interval
                 ELSE r.id = ANY($1) END`;

/** The active users, who reminders can be for. */
export const AUDIENCE = `SELECT id, role, site, relay_id FROM users WHERE active ORDER BY id`;

/** What each user (or user `$1`) still has due or overdue on day `$2`; opted-out users are left out. */
export const DIGEST_FACTS = `SELECT u.id AS user_id,
            (SELECT count(*) FROM requests r WHERE r.assignee_id = u.id AND r.status IN (${OPEN_REQUESTS})
               AND r.due_at < (($2::date + 1)::timestamp AT TIME ZONE 'Europe/Paris'))::int AS requests,
            (SELECT count(*) FROM cases c WHERE c.status = 'open' AND c.next_follow_up_at <= $2::date
               AND (c.adviser_id = u.id OR c.id IN (SELECT a.case_id FROM assignments a WHERE a.relay_id = u.relay_id AND a.status IN (${LIVE_ASSIGNMENTS}))))::int AS cases
       FROM users u WHERE u.active AND u.daily_digest AND ($1::int IS NULL OR u.id = $1)`;

/**
 * Records the occurrences due, once each (the unique key refuses the rest), in one order for every
 * worker: two reconciliations inserting the same keys wait for each other, never deadlock.
 */
export const RECORD_DUE = `INSERT INTO reminder_occurrences (rule, entity, entity_id, due_at, user_id)
         SELECT * FROM unnest($1::text[], $2::text[], $3::int[], $4::timestamptz[], $5::int[]) AS due(rule, entity, entity_id, due_at, user_id)
          ORDER BY entity, entity_id, rule, due_at, user_id
         ON CONFLICT (rule, entity, entity_id, due_at, user_id) DO NOTHING`;

/** The occurrences still to settle, the earliest due first. */
export const PENDING_OCCURRENCES = `SELECT id, rule, entity, entity_id AS "entityId", due_at AS "dueAt", user_id AS "userId"
         FROM reminder_occurrences WHERE status = 'scheduled' ORDER BY due_at`;

/** Occurrence `$1`, if it is still to settle. */
export const SCHEDULED_OCCURRENCE = `SELECT id, rule, entity, entity_id AS "entityId", due_at AS "dueAt", user_id AS "userId"
         FROM reminder_occurrences WHERE id = $1 AND status = 'scheduled'`;

/** The notifications of the last `$1` not e-mailed yet. */
export const UNSENT_EMAILS = `SELECT id FROM notifications WHERE emailed_at IS NULL AND created_at > now() - $1::interval ORDER BY id`;

/** Notifications `$1` e-mailed now; an earlier failure is forgotten. */
export const MARK_EMAILED = `UPDATE notifications SET emailed_at = now(), email_error = NULL WHERE id = ANY($1)`;

/** Why notification `$1`'s e-mail failed (`$2`), kept for admins. */
export const EMAIL_FAILED = `UPDATE notifications SET email_error = $2 WHERE id = $1`;

/**
 * Settles occurrences and writes their notifications in one statement: only rows still scheduled
 * are settled, so of two workers delivering the same occurrence the second waits for the first's
 * row lock, then matches nothing and inserts nothing (and the unique occurrence_id of
 * notifications would refuse a second row regardless). The rows are locked in id order first:
 * two batches sharing occurrences then wait for each other instead of deadlocking. Returns the
 * notifications written.
 */
export const SETTLE_DELIVERED = `
  WITH locked AS (SELECT id FROM reminder_occurrences WHERE id = ANY($1::bigint[]) ORDER BY id FOR UPDATE),
  settled AS (
    UPDATE reminder_occurrences o SET status = 'delivered', settled_at = now()
      FROM locked, unnest($1::bigint[], $2::text[], $3::text[], $4::jsonb[]) AS delivery(id, message, message_key, message_params)
     WHERE o.id = locked.id AND o.id = delivery.id AND o.status = 'scheduled'
    RETURNING o.id, o.user_id, o.rule, o.entity, o.entity_id, delivery.message, delivery.message_key, delivery.message_params)
  INSERT INTO notifications (user_id, rule, entity, entity_id, occurrence_id, message, message_key, message_params)
  SELECT user_id, rule, entity, entity_id, id, message, message_key, message_params FROM settled
  RETURNING id, occurrence_id AS "occurrenceId"`;

export const SETTLE_STALE = `UPDATE reminder_occurrences SET status = 'stale', settled_at = now() WHERE id = $1 AND status = 'scheduled'`;

/** What an e-mail is made of: the notification, its recipient (and their language), and the case of an assignment. */
export const EMAIL_CONTENT = `
  SELECT n.id, n.message, n.message_key AS "messageKey", n.message_params AS "messageParams", n.emailed_at AS "emailedAt",
         n.entity, n.entity_id AS "entityId", u.email, u.full_name AS "fullName", u.locale,
         (SELECT a.case_id FROM assignments a WHERE n.entity = 'assignment' AND a.id = n.entity_id) AS "caseOfAssignment"
    FROM notifications n JOIN users u ON u.id = n.user_id WHERE n.id = ANY($1)`;

/** Settles a registrant's reminder occurrence `$1` if still scheduled (its e-mail follows): answers it when it did. */
export const SETTLE_REGISTRANT = `UPDATE reminder_occurrences SET status = 'delivered', settled_at = now() WHERE id = $1 AND status = 'scheduled' RETURNING id`;

/** Registrants' reminders delivered in the last `$1` whose e-mail has not left. */
export const UNSENT_REGISTRANT_EMAILS = `SELECT id FROM reminder_occurrences
  WHERE rule = 'event_registrant_reminder' AND status = 'delivered' AND emailed_at IS NULL AND settled_at > now() - $1::interval ORDER BY id`;

/** What a registrant's reminder e-mail is made of: the person, the event, the unsubscribe key; for occurrence `$1`. */
export const REGISTRANT_EMAIL_CONTENT = `
  SELECT o.emailed_at AS "emailedAt", r.reminders_opted_out_at IS NOT NULL AS "optedOut", r.unsubscribe_token AS token,
         coalesce(r.email, c.email)::text AS email, coalesce(r.name, c.first_name || ' ' || c.last_name) AS name,
         e.title, e.starts_at AS "startsAt", e.online, e.address, e.departement
    FROM reminder_occurrences o JOIN registrations r ON r.id = o.entity_id JOIN events e ON e.id = r.event_id
    LEFT JOIN contacts c ON c.id = r.contact_id
   WHERE o.id = $1 AND o.entity = 'registration'`;

/** A registrant's reminder `$1` e-mailed (or no longer to be: its person opted out). */
export const MARK_REGISTRANT_EMAILED = `UPDATE reminder_occurrences SET emailed_at = now() WHERE id = $1`;
