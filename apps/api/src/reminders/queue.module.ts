import { BullModule } from '@nestjs/bullmq';
import { Module } from '@nestjs/common';
import { AppConfig } from '../config/app-config';
import { EMAIL_QUEUE, JOB_RETENTION, REMINDER_QUEUE } from './jobs';

/** The BullMQ connection and the reminder queues (deliveries, e-mails), on the app's Redis and key prefix. */
@Module({
  imports: [
    BullModule.forRootAsync({
      inject: [AppConfig],
      useFactory: (config: AppConfig) => ({
        connection: { url: config.REDIS_URL, maxRetriesPerRequest: null },
        prefix: `${config.REDIS_PREFIX}:bull`,
        defaultJobOptions: JOB_RETENTION,
      }),
    }),
    BullModule.registerQueue({ name: REMINDER_QUEUE }, { name: EMAIL_QUEUE }),
  ],
  exports: [BullModule],
})
export class QueueModule {}
