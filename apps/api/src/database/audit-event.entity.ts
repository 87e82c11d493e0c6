import { Column, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';

export type AuditAction = 'create' | 'update' | 'delete' | 'erase' | 'merge';

export interface AuditChanges {
  before: Record<string, unknown> | null;
  after: Record<string, unknown> | null;
}

/** One write, kept for the record's history: who, when, and the fields before and after. */
@Entity('audit_events')
@Index('IDX_audit_events_entity', ['entity', 'entityId', 'at'])
@Index('IDX_audit_events_actor', ['actorId', 'at'])
@Index('IDX_audit_events_at', ['at'])
export class AuditEvent {
  @PrimaryGeneratedColumn({ type: 'bigint' })
  id: string;

  /** Null for writes made by the system itself (seeding, scheduled jobs). */
  @Column('int', { nullable: true })
  actorId: number | null;

  @Column('text')
  action: AuditAction;

  @Column('text')
  entity: string;

  @Column('int')
  entityId: number;

  @Column('jsonb')
  changes: AuditChanges;

  @Column('timestamptz', { default: () => 'now()' })
  at: Date;
}
