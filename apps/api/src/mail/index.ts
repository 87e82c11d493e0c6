/** The e-mail channel, for the roots and the other features: its modules, its record and the mailboxes' state. */
export { MailAttachment } from './mail-attachment.entity';
export { MAIL_ATTACHMENT_ENTITY, MAIL_MESSAGE_ENTITY, MailMessage } from './mail-message.entity';
export { MailModule } from './mail.module';
export { MailWorkerModule } from './mail-worker.module';
export { MailboxStatus, type MailboxState } from './mailbox-status';
export { ThreadService } from './thread.service';
