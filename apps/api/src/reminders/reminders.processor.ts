import { Processor, WorkerHost } from '@nestjs/bullmq';
import type { Job } from 'bullmq';
import { loadConfig } from '../config/app-config';
import { REMINDER_QUEUE, ReminderJob, type DeliverPayload, type EmailPayload, type ReconcilePayload } from './jobs';
import { RemindersService } from './reminders.service';

const { WORKER_LOCK_MS } = loadConfig();

/**
 * The worker side of the reminder queue: each job hands its named payload to the service.
 * Worker options are fixed when the class is declared, hence the configuration read here.
 */
@Processor(REMINDER_QUEUE, { concurrency: 8, lockDuration: WORKER_LOCK_MS, stalledInterval: WORKER_LOCK_MS })
export class RemindersProcessor extends WorkerHost {
  constructor(private readonly reminders: RemindersService) {
    super();
  }

  async process(job: Job): Promise<unknown> {
    switch (job.name) {
      case ReminderJob.Reconcile:
        return this.reminders.reconcile((job.data as ReconcilePayload).now ? new Date((job.data as ReconcilePayload).now!) : new Date());
      case ReminderJob.Deliver:
        return this.reminders.deliver((job.data as DeliverPayload).occurrenceId, new Date((job.data as DeliverPayload).at));
      case ReminderJob.Email:
        return this.reminders.email((job.data as EmailPayload).notificationId);
      default:
        throw new Error(`unknown reminder job ${job.name}`);
    }
  }
}
