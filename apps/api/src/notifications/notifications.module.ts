import { Module } from '@nestjs/common';
import { QueueModule } from '../reminders/queue.module';
import { QueuesController } from '../reminders/queues.controller';
import { NotificationsController } from './notifications.controller';
import { NotificationsService } from './notifications.service';

/** The API's side of reminders: the bell, and the queue overview for admins. */
@Module({
  imports: [QueueModule],
  controllers: [NotificationsController, QueuesController],
  providers: [NotificationsService],
})
export class NotificationsModule {}
