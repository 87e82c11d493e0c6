import { Module } from '@nestjs/common';
import { MailerModule } from './mailer.module';
import { QueueModule } from './queue.module';
import { ReminderScheduler } from './reminder-scheduler';
import { EmailsProcessor, RemindersProcessor } from './reminders.processor';
import { RemindersService } from './reminders.service';

/** The worker's reminders: the processors, the repeating reconciliation, delivery and e-mail. */
@Module({
  imports: [QueueModule, MailerModule],
  providers: [RemindersService, RemindersProcessor, EmailsProcessor, ReminderScheduler],
  exports: [RemindersService],
})
export class RemindersModule {}
