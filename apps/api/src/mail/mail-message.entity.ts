import { Check, Column, Entity, Index, JoinColumn, ManyToOne, Unique } from 'typeorm';
import { BaseRecord } from '../common/base-record.entity';
import { User } from '../auth';
import { InformationRequest } from '../requests';

/** The audit trail's names for the e-mail channel's records. */
export const MAIL_MESSAGE_ENTITY = 'mail_message';
export const MAIL_ATTACHMENT_ENTITY = 'mail_attachment';

export const MAIL_DIRECTIONS = ['in', 'out'] as const;
export type MailDirection = (typeof MAIL_DIRECTIONS)[number];

/**
 * What became of a message read from a mailbox: it opened a request, joined one's thread, was
 * left alone as a robot's (auto-reply, bounce, list), or could not be read. Sent ones: `sent`
 * once the SMTP server took it, `queued` until then, `failed` when every retry was refused (the
 * reason in its note) until someone sends it again.
 */
export const MAIL_OUTCOMES = ['opened', 'joined', 'automated', 'unreadable', 'queued', 'sent', 'failed'] as const;
export type MailOutcome = (typeof MAIL_OUTCOMES)[number];

/**
 * One e-mail of a request's thread, received or sent. Its `messageKey` (the Message-ID, or a digest
 * of the message when it has none) is unique: a message read twice (a worker that died between
 * committing and moving it out of the inbox) is recognised and not processed again.
 */
@Entity('mail_messages')
@Unique('UQ_mail_messages_message_key', ['messageKey'])
@Check('CHK_mail_messages_direction', `"direction" IN ('in', 'out')`)
@Check('CHK_mail_messages_outcome', `"outcome" IN ('opened', 'joined', 'automated', 'unreadable', 'queued', 'sent', 'failed')`)
@Index('IDX_mail_messages_request', ['requestId', 'at'])
@Index('IDX_mail_messages_unsent', ['id'], { where: `outcome = 'queued'` })
export class MailMessage extends BaseRecord {
  @Column('text')
  messageKey: string;

  @Column('text')
  direction: MailDirection;

  @Column('text')
  outcome: MailOutcome;

  /** The mailbox it was read from (MAILBOXES' name), for a received message. */
  @Column('text', { nullable: true })
  mailbox: string | null;

  @Column('int', { nullable: true })
  requestId: number | null;

  @ManyToOne(() => InformationRequest, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'request_id', foreignKeyConstraintName: 'FK_mail_messages_request' })
  request?: InformationRequest;

  /** Who sent it from the desk. */
  @Column('int', { nullable: true })
  authorId: number | null;

  @ManyToOne(() => User, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'author_id', foreignKeyConstraintName: 'FK_mail_messages_author' })
  author?: User;

  @Column('text', { nullable: true })
  fromName: string | null;

  @Column('citext', { nullable: true })
  fromAddress: string | null;

  @Column('citext', { nullable: true })
  toAddress: string | null;

  @Column('text')
  subject: string;

  /** The text: the plain part, or the HTML part converted to text. */
  @Column('text')
  text: string;

  /** The HTML part as the console may show it: sanitised (sanitize-html), no script, no remote content. */
  @Column('text', { nullable: true })
  safeHtml: string | null;

  @Column('text', { nullable: true })
  inReplyTo: string | null;

  /** The thread's Message-IDs, space-separated, without brackets. */
  @Column('text', { nullable: true })
  references: string | null;

  /** Why it opened nothing (a robot's header), what could not be read of it, or why it could not be sent. */
  @Column('text', { nullable: true })
  note: string | null;

  /** When it was sent (the Date header, or the reading time without one), or written at the desk. */
  @Column('timestamptz')
  at: Date;

  @Column('timestamptz', { nullable: true })
  sentAt: Date | null;
}
