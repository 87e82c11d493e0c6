import { Column, Entity, Index, JoinColumn, ManyToOne } from 'typeorm';
import { BaseRecord } from '../common/base-record.entity';
import { InformationRequest } from '../requests';
import { MailMessage } from './mail-message.entity';

export { MAIL_ATTACHMENT_ENTITY } from './mail-message.entity';

/**
 * A file received with an e-mail, kept in PostgreSQL with its request (named here so that access
 * to it is access to the request). Served only as a download, never shown inline.
 */
@Entity('mail_attachments')
@Index('IDX_mail_attachments_request', ['requestId'])
export class MailAttachment extends BaseRecord {
  @Column('int')
  mailMessageId: number;

  @ManyToOne(() => MailMessage, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'mail_message_id', foreignKeyConstraintName: 'FK_mail_attachments_message' })
  mailMessage?: MailMessage;

  @Column('int')
  requestId: number;

  @ManyToOne(() => InformationRequest, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'request_id', foreignKeyConstraintName: 'FK_mail_attachments_request' })
  request?: InformationRequest;

  @Column('text')
  fileName: string;

  /** One of the kept types (ATTACHMENT_TYPES), as declared by the message and matching the file's extension. */
  @Column('text')
  contentType: string;

  @Column('int')
  size: number;

  /** The file itself: read only by the download. */
  @Column('bytea', { select: false })
  content?: Buffer;
}
