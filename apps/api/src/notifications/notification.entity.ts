import { type Message, type MessageKey, type ReminderRule, REMINDER_RULES } from '@resacoop/domain';
import { Coded } from '../database/coded';
import { Column, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import { ReminderOccurrence, type ReminderEntity } from '../reminders';
import { User } from '../auth';

/** What a reminder told one user, in the app (the bell) and by e-mail. */
@Entity('notifications')
@Index('IDX_notifications_user', ['userId', 'readAt', 'createdAt'])
@Index('IDX_notifications_unsent', ['id'], { where: 'emailed_at IS NULL' })
export class Notification {
  @PrimaryGeneratedColumn()
  id: number;

  @Column('int')
  userId: number;

  @ManyToOne(() => User, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'user_id' })
  user?: User;

  @Coded(REMINDER_RULES)
  @Column('text')
  rule: ReminderRule;

  @Column('text')
  entity: ReminderEntity;

  @Column('int')
  entityId: number;

  /** The text in French, as written at settlement: what a notification without a key shows in every language. */
  @Column('text')
  message: string;

  /** The catalogue key and parameters of the text, rendered in the reader's language (null on older rows). */
  @Column('text', { nullable: true })
  messageKey: MessageKey | null;

  @Column('jsonb', { nullable: true })
  messageParams: Message['params'] | null;

  /** One notification per occurrence: the database refuses a second. */
  @Index('UQ_notifications_occurrence', { unique: true })
  @Column('bigint')
  occurrenceId: string;

  @ManyToOne(() => ReminderOccurrence, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'occurrence_id' })
  occurrence?: ReminderOccurrence;

  @Column('timestamptz', { default: () => 'now()' })
  createdAt: Date;

  @Column('timestamptz', { nullable: true })
  readAt: Date | null;

  @Column('timestamptz', { nullable: true })
  emailedAt: Date | null;

  /** The last e-mail failure, shown to admins; null once sent. */
  @Column('text', { nullable: true })
  emailError: string | null;
}
