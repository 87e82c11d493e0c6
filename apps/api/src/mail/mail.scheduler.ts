import { InjectQueue } from '@nestjs/bullmq';
import { Injectable, Logger, type OnApplicationBootstrap, type OnModuleDestroy } from '@nestjs/common';
import type { Queue } from 'bullmq';
import { AppConfig } from '../config/app-config';
import { JOB_RETENTION } from '../reminders';
import { MAIL_QUEUE, MailJob } from './jobs';

/**
 * Registers the repeating round once per queue whatever the number of workers, and again if Redis
 * lost it (as the reminders' scheduler does).
 */
@Injectable()
export class MailScheduler implements OnApplicationBootstrap, OnModuleDestroy {
  private readonly logger = new Logger('Mail');
  private watch?: NodeJS.Timeout;

  constructor(
    @InjectQueue(MAIL_QUEUE) private readonly queue: Queue,
    private readonly config: AppConfig,
  ) {}

  async onApplicationBootstrap(): Promise<void> {
    await this.ensureScheduled();
    this.watch = setInterval(() => {
      this.ensureScheduled().catch((error: unknown) => this.logger.warn(`mail round schedule not checked: ${String(error)}`));
    }, this.config.MAIL_POLL_EVERY_MS);
    this.watch.unref();
  }

  onModuleDestroy(): void {
    clearInterval(this.watch);
  }

  private async ensureScheduled(): Promise<void> {
    if (await this.queue.getJobScheduler(MailJob.Round)) return;
    await this.queue.upsertJobScheduler(
      MailJob.Round,
      { every: this.config.MAIL_POLL_EVERY_MS },
      { name: MailJob.Round, data: {}, opts: JOB_RETENTION },
    );
  }
}
