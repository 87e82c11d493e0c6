import { REMINDER_RULE_LABELS } from '@resacoop/domain';
import { Queue, QueueEvents } from 'bullmq';
import type { Client } from 'pg';
import { connect } from './database';
import type { Dataset } from './dataset';
import { MailSink } from './mail-sink';
import { startWorker } from './processes';
import type { BenchSettings } from './settings';

/** The worker's queue, as apps/api/src/reminders/jobs.ts names it (the benchmark adds the reconcile job itself). */
const REMINDER_QUEUE = 'reminders';
const RECONCILE_JOB = 'reconcile';

export const REMINDERS_TARGET_SECONDS = 60;

export interface ReminderFigures {
  due: number;
  notified: number;
  mailed: number;
  duplicates: number;
  /** From the reconciliation being asked for to the last of the due e-mails received. */
  seconds: number;
  secondsToNotifications: number | null;
  complete: boolean;
  catchUp: { mails: number; seconds: number };
}

interface Queues {
  queue: Queue;
  events: QueueEvents;
}

function openQueues(settings: BenchSettings): Queues {
  const options = { connection: { url: settings.redisUrl, maxRetriesPerRequest: null }, prefix: `${settings.redisPrefix}:bull` };
  return { queue: new Queue(REMINDER_QUEUE, options), events: new QueueEvents(REMINDER_QUEUE, options) };
}

async function reconcile({ queue, events }: Queues, timeoutMs: number): Promise<void> {
  const job = await queue.add(RECONCILE_JOB, {});
  await job.waitUntilFinished(events, timeoutMs);
}

async function pendingWork(db: Client): Promise<number> {
  const { rows } = await db.query<{ pending: number }>(
    `SELECT (SELECT count(*) FROM reminder_occurrences WHERE status = 'scheduled')::int
          + (SELECT count(*) FROM notifications WHERE emailed_at IS NULL AND email_error IS NULL)::int AS pending`,
  );
  return rows[0].pending;
}

async function until(condition: () => Promise<boolean>, timeoutMs: number, everyMs = 500): Promise<boolean> {
  const deadline = performance.now() + timeoutMs;
  while (performance.now() < deadline) {
    if (await condition()) return true;
    await new Promise((resolve) => setTimeout(resolve, everyMs));
  }
  return false;
}

/**
 * Lets the worker deliver whatever the dataset already owes (overdue requests, quiet cases, the
 * digest), so that the measured batch is only the reminders this scenario makes due.
 */
async function catchUp(queues: Queues, db: Client, sink: MailSink, timeoutMs: number): Promise<ReminderFigures['catchUp']> {
  const started = performance.now();
  await reconcile(queues, timeoutMs);
  const settled = await until(async () => (await pendingWork(db)) === 0, timeoutMs);
  if (!settled)
    console.warn(`[reminders] the catch-up had not settled after ${timeoutMs / 1000} s: the measure may include older reminders`);
  return { mails: sink.messages, seconds: (performance.now() - started) / 1000 };
}

/**
 * Moves the next follow-up of `count` open cases (one recipient each: no relay on them) to the
 * latest day whose 08:00 Paris has passed, so that each owes exactly one new reminder; an
 * occurrence left by an earlier run for that day is removed first.
 */
async function makeFollowUpsDue(db: Client, count: number, excludedCaseId: number): Promise<{ caseIds: number[]; dueAt: Date }> {
  const { rows } = await db.query<{ id: number; due_at: Date }>(
    `WITH target AS (
       SELECT CASE WHEN (now() AT TIME ZONE 'Europe/Paris')::time >= time '08:00' THEN (now() AT TIME ZONE 'Europe/Paris')::date
                   ELSE (now() AT TIME ZONE 'Europe/Paris')::date - 1 END AS day
     ), chosen AS (
       SELECT c.id FROM cases c
        WHERE c.status = 'open' AND c.id <> $2
          AND NOT EXISTS (SELECT 1 FROM assignments a WHERE a.case_id = c.id AND a.status IN ('proposed', 'accepted'))
        ORDER BY c.id LIMIT $1
     ), cleared AS (
       DELETE FROM reminder_occurrences o USING chosen, target
        WHERE o.rule = 'case_follow_up' AND o.entity = 'case' AND o.entity_id = chosen.id
          AND o.due_at = (target.day + time '08:00') AT TIME ZONE 'Europe/Paris'
     )
     UPDATE cases c SET next_follow_up_at = target.day FROM chosen, target WHERE c.id = chosen.id
     RETURNING c.id, (target.day + time '08:00') AT TIME ZONE 'Europe/Paris' AS due_at`,
    [count, excludedCaseId],
  );
  return { caseIds: rows.map((row) => row.id), dueAt: rows[0]?.due_at ?? new Date() };
}

async function notifiedAmong(db: Client, caseIds: number[], dueAt: Date): Promise<number> {
  const { rows } = await db.query<{ notified: number }>(
    `SELECT count(DISTINCT o.entity_id)::int AS notified
       FROM reminder_occurrences o JOIN notifications n ON n.occurrence_id = o.id
      WHERE o.rule = 'case_follow_up' AND o.entity = 'case' AND o.entity_id = ANY($1) AND o.due_at = $2`,
    [caseIds, dueAt],
  );
  return rows[0].notified;
}

/** (f) N reminders due at once, through the production worker to a local SMTP server: time to the last e-mail, duplicates. */
export async function measureReminders(settings: BenchSettings, dataset: Dataset): Promise<ReminderFigures> {
  const sink = new MailSink(REMINDER_RULE_LABELS.case_follow_up.fr);
  const smtpUrl = await sink.start();
  const queues = openQueues(settings);
  await queues.queue.obliterate({ force: true });
  const worker = startWorker(settings, smtpUrl);
  const db = await connect(settings.databaseUrl);
  const timeoutMs = (settings.scale === 'full' ? 15 : 2) * 60_000;
  try {
    const caughtUp = await Promise.race([catchUp(queues, db, sink, timeoutMs), worker.crashed]);
    console.log(
      `[reminders] catch-up: ${caughtUp.mails} e-mails already owed by the dataset, delivered in ${caughtUp.seconds.toFixed(1)} s`,
    );
    const { caseIds, dueAt } = await makeFollowUpsDue(db, settings.dueReminders, dataset.writeCaseId);
    sink.reset();
    const started = performance.now();
    let secondsToNotifications: number | null = null;
    const notificationsDone = until(async () => (await notifiedAmong(db, caseIds, dueAt)) === caseIds.length, timeoutMs, 250).then(
      (done) => {
        if (done) secondsToNotifications = (performance.now() - started) / 1000;
      },
    );
    await queues.queue.add(RECONCILE_JOB, {});
    const complete = await Promise.race([sink.waitForCases(caseIds, timeoutMs), worker.crashed]);
    const seconds = (performance.now() - started) / 1000;
    await notificationsDone;
    // A duplicate would come from a retried or doubly delivered job: give stragglers a moment to arrive.
    await new Promise((resolve) => setTimeout(resolve, 3000));
    return {
      due: caseIds.length,
      notified: await notifiedAmong(db, caseIds, dueAt),
      mailed: sink.mailedAmong(caseIds),
      duplicates: sink.duplicatesAmong(caseIds),
      seconds,
      secondsToNotifications,
      complete,
      catchUp: caughtUp,
    };
  } finally {
    await worker.stop();
    await db.end();
    await queues.events.close();
    await queues.queue.close();
    await sink.stop();
  }
}
