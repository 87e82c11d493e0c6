import { InjectQueue } from '@nestjs/bullmq';
import { Injectable, Logger, type OnApplicationBootstrap, type OnModuleDestroy } from '@nestjs/common';
import type { Queue } from 'bullmq';
import { AppConfig } from '../config/app-config';
import { JOB_RETENTION, REMINDER_QUEUE, ReminderJob } from './jobs';

/**
 * Registers the repeating reconciliation once per queue, whatever the number of workers, and
 * registers it again if Redis lost it: the schedule lives in Redis only, and a Redis flushed or
 * restarted without its data would otherwise stop every reminder until a worker restarts.
 */
@Injectable()
export class ReminderScheduler implements OnApplicationBootstrap, OnModuleDestroy {
  private readonly logger = new Logger('Reminders');
  private watch?: NodeJS.Timeout;

  constructor(
    @InjectQueue(REMINDER_QUEUE) private readonly queue: Queue,
    private readonly config: AppConfig,
  ) {}

  async onApplicationBootstrap(): Promise<void> {
    await this.ensureScheduled();
    this.watch = setInterval(() => {
      this.ensureScheduled().catch((error: unknown) => this.logger.warn(`reconciliation schedule not checked: ${String(error)}`));
    }, this.config.RECONCILE_EVERY_MS);
    this.watch.unref();
  }

  onModuleDestroy(): void {
    clearInterval(this.watch);
  }

  private async ensureScheduled(): Promise<void> {
    if (await this.queue.getJobScheduler(ReminderJob.Reconcile)) return;
    await this.queue.upsertJobScheduler(
      ReminderJob.Reconcile,
      { every: this.config.RECONCILE_EVERY_MS, startDate: Date.now() + this.config.RECONCILE_FIRST_DELAY_MS },
      // BullMQ would derive the same name (the scheduler's id) and options (the queue's defaults): the template says
      // them where the processor, which dispatches on the name, can be read against it.
      { name: ReminderJob.Reconcile, data: {}, opts: JOB_RETENTION },
    );
  }
}
