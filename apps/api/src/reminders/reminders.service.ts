import { InjectQueue } from '@nestjs/bullmq';
import { Injectable, Logger } from '@nestjs/common';
import {
  assignmentReminders,
  caseReminders,
  digestDueAt,
  isOwed,
  parisDay,
  REMINDER_RULE_LABELS,
  requestReminders,
  type ReminderAudience,
  type ReminderOccurrenceDraft,
} from '@resacoop/domain';
import type { Queue } from 'bullmq';
import { DataSource, type EntityManager } from 'typeorm';
import { AppConfig } from '../config/app-config';
import { Notification } from '../notifications/notification.entity';
import { User } from '../users/user.entity';
import { deliverJobId, emailJobId, REMINDER_QUEUE, ReminderJob, type DeliverPayload } from './jobs';
import { MailerService } from './mailer.service';
import { assignmentFacts, audience, caseFacts, digestFacts, requestFacts, type Labelled } from './reminder-facts';
import { ReminderOccurrence, type ReminderEntity } from './reminder-occurrence.entity';

type Described = ReminderOccurrenceDraft & { label: string; link: string };

export type DeliveryOutcome = 'delivered' | 'stale' | 'already settled';

/**
 * PostgreSQL says what is due; Redis only carries the work. Reconciling records each due
 * occurrence once (a unique row) and enqueues its delivery under a job id derived from that row,
 * so retries, re-enqueues and several workers never notify twice, and a Redis that lost its data
 * only delays a reminder until the next reconciliation.
 */
@Injectable()
export class RemindersService {
  private readonly logger = new Logger('Reminders');

  constructor(
    private readonly dataSource: DataSource,
    private readonly config: AppConfig,
    private readonly mailer: MailerService,
    @InjectQueue(REMINDER_QUEUE) private readonly queue: Queue,
  ) {}

  /** Everything owed at `now`, derived afresh from the records. */
  private async due(db: EntityManager, now: Date, only?: { entity: ReminderEntity; id: number }): Promise<Described[]> {
    const people = await audience(db);
    const thresholds = this.config.reminderThresholds;
    const describe = <F>(
      facts: Labelled<F>[],
      rule: (facts: F, people: ReminderAudience, t: typeof thresholds) => ReminderOccurrenceDraft[],
    ) => facts.flatMap((fact) => rule(fact, people, thresholds).map((draft) => ({ ...draft, label: fact.label, link: fact.link })));
    const wants = (entity: ReminderEntity) => !only || only.entity === entity;
    const digestAt = digestDueAt(now, thresholds);
    const digests: Described[] =
      wants('user') && digestAt
        ? (await digestFacts(db, parisDay(digestAt), only?.id)).map((digest) => ({
            rule: 'daily_digest',
            entity: 'user',
            entityId: digest.userId,
            userId: digest.userId,
            dueAt: digestAt,
            label: `${digest.requests} demande(s) à échéance ou en retard, ${digest.cases} relance(s) d’accompagnement`,
            link: '/',
          }))
        : [];
    const drafts = [
      ...digests,
      ...(wants('request') ? describe(await requestFacts(db, only?.id), requestReminders) : []),
      ...(wants('case') ? describe(await caseFacts(db, only?.id), caseReminders) : []),
      ...(wants('assignment') ? describe(await assignmentFacts(db, only?.id), assignmentReminders) : []),
    ];
    return drafts.filter((draft) => isOwed(draft, now));
  }

  /** Records what is due and enqueues a delivery for every occurrence not yet settled. Returns how many were enqueued. */
  async reconcile(now = new Date()): Promise<number> {
    const due = await this.due(this.dataSource.manager, now);
    if (due.length > 0) {
      await this.dataSource.query(
        `INSERT INTO reminder_occurrences (rule, entity, entity_id, due_at, user_id)
         SELECT * FROM unnest($1::text[], $2::text[], $3::int[], $4::timestamptz[], $5::int[])
         ON CONFLICT (rule, entity, entity_id, due_at, user_id) DO NOTHING`,
        [
          due.map((d) => d.rule),
          due.map((d) => d.entity),
          due.map((d) => d.entityId),
          due.map((d) => d.dueAt.toISOString()),
          due.map((d) => d.userId),
        ],
      );
    }
    const pending: { id: string }[] = await this.dataSource.query(
      `SELECT id FROM reminder_occurrences WHERE status = 'scheduled' ORDER BY due_at`,
    );
    await this.queue.addBulk(
      pending.map(({ id }) => ({
        name: ReminderJob.Deliver,
        data: { occurrenceId: id, at: now.toISOString() } satisfies DeliverPayload,
        opts: {
          jobId: deliverJobId(id),
          attempts: 5,
          backoff: { type: 'exponential', delay: 2000 },
          removeOnComplete: true,
          removeOnFail: 1000,
        },
      })),
    );
    return pending.length;
  }

  /**
   * Delivers one occurrence if it still holds: a follow-up date that moved, a request answered
   * meanwhile, a case closed, make it stale instead. The occurrence row is locked, so two workers
   * delivering the same occurrence queue up and the second finds it settled.
   */
  async deliver(occurrenceId: string, at = new Date()): Promise<DeliveryOutcome> {
    const notification = await this.dataSource.transaction(async (tx) => {
      const occurrence = await tx.findOne(ReminderOccurrence, { where: { id: occurrenceId }, lock: { mode: 'pessimistic_write' } });
      if (!occurrence || occurrence.status !== 'scheduled') return 'already settled' as const;
      const current = await this.due(tx, new Date(Math.max(at.getTime(), occurrence.dueAt.getTime())), {
        entity: occurrence.entity,
        id: occurrence.entityId,
      });
      const holds = current.find(
        (draft) =>
          draft.rule === occurrence.rule && draft.userId === occurrence.userId && draft.dueAt.getTime() === occurrence.dueAt.getTime(),
      );
      await tx.update(ReminderOccurrence, { id: occurrence.id }, { status: holds ? 'delivered' : 'stale', settledAt: new Date() });
      if (!holds) return 'stale' as const;
      return tx.save(
        tx.create(Notification, {
          userId: occurrence.userId,
          rule: occurrence.rule,
          entity: occurrence.entity,
          entityId: occurrence.entityId,
          occurrenceId: occurrence.id,
          message: `${REMINDER_RULE_LABELS[occurrence.rule].fr} : ${holds.label}`,
        }),
      );
    });
    if (typeof notification === 'string') return notification;
    await this.queue.add(
      ReminderJob.Email,
      { notificationId: notification.id },
      {
        jobId: emailJobId(notification.id),
        attempts: 8,
        backoff: { type: 'exponential', delay: 5000 },
        removeOnComplete: true,
        removeOnFail: false,
      },
    );
    return 'delivered';
  }

  /** Sends a notification's e-mail once it succeeds; a failure is kept for admins and retried with backoff. */
  async email(notificationId: number): Promise<void> {
    const notification = await this.dataSource.manager.findOne(Notification, { where: { id: notificationId } });
    if (!notification || notification.emailedAt) return;
    const user = await this.dataSource.manager.findOneOrFail(User, { where: { id: notification.userId } });
    const link = await this.linkOf(notification);
    try {
      await this.mailer.send({
        to: user.email,
        subject: `[RESACOOP] ${notification.message}`,
        text: `Bonjour ${user.fullName},\n\n${notification.message}\n\nOuvrir la fiche : ${this.config.APP_ORIGIN}${link}\n\n— Le back-office RESACOOP`,
      });
    } catch (error) {
      await this.dataSource.manager.update(Notification, { id: notificationId }, { emailError: (error as Error).message.slice(0, 500) });
      this.logger.warn(`e-mail of notification ${notificationId} failed: ${(error as Error).message}`);
      throw error;
    }
    await this.dataSource.manager.update(Notification, { id: notificationId }, { emailedAt: new Date(), emailError: null });
  }

  private async linkOf(notification: Notification): Promise<string> {
    if (notification.entity === 'user') return '/';
    if (notification.entity === 'assignment') {
      const [row] = await this.dataSource.query(`SELECT case_id FROM assignments WHERE id = $1`, [notification.entityId]);
      return `/cases/${row?.case_id ?? ''}/show`;
    }
    return `/${notification.entity === 'case' ? 'cases' : 'requests'}/${notification.entityId}/show`;
  }
}
