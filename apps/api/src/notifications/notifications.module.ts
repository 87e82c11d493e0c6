import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { QueueModule, QueuesController } from '../reminders';
import { NotificationsController } from './notifications.controller';
import { NotificationsService } from './notifications.service';
import { Notification } from './notification.entity';

/** The API's side of reminders: the bell, and the queue overview for admins. */
@Module({
  imports: [TypeOrmModule.forFeature([Notification]), QueueModule],
  controllers: [NotificationsController, QueuesController],
  providers: [NotificationsService],
})
export class NotificationsModule {}
