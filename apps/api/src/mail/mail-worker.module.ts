import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { User } from '../auth';
import { ContactsModule } from '../contacts';
import { Organisation } from '../organisations';
import { Relay } from '../relays';
import { MailerModule } from '../reminders';
import { RequestsModule } from '../requests';
import { InboundService } from './inbound.service';
import { MailModule } from './mail.module';
import { MailProcessor } from './mail.processor';
import { MailScheduler } from './mail.scheduler';
import { MailboxReader } from './mailbox-reader';
import { MailboxWatcher } from './mailbox-watcher';

/** The e-mail channel in the worker: reading the mailboxes, sending the desk's e-mails. */
@Module({
  imports: [
    MailModule,
    MailerModule,
    RequestsModule,
    ContactsModule,
    // The worker maps only its modules' entities: these are the others a request is linked to.
    TypeOrmModule.forFeature([Organisation, User, Relay]),
  ],
  providers: [InboundService, MailboxReader, MailProcessor, MailScheduler, MailboxWatcher],
})
export class MailWorkerModule {}
