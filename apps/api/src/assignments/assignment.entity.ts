import { type AssignmentStatus, ASSIGNMENT_STATUSES } from '@resacoop/domain';
import { Coded } from '../database/coded';
import { Check, Column, Entity, Index, JoinColumn, ManyToOne, VirtualColumn } from 'typeorm';
import { SupportCase } from '../cases';
import { BaseRecord } from '../common/base-record.entity';
import { Relay } from '../relays';
import { User } from '../auth';

/** A case handed to a departmental relay. */
@Entity('assignments')
@Check('CHK_assignments_status', `"status" IN ('proposed', 'accepted', 'completed', 'declined', 'withdrawn')`)
@Check('CHK_assignments_decline_reason', `"status" <> 'declined' OR "decline_reason" IS NOT NULL`)
@Index('IDX_assignments_case', ['caseId', 'status'])
@Index('IDX_assignments_relay', ['relayId', 'status'])
@Index('IDX_assignments_assigned_at', ['assignedAt'])
@Index('IDX_assignments_acknowledged_at', ['acknowledgedAt'])
@Index('IDX_assignments_proposed', ['assignedAt', 'id'], { where: `status = 'proposed'` })
// At most one live assignment per case and relay.
@Index('UQ_assignments_live', { synchronize: false })
export class Assignment extends BaseRecord {
  @Column('int')
  caseId: number;

  @ManyToOne(() => SupportCase, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'case_id' })
  supportCase?: SupportCase;

  @Column('int')
  relayId: number;

  @ManyToOne(() => Relay, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'relay_id' })
  relay?: Relay;

  @Coded(ASSIGNMENT_STATUSES)
  @Column('text', { default: 'proposed' })
  status: AssignmentStatus;

  @Column('text', { nullable: true })
  declineReason: string | null;

  @Column('int', { nullable: true })
  assignedById: number | null;

  @ManyToOne(() => User, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'assigned_by_id' })
  assignedBy?: User;

  @Column('timestamptz', { default: () => 'now()' })
  assignedAt: Date;

  /** When a relay user accepted or declined. */
  @Column('timestamptz', { nullable: true })
  acknowledgedAt: Date | null;

  @Column('int', { nullable: true })
  acknowledgedById: number | null;

  @Column('timestamptz', { nullable: true })
  completedAt: Date | null;

  /** Read with the assignment: a relay still knows which case a completed or declined one was, without reading the case. */
  @VirtualColumn({ type: 'text', query: (alias) => `SELECT c.reference FROM cases c WHERE c.id = ${alias}.case_id` })
  caseReference?: string;

  @VirtualColumn({ type: 'text', query: (alias) => `SELECT c.project_title FROM cases c WHERE c.id = ${alias}.case_id` })
  projectTitle?: string;
}
