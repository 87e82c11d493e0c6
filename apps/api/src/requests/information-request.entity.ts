import type { RequestChannel, RequestStatus, RequestTopic, Site } from '@resacoop/domain';
import { Check, Column, Entity, Index, JoinColumn, ManyToOne } from 'typeorm';
import { SupportCase } from '../cases/support-case.entity';
import { BaseRecord } from '../common/base-record.entity';
import { Contact } from '../contacts/contact.entity';
import { Organisation } from '../organisations/organisation.entity';
import { User } from '../users/user.entity';

export const REQUEST_SEARCH = `f_unaccent(lower($alias.reference || ' ' || $alias.subject || ' ' || coalesce($alias.requester_name, '')))`;

/** A one-off information request: a ticket of the desk at Lyon or Clermont-Ferrand. */
@Entity('requests')
@Check('CHK_requests_site', `"site" IN ('lyon', 'clermont')`)
@Check('CHK_requests_channel', `"channel" IN ('phone', 'email', 'walk_in', 'event', 'web_form', 'other')`)
@Check(
  'CHK_requests_topic',
  `"topic" IN ('funding', 'partnership', 'project_design', 'volunteering', 'jobs_internships', 'training', 'ecsi', 'events', 'directory', 'other')`,
)
@Check('CHK_requests_status', `"status" IN ('new', 'in_progress', 'waiting', 'answered', 'closed')`)
@Check('CHK_requests_requester', `"organisation_id" IS NOT NULL OR "contact_id" IS NOT NULL OR "requester_name" IS NOT NULL`)
@Check('CHK_requests_minutes', `"minutes_spent" >= 0`)
@Check('CHK_requests_answered', `"status" NOT IN ('answered', 'closed') OR "answered_at" IS NOT NULL`)
@Index('IDX_requests_search', { synchronize: false })
@Index('IDX_requests_site_status_due', ['site', 'status', 'dueAt'])
@Index('IDX_requests_status_due', ['status', 'dueAt'])
@Index('IDX_requests_assignee_status', ['assigneeId', 'status', 'dueAt'])
@Index('IDX_requests_received_at', ['receivedAt'])
@Index('IDX_requests_answered_at', ['answeredAt'])
export class InformationRequest extends BaseRecord {
  @Column('text', { unique: true })
  reference: string;

  @Column('text')
  site: Site;

  @Column('text')
  channel: RequestChannel;

  @Column('text')
  topic: RequestTopic;

  @Column('text')
  subject: string;

  @Column('text')
  question: string;

  @Index('IDX_requests_organisation_id')
  @Column('int', { nullable: true })
  organisationId: number | null;

  @ManyToOne(() => Organisation, { onDelete: 'SET NULL' })
  @JoinColumn({ name: 'organisation_id' })
  organisation?: Organisation;

  @Index('IDX_requests_contact_id')
  @Column('int', { nullable: true })
  contactId: number | null;

  @ManyToOne(() => Contact, { onDelete: 'SET NULL' })
  @JoinColumn({ name: 'contact_id' })
  contact?: Contact;

  @Column('text', { nullable: true })
  requesterName: string | null;

  @Column('citext', { nullable: true })
  requesterEmail: string | null;

  @Column('int', { nullable: true })
  assigneeId: number | null;

  @ManyToOne(() => User, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'assignee_id' })
  assignee?: User;

  @Column('text', { default: 'new' })
  status: RequestStatus;

  @Column('timestamptz')
  receivedAt: Date;

  @Column('timestamptz')
  dueAt: Date;

  /** Set while the request waits on its requester: the SLA clock is paused since then. */
  @Column('timestamptz', { nullable: true })
  waitingSince: Date | null;

  @Column('timestamptz', { nullable: true })
  firstResponseAt: Date | null;

  @Column('timestamptz', { nullable: true })
  answeredAt: Date | null;

  @Column('text', { nullable: true })
  answer: string | null;

  @Column('int', { default: 0 })
  minutesSpent: number;

  /** The support case this request became. */
  @Index('IDX_requests_case_id')
  @Column('int', { nullable: true })
  caseId: number | null;

  @ManyToOne(() => SupportCase, { onDelete: 'SET NULL' })
  @JoinColumn({ name: 'case_id' })
  supportCase?: SupportCase;
}
