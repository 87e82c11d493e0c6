/** Reminders, for the other features: the queues, their overview, the occurrences (notifications), and the e-mail pool. */
export { MailerModule } from './mailer.module';
export { MailerService } from './mailer.service';
export { JOB_RETENTION } from './jobs';
export { QueueModule } from './queue.module';
export { QueuesController } from './queues.controller';
export { ReminderOccurrence, type ReminderEntity } from './reminder-occurrence.entity';
