/** Reminders, for the API's side of them (notifications): the queues, their overview, the occurrences. */
export { QueueModule } from './queue.module';
export { QueuesController } from './queues.controller';
export { ReminderOccurrence, type ReminderEntity } from './reminder-occurrence.entity';
