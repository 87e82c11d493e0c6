import { BullModule } from '@nestjs/bullmq';
import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { QueueModule } from '../reminders';
import { RequestsModule } from '../requests';
import { MAIL_QUEUE } from './jobs';
import { MailController } from './mail.controller';
import { MailAttachment } from './mail-attachment.entity';
import { MailMessage } from './mail-message.entity';
import { MailboxStatus } from './mailbox-status';
import { OutboundService } from './outbound.service';
import { ThreadService } from './thread.service';

/** The e-mail channel in the API: a request's thread, answers by e-mail (queued for the worker), the mailboxes' state. */
@Module({
  imports: [
    TypeOrmModule.forFeature([MailMessage, MailAttachment]),
    QueueModule,
    BullModule.registerQueue({ name: MAIL_QUEUE }),
    RequestsModule,
  ],
  controllers: [MailController],
  providers: [OutboundService, ThreadService, MailboxStatus],
  exports: [OutboundService, MailboxStatus, ThreadService, BullModule],
})
export class MailModule {}
