import { type Stage, STAGES } from '@resacoop/domain';
import { Coded } from '../database/coded';
import { Column, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import { User } from '../auth';
import { SupportCase } from './support-case.entity';

/** One move of a case along the project cycle: the stage history, who moved it and when. */
@Entity('case_stage_changes')
@Index('IDX_case_stage_changes_case', ['caseId', 'changedAt'])
export class StageChange {
  @PrimaryGeneratedColumn()
  id: number;

  @Column('int')
  caseId: number;

  @ManyToOne(() => SupportCase, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'case_id' })
  supportCase?: SupportCase;

  /** Null for the stage a case was opened at. */
  @Coded(STAGES)
  @Column('text', { nullable: true })
  fromStage: Stage | null;

  @Coded(STAGES)
  @Column('text')
  toStage: Stage;

  @Column('int', { nullable: true })
  changedById: number | null;

  @ManyToOne(() => User, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'changed_by_id' })
  changedBy?: User;

  @Column('timestamptz', { default: () => 'now()' })
  changedAt: Date;
}
