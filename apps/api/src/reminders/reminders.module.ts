import { Module } from '@nestjs/common';
import { MailerService } from './mailer.service';
import { QueueModule } from './queue.module';
import { ReminderScheduler } from './reminder-scheduler';
import { RemindersProcessor } from './reminders.processor';
import { RemindersService } from './reminders.service';

/** The worker's reminders: the processor, the repeating reconciliation, delivery and e-mail. */
@Module({
  imports: [QueueModule],
  providers: [RemindersService, MailerService, RemindersProcessor, ReminderScheduler],
  exports: [RemindersService],
})
export class RemindersModule {}
