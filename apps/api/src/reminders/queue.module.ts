import { BullModule } from '@nestjs/bullmq';
import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { AppConfig } from '../config/app-config';
import { EMAIL_QUEUE, JOB_RETENTION, REMINDER_QUEUE } from './jobs';
import { ReminderOccurrence } from './reminder-occurrence.entity';

/**
 * What the API and the worker share of reminders: the BullMQ connection and the reminder queues
 * (deliveries, e-mails), on the app's Redis and key prefix, and the occurrences' table.
 */
@Module({
  imports: [
    TypeOrmModule.forFeature([ReminderOccurrence]),
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
