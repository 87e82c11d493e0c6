import { Processor } from '@nestjs/bullmq';
import type { Job } from 'bullmq';
import { DrainingWorkerHost } from '../common/draining-worker-host';
import { loadConfig } from '../config/app-config';
import {
  EMAIL_QUEUE,
  REMINDER_QUEUE,
  ReminderJob,
  type DeliverPayload,
  type EmailPayload,
  type ReconcilePayload,
  type RegistrantEmailPayload,
} from './jobs';
import { RemindersService } from './reminders.service';

const { WORKER_LOCK_MS, SMTP_MAX_CONNECTIONS } = loadConfig();

/**
 * Deliveries at once. The deliveries in flight share their statements (RemindersService batches
 * them): the more at once, the fewer round trips each, and the pool of 10 connections is never
 * the limit.
 */
const DELIVERY_CONCURRENCY = 16;
/** E-mail jobs at once: several per SMTP connection, so that one is always ready while another is transmitted. */
const EMAIL_CONCURRENCY = 4 * SMTP_MAX_CONNECTIONS;

/**
 * The worker side of the reminder queue: each job hands its named payload to the service.
 * Worker options are fixed when the class is declared, hence the configuration read here.
 */
@Processor(REMINDER_QUEUE, { concurrency: DELIVERY_CONCURRENCY, lockDuration: WORKER_LOCK_MS, stalledInterval: WORKER_LOCK_MS })
export class RemindersProcessor extends DrainingWorkerHost {
  constructor(private readonly reminders: RemindersService) {
    super();
  }

  async process(job: Job): Promise<unknown> {
    switch (job.name) {
      case ReminderJob.Reconcile:
        return this.reminders.reconcile((job.data as ReconcilePayload).now ? new Date((job.data as ReconcilePayload).now!) : new Date());
      case ReminderJob.Deliver: {
        const { occurrenceId, at, occurrence } = job.data as DeliverPayload;
        return this.reminders.deliver(occurrenceId, new Date(at), occurrence);
      }
      // E-mail jobs enqueued here before they had a queue of their own.
      case ReminderJob.Email:
        return this.reminders.email((job.data as EmailPayload).notificationId);
      default:
        throw new Error(`unknown reminder job ${job.name}`);
    }
  }
}

/** The e-mail queue's worker: its own concurrency, so e-mails go out while deliveries are still running. */
@Processor(EMAIL_QUEUE, { concurrency: EMAIL_CONCURRENCY, lockDuration: WORKER_LOCK_MS, stalledInterval: WORKER_LOCK_MS })
export class EmailsProcessor extends DrainingWorkerHost {
  constructor(private readonly reminders: RemindersService) {
    super();
  }

  async process(job: Job): Promise<unknown> {
    switch (job.name) {
      case ReminderJob.Email:
        return this.reminders.email((job.data as EmailPayload).notificationId);
      case ReminderJob.RegistrantEmail:
        return this.reminders.registrantEmail((job.data as RegistrantEmailPayload).occurrenceId);
      default:
        throw new Error(`unknown e-mail job ${job.name}`);
    }
  }
}
