import { InjectQueue } from '@nestjs/bullmq';
import { Injectable, type OnApplicationBootstrap } from '@nestjs/common';
import type { Queue } from 'bullmq';
import { AppConfig } from '../config/app-config';
import { REMINDER_QUEUE, ReminderJob } from './jobs';

/** Registers the repeating reconciliation once per queue, whatever the number of workers. */
@Injectable()
export class ReminderScheduler implements OnApplicationBootstrap {
  constructor(
    @InjectQueue(REMINDER_QUEUE) private readonly queue: Queue,
    private readonly config: AppConfig,
  ) {}

  async onApplicationBootstrap(): Promise<void> {
    await this.queue.upsertJobScheduler(
      ReminderJob.Reconcile,
      { every: this.config.RECONCILE_EVERY_MS },
      { name: ReminderJob.Reconcile, data: {} },
    );
  }
}
