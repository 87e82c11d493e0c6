import { type InteractionKind, INTERACTION_KINDS } from '@resacoop/domain';
import { Coded } from '../database/coded';
import { Check, Column, Entity, Index, JoinColumn, ManyToOne } from 'typeorm';
// The case and the request this entry belongs to are named, not imported: their features write
// timeline entries, so a value import back would close a cycle (types only: .dependency-cruiser.cjs).
import type { SupportCase } from '../cases';
import { BaseRecord } from '../common/base-record.entity';
import type { InformationRequest } from '../requests';
import { User } from '../auth';

/** One entry of the timeline of a request or of a case: a note, a call, an e-mail, a meeting, or a status or stage change written by the system. */
@Entity('interactions')
@Check('CHK_interactions_kind', `"kind" IN ('note', 'call', 'email', 'meeting', 'status_change', 'stage_change')`)
@Check('CHK_interactions_minutes', `"minutes_spent" >= 0`)
@Check('CHK_interactions_subject', `("request_id" IS NULL) <> ("case_id" IS NULL)`)
/** A timeline, newest first with the id tie-break, read backwards from these (no sort step). */
@Index('IDX_interactions_request_timeline', ['requestId', 'occurredAt', 'id'])
@Index('IDX_interactions_case_timeline', ['caseId', 'occurredAt', 'id'])
@Index('IDX_interactions_occurred_at', ['occurredAt'])
export class Interaction extends BaseRecord {
  @Column('int', { nullable: true })
  requestId: number | null;

  @ManyToOne('InformationRequest', { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'request_id' })
  request?: InformationRequest;

  @Column('int', { nullable: true })
  caseId: number | null;

  @ManyToOne('SupportCase', { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'case_id' })
  supportCase?: SupportCase;

  @Coded(INTERACTION_KINDS)
  @Column('text')
  kind: InteractionKind;

  @Column('int', { nullable: true })
  authorId: number | null;

  @ManyToOne(() => User, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'author_id' })
  author?: User;

  @Column('timestamptz', { default: () => 'now()' })
  occurredAt: Date;

  @Column('int', { default: 0 })
  minutesSpent: number;

  @Column('text')
  body: string;
}
