import type { ReminderRule } from '@resacoop/domain';
import { Check, Column, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';

export type ReminderEntity = 'request' | 'case' | 'assignment' | 'event' | 'registration' | 'user';
export type OccurrenceStatus = 'scheduled' | 'delivered' | 'stale';

/**
 * One occurrence of a reminder: a rule, a record, the instant it became due and the person to
 * tell. Unique, so a retry, a re-enqueue or a second worker can never notify twice.
 */
@Entity('reminder_occurrences')
@Check('CHK_reminder_occurrences_status', `"status" IN ('scheduled', 'delivered', 'stale')`)
@Index('UQ_reminder_occurrences_key', ['rule', 'entity', 'entityId', 'dueAt', 'userId'], { unique: true })
@Index('IDX_reminder_occurrences_status', ['status', 'dueAt'])
export class ReminderOccurrence {
  @PrimaryGeneratedColumn({ type: 'bigint' })
  id: string;

  @Column('text')
  rule: ReminderRule;

  @Column('text')
  entity: ReminderEntity;

  @Column('int')
  entityId: number;

  @Column('timestamptz')
  dueAt: Date;

  @Column('int')
  userId: number;

  @Column('text', { default: 'scheduled' })
  status: OccurrenceStatus;

  @Column('timestamptz', { default: () => 'now()' })
  createdAt: Date;

  @Column('timestamptz', { nullable: true })
  settledAt: Date | null;

  /** When a registrant's reminder e-mail left (a user's is kept on their notification). */
  @Column('timestamptz', { nullable: true })
  emailedAt: Date | null;
}
