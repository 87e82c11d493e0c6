import { InjectQueue } from '@nestjs/bullmq';
import { Injectable, Logger } from '@nestjs/common';
import {
  assignmentReminders,
  caseReminders,
  digestDueAt,
  eventReminders,
  isOwed,
  registrantReminders,
  DEPARTEMENT_LABELS,
  type Departement,
  parisDay,
  REMINDER_RULE_LABELS,
  requestReminders,
  type ReminderAudience,
  type ReminderOccurrenceDraft,
  type ReminderRule,
  msg,
  translate,
  type Locale,
  type Message,
  notificationText,
  storedText,
  type StoredNotificationText,
} from '@resacoop/domain';
import type { JobsOptions, Queue } from 'bullmq';
import { AppConfig } from '../config/app-config';
import { Database } from '../database/database';
import {
  deliverJobId,
  EMAIL_QUEUE,
  emailJobId,
  JOB_RETENTION,
  REMINDER_QUEUE,
  ReminderJob,
  registrantEmailJobId,
  type DeliverPayload,
  type EmailPayload,
  type OccurrenceKey,
  type RegistrantEmailPayload,
} from './jobs';
import { batcher } from './batcher';
import { MailerService } from './mailer.service';
import {
  assignmentFacts,
  audience,
  caseFacts,
  digestFacts,
  eventFacts,
  registrantFacts,
  requestFacts,
  type Labelled,
} from './reminder-facts';
import type { ReminderEntity } from './reminder-occurrence.entity';
import {
  EMAIL_CONTENT,
  EMAIL_FAILED,
  MARK_EMAILED,
  MARK_REGISTRANT_EMAILED,
  PENDING_OCCURRENCES,
  RECORD_DUE,
  REGISTRANT_EMAIL_CONTENT,
  SCHEDULED_OCCURRENCE,
  SETTLE_DELIVERED,
  SETTLE_REGISTRANT,
  SETTLE_STALE,
  UNSENT_EMAILS,
  UNSENT_REGISTRANT_EMAILS,
} from './reminders.sql';

type Described = ReminderOccurrenceDraft & { message: Message };

export type DeliveryOutcome = 'delivered' | 'stale' | 'already settled';

interface Occurrence {
  id: string;
  rule: ReminderRule;
  entity: ReminderEntity;
  entityId: number;
  dueAt: Date;
  userId: number;
}

/**
 * How long a delivery may reuse the users read by another one. Only ever to confirm that an
 * occurrence holds: a delivery that finds it does not hold reads them again before calling it
 * stale, and the record's own facts are always read afresh.
 */
const AUDIENCE_TTL_MS = 2000;

/** An e-mail not sent within this long after its notification is no longer re-enqueued by reconciliation. */
const EMAIL_RECOVERY_WINDOW = '7 days';

/**
 * A job that used up its attempts (a database or SMTP outage longer than its backoff) keeps its id
 * in the failed set, and adding a job under that id again does nothing: the work it owes would
 * never be retried. Of the failed jobs, removes those whose work is still owed, so that the caller
 * enqueues them afresh; the others stay for the queues page.
 */
async function removeExhausted(queue: Queue, owed: ReadonlySet<string>): Promise<void> {
  if (owed.size === 0) return;
  const failed = await queue.getFailed();
  await Promise.all(failed.filter((job) => job.id !== undefined && owed.has(job.id)).map((job) => job.remove()));
}

/** Jobs per `addBulk`: each is one MULTI that Redis runs whole, holding every other client meanwhile. */
const ADD_CHUNK = 500;

async function addInChunks(queue: Queue, jobs: Parameters<Queue['addBulk']>[0]): Promise<void> {
  for (let start = 0; start < jobs.length; start += ADD_CHUNK) await queue.addBulk(jobs.slice(start, start + ADD_CHUNK));
}

const EMAIL_JOB: JobsOptions = { attempts: 8, backoff: { type: 'exponential', delay: 5000 }, ...JOB_RETENTION };

interface RegistrantEmailContent {
  emailedAt: Date | null;
  optedOut: boolean;
  token: string;
  email: string | null;
  name: string;
  title: string;
  startsAt: Date;
  online: boolean;
  address: string | null;
  departement: Departement | null;
}

interface EmailContent extends StoredNotificationText {
  id: number;
  locale: Locale;
  emailedAt: Date | null;
  entity: ReminderEntity;
  entityId: number;
  caseOfAssignment: number | null;
  email: string;
  fullName: string;
}

/** The row of each key, in the order of the keys (null where none): records read for several deliveries. */
function rowsOf<K, R>(keys: K[], rows: R[], keyOf: (row: R) => K): (R | null)[] {
  const byKey = new Map(rows.map((row) => [keyOf(row), row]));
  return keys.map((key) => byKey.get(key) ?? null);
}

/** Like rowsOf, but a row goes to the first of equal keys only: an occurrence is settled for one of its deliveries. */
function rowsOfFirst<K, R>(keys: K[], rows: R[], keyOf: (row: R) => K): (R | null)[] {
  const byKey = new Map(rows.map((row) => [keyOf(row), row]));
  return keys.map((key) => {
    const row = byKey.get(key) ?? null;
    byKey.delete(key);
    return row;
  });
}

/**
 * PostgreSQL says what is due; Redis only carries the work. Reconciling records each due
 * occurrence once (a unique row) and enqueues its delivery under a job id derived from that row,
 * so retries, re-enqueues and several workers never notify twice, and a Redis that lost its data
 * only delays a reminder until the next reconciliation. The same goes for e-mails: a notification
 * not yet e-mailed gets its e-mail job again at the next reconciliation.
 */
@Injectable()
export class RemindersService {
  private readonly logger = new Logger('Reminders');
  private audienceCache: { expires: number; people: Promise<ReminderAudience> } | null = null;

  /*
   * The statements of deliveries and e-mails running at the same moment, one round trip for all
   * of them (batcher): each still reads its record as it is now and settles its own occurrence.
   */
  private readonly requests = batcher((ids: number[]) => requestFacts(this.db, ids).then((rows) => rowsOf(ids, rows, (row) => row.id)));
  private readonly cases = batcher((ids: number[]) => caseFacts(this.db, ids).then((rows) => rowsOf(ids, rows, (row) => row.id)));
  private readonly assignments = batcher((ids: number[]) =>
    assignmentFacts(this.db, ids).then((rows) => rowsOf(ids, rows, (row) => row.id)),
  );
  private readonly settlements = batcher(async (deliveries: { occurrenceId: string; text: StoredNotificationText }[]) => {
    const written = await this.db.rows<{ id: number; occurrenceId: string }>(SETTLE_DELIVERED, [
      deliveries.map((delivery) => delivery.occurrenceId),
      deliveries.map((delivery) => delivery.text.message),
      deliveries.map((delivery) => delivery.text.messageKey),
      deliveries.map((delivery) => (delivery.text.messageParams ? JSON.stringify(delivery.text.messageParams) : null)),
    ]);
    return rowsOfFirst(
      deliveries.map((delivery) => delivery.occurrenceId),
      written,
      (row) => row.occurrenceId,
    ).map((row) => row?.id ?? null);
  });
  private readonly emailContents = batcher(async (ids: number[]) =>
    rowsOfFirst(ids, await this.db.rows<EmailContent>(EMAIL_CONTENT, [ids]), (row) => row.id),
  );
  private readonly emailsSent = batcher(async (ids: number[]) => {
    await this.db.execute(MARK_EMAILED, [ids]);
    return ids.map(() => undefined);
  });

  constructor(
    private readonly db: Database,
    private readonly config: AppConfig,
    private readonly mailer: MailerService,
    @InjectQueue(REMINDER_QUEUE) private readonly queue: Queue,
    @InjectQueue(EMAIL_QUEUE) private readonly emails: Queue,
  ) {}

  /** The active users, read at most every AUDIENCE_TTL_MS across deliveries; `fresh` reads them now. */
  private audience(fresh: boolean): Promise<ReminderAudience> {
    const now = Date.now();
    if (fresh || !this.audienceCache || this.audienceCache.expires <= now) {
      const people = audience(this.db);
      const entry = { expires: now + AUDIENCE_TTL_MS, people };
      this.audienceCache = entry;
      people.catch(() => {
        if (this.audienceCache === entry) this.audienceCache = null;
      });
    }
    return this.audienceCache.people;
  }

  /**
   * Everything owed at `now`, derived afresh from the records (`people`: who can be told): of every
   * open record, or of one (`only`) when a delivery re-checks its occurrence.
   */
  private async due(now: Date, people: ReminderAudience, only?: { entity: ReminderEntity; id: number }): Promise<Described[]> {
    const thresholds = this.config.reminderThresholds;
    const describe = <F>(
      facts: (Labelled<F> | null)[],
      rule: (facts: F, people: ReminderAudience, t: typeof thresholds) => ReminderOccurrenceDraft[],
    ) =>
      facts.flatMap((fact) =>
        fact
          ? rule(fact, people, thresholds).map((draft) => ({
              ...draft,
              message: draft.message ?? msg('notification.about', { rule: REMINDER_RULE_LABELS[draft.rule], label: fact.label }),
            }))
          : [],
      );
    const wants = (entity: ReminderEntity) => !only || only.entity === entity;
    const digestAt = digestDueAt(now, thresholds);
    const digests: Described[] =
      wants('user') && digestAt
        ? (await digestFacts(this.db, parisDay(digestAt), only?.id)).map((digest) => ({
            rule: 'daily_digest',
            entity: 'user',
            entityId: digest.userId,
            userId: digest.userId,
            dueAt: digestAt,
            message: msg('notification.about', {
              rule: REMINDER_RULE_LABELS.daily_digest,
              label: msg('notification.digestCounts', { requests: digest.requests, cases: digest.cases }),
            }),
          }))
        : [];
    const drafts = [
      ...digests,
      ...(wants('request') ? describe(only ? [await this.requests.load(only.id)] : await requestFacts(this.db), requestReminders) : []),
      ...(wants('case') ? describe(only ? [await this.cases.load(only.id)] : await caseFacts(this.db), caseReminders) : []),
      ...(wants('assignment')
        ? describe(only ? [await this.assignments.load(only.id)] : await assignmentFacts(this.db), assignmentReminders)
        : []),
      ...(wants('event') ? describe(await eventFacts(this.db, now, only && [only.id]), eventReminders) : []),
      ...(wants('registration')
        ? describe(await registrantFacts(this.db, now, only && [only.id]), (registration, _people, t) =>
            registrantReminders(registration, t),
          )
        : []),
    ];
    return drafts.filter((draft) => isOwed(draft, now));
  }

  /**
   * Records what is due and enqueues a delivery for every occurrence not yet settled, and the
   * e-mail of every recent notification not yet e-mailed. Returns how many deliveries were enqueued.
   */
  async reconcile(now = new Date()): Promise<number> {
    const due = await this.due(now, await this.audience(true));
    if (due.length > 0) {
      await this.db.execute(RECORD_DUE, [
        due.map((d) => d.rule),
        due.map((d) => d.entity),
        due.map((d) => d.entityId),
        due.map((d) => d.dueAt.toISOString()),
        due.map((d) => d.userId),
      ]);
    }
    const pending = await this.db.rows<Occurrence>(PENDING_OCCURRENCES);
    await removeExhausted(this.queue, new Set(pending.map(({ id }) => deliverJobId(id))));
    await addInChunks(
      this.queue,
      pending.map(({ id, dueAt, ...occurrence }) => ({
        name: ReminderJob.Deliver,
        data: {
          occurrenceId: id,
          at: now.toISOString(),
          occurrence: { ...occurrence, dueAt: dueAt.toISOString() },
        } satisfies DeliverPayload,
        opts: {
          jobId: deliverJobId(id),
          attempts: 5,
          backoff: { type: 'exponential', delay: 2000 },
          ...JOB_RETENTION,
        },
      })),
    );
    // A worker that died between a notification and its e-mail job, or a Redis that lost the job:
    // the job id is the notification's, so one still queued or running is left as it is.
    const unsent = await this.db.rows<{ id: number }>(UNSENT_EMAILS, [EMAIL_RECOVERY_WINDOW]);
    await removeExhausted(this.emails, new Set(unsent.map(({ id }) => emailJobId(id))));
    await addInChunks(
      this.emails,
      unsent.map(({ id }) => ({
        name: ReminderJob.Email,
        data: { notificationId: id } satisfies EmailPayload,
        opts: { ...EMAIL_JOB, jobId: emailJobId(id) },
      })),
    );
    // Registrants' reminders settled by a worker that died before their e-mail job, or whose job Redis lost.
    const unsentToRegistrants = await this.db.rows<{ id: string }>(UNSENT_REGISTRANT_EMAILS, [EMAIL_RECOVERY_WINDOW]);
    await removeExhausted(this.emails, new Set(unsentToRegistrants.map(({ id }) => registrantEmailJobId(id))));
    await addInChunks(
      this.emails,
      unsentToRegistrants.map(({ id }) => registrantEmailJob(id)),
    );
    return pending.length;
  }

  /**
   * Delivers one occurrence if it still holds: a follow-up date that moved, a request answered
   * meanwhile, a case closed, make it stale instead. The record's facts are read afresh; the
   * occurrence is settled by one statement that only a still-scheduled row matches, so two
   * workers delivering the same occurrence notify once. `known`: the occurrence's key as the
   * job carries it, which spares reading the row (one settled meanwhile matches nothing).
   */
  async deliver(occurrenceId: string, at = new Date(), known?: OccurrenceKey): Promise<DeliveryOutcome> {
    const occurrence = known
      ? {
          ...known,
          id: occurrenceId,
          rule: known.rule as ReminderRule,
          entity: known.entity as ReminderEntity,
          dueAt: new Date(known.dueAt),
        }
      : await this.scheduledOccurrence(occurrenceId);
    if (!occurrence) return 'already settled';
    const instant = new Date(Math.max(at.getTime(), occurrence.dueAt.getTime()));
    const only = { entity: occurrence.entity, id: occurrence.entityId };
    const holding = async (fresh: boolean) =>
      (await this.due(instant, await this.audience(fresh), only)).find(
        (draft) =>
          draft.rule === occurrence.rule && draft.userId === occurrence.userId && draft.dueAt.getTime() === occurrence.dueAt.getTime(),
      );
    // Users read by another delivery a moment ago may confirm it; only users read now may deny it.
    const holds = (await holding(false)) ?? (await holding(true));
    if (!holds) {
      const settled = await this.db.execute(SETTLE_STALE, [occurrence.id]);
      return settled > 0 ? 'stale' : 'already settled';
    }
    if (occurrence.rule === 'event_registrant_reminder') {
      // A registrant is no user: no notification, the occurrence keeps whether its e-mail left.
      if (!(await this.db.one(SETTLE_REGISTRANT, [occurrence.id]))) return 'already settled';
      const { name, data, opts } = registrantEmailJob(occurrence.id);
      await this.emails.add(name, data, opts);
      return 'delivered';
    }
    const notificationId = await this.settlements.load({ occurrenceId: occurrence.id, text: storedText(holds.message) });
    if (notificationId === null) return 'already settled';
    await this.emails.add(ReminderJob.Email, { notificationId } satisfies EmailPayload, {
      ...EMAIL_JOB,
      jobId: emailJobId(notificationId),
    });
    return 'delivered';
  }

  /** The occurrence, if it is still to be settled. */
  private async scheduledOccurrence(id: string): Promise<Occurrence | null> {
    return (await this.db.one<Occurrence>(SCHEDULED_OCCURRENCE, [id])) ?? null;
  }

  /** Sends a notification's e-mail once it succeeds; a failure is kept for admins and retried with backoff. */
  async email(notificationId: number): Promise<void> {
    const notification = await this.emailContents.load(notificationId);
    if (!notification || notification.emailedAt) return;
    // In the recipient's language, as they would read it in the app.
    const { locale } = notification;
    const message = notificationText(notification, locale);
    try {
      await this.mailer.send({
        to: notification.email,
        subject: translate(msg('email.subject', { message }), locale),
        text: translate(
          msg('email.body', { name: notification.fullName, message, link: `${this.config.APP_ORIGIN}${linkOf(notification)}` }),
          locale,
        ),
      });
    } catch (error) {
      await this.db.execute(EMAIL_FAILED, [notificationId, (error as Error).message.slice(0, 500)]);
      this.logger.warn(`e-mail of notification ${notificationId} failed: ${(error as Error).message}`);
      throw error;
    }
    // The job completes only once this is written: a job that ends without it sends again (at least once).
    await this.emailsSent.load(notificationId);
  }

  /**
   * Sends a registrant's reminder once it succeeds (at least once, as a notification's); nothing to
   * one who opted out since. In French: a registrant has no account, hence no language of theirs.
   */
  async registrantEmail(occurrenceId: string): Promise<void> {
    const content = await this.db.one<RegistrantEmailContent>(REGISTRANT_EMAIL_CONTENT, [occurrenceId]);
    if (!content || content.emailedAt) return;
    if (!content.optedOut && content.email) {
      const locale = 'fr';
      const when = new Intl.DateTimeFormat('fr-FR', { dateStyle: 'full', timeStyle: 'short', timeZone: 'Europe/Paris' }).format(
        content.startsAt,
      );
      const place = content.online
        ? translate(msg('event.online'), locale)
        : (content.address ?? (content.departement ? DEPARTEMENT_LABELS[content.departement][locale] : ''));
      await this.mailer.send({
        to: content.email,
        subject: translate(msg('event.reminder.subject', { title: content.title, when }), locale),
        text: translate(
          msg('event.reminder.body', {
            name: content.name,
            title: content.title,
            when,
            place,
            link: `${this.config.APP_ORIGIN}/desinscription/${content.token}`,
          }),
          locale,
        ),
      });
    }
    await this.db.execute(MARK_REGISTRANT_EMAILED, [occurrenceId]);
  }
}

/** A registrant's reminder e-mail job: its id is the occurrence's, so it is queued once whoever enqueues it. */
function registrantEmailJob(occurrenceId: string) {
  return {
    name: ReminderJob.RegistrantEmail,
    data: { occurrenceId } satisfies RegistrantEmailPayload,
    opts: { ...EMAIL_JOB, jobId: registrantEmailJobId(occurrenceId) },
  };
}

/** The console page a notification's e-mail links to. */
function linkOf(notification: { entity: ReminderEntity; entityId: number; caseOfAssignment: number | null }): string {
  switch (notification.entity) {
    case 'user':
      return '/';
    case 'assignment':
      return `/cases/${notification.caseOfAssignment ?? ''}/show`;
    case 'case':
      return `/cases/${notification.entityId}/show`;
    case 'event':
      return `/events/${notification.entityId}/show`;
    default:
      return `/requests/${notification.entityId}/show`;
  }
}
