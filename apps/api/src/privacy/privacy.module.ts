import { Module } from '@nestjs/common';
import { ContactsModule } from '../contacts';
import { EventsModule } from '../events';
import { MailModule } from '../mail';
import { PersonalDataReadsController } from './personal-data-reads.controller';
import { PrivacyController } from './privacy.controller';
import { PrivacyService } from './privacy.service';

/** The GDPR: a person's data handed over or erased, and the log of relay users' reads of contacts shown to admins. */
@Module({
  imports: [ContactsModule, EventsModule, MailModule],
  controllers: [PrivacyController, PersonalDataReadsController],
  providers: [PrivacyService],
})
export class PrivacyModule {}
