import type { InteractionKind } from '@resacoop/domain';
import { Check, Column, Entity, Index, JoinColumn, ManyToOne } from 'typeorm';
import { BaseRecord } from '../common/base-record.entity';
import { InformationRequest } from '../requests/information-request.entity';
import { User } from '../users/user.entity';

/** One entry of a timeline: a note, a call, an e-mail, a meeting, or a status change written by the system. */
@Entity('interactions')
@Check('CHK_interactions_kind', `"kind" IN ('note', 'call', 'email', 'meeting', 'status_change', 'stage_change')`)
@Check('CHK_interactions_minutes', `"minutes_spent" >= 0`)
@Index('IDX_interactions_request', ['requestId', 'occurredAt'])
export class Interaction extends BaseRecord {
  @Column('int', { nullable: true })
  requestId: number | null;

  @ManyToOne(() => InformationRequest, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'request_id' })
  request?: InformationRequest;

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
