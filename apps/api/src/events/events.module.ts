import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { CollectiveEvent } from './collective-event.entity';
import { EventsController } from './events.controller';
import { EventsService } from './events.service';
import { Registration } from './registration.entity';
import { RegistrationsController } from './registrations.controller';
import { RegistrationsService } from './registrations.service';
import { MailerModule } from '../reminders';
import { PublicEventsController } from './public-events.controller';
import { PublicUnsubscribeController } from './public-unsubscribe.controller';
import { PublicRegistrationLimiter } from './public-registration-limiter';
import { PublicRegistrationsService } from './public-registrations.service';

/** Collective events ("temps collectifs") and their registrations and attendance. */
@Module({
  imports: [TypeOrmModule.forFeature([CollectiveEvent, Registration]), MailerModule],
  controllers: [EventsController, RegistrationsController, PublicEventsController, PublicUnsubscribeController],
  providers: [EventsService, RegistrationsService, PublicRegistrationsService, PublicRegistrationLimiter],
  exports: [EventsService, RegistrationsService],
})
export class EventsModule {}
