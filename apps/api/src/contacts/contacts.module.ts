import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { EventsModule } from '../events';
import { Contact } from './contact.entity';
import { ContactsController } from './contacts.controller';
import { ContactsService } from './contacts.service';
import { PersonalDataRead } from './personal-data-read.entity';
import { PersonalDataReadsService } from './personal-data-reads.service';

/** The directory's people, and the log of relay users' reads of them (GDPR), written as they read. */
@Module({
  imports: [TypeOrmModule.forFeature([Contact, PersonalDataRead]), EventsModule],
  controllers: [ContactsController],
  providers: [ContactsService, PersonalDataReadsService],
  exports: [ContactsService, PersonalDataReadsService],
})
export class ContactsModule {}
