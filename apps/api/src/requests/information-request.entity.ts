import {
  type RequestChannel,
  type RequestStatus,
  type RequestTopic,
  type Site,
  REQUEST_CHANNELS,
  REQUEST_STATUSES,
  REQUEST_TOPICS,
  SITES,
} from '@resacoop/domain';
import { Coded } from '../database/coded';
import { Check, Column, Entity, Index, JoinColumn, ManyToOne } from 'typeorm';
import { SupportCase } from '../cases';
import { BaseRecord } from '../common/base-record.entity';
import { Contact } from '../contacts';
import { Organisation } from '../organisations';
import { User } from '../auth';

/**
 * What the request search reads: reference, subject and requester, lower-case and without
 * accents, stored by PostgreSQL on every write in `search_text` and indexed by trigrams
 * (`IDX_requests_search_text`, a migration's).
 */
export const REQUEST_SEARCH_TEXT = `f_unaccent(lower(reference || ' ' || subject || ' ' || coalesce(requester_name, '')))`;

/** The column the request search runs on (a list filter's expression). */
export const REQUEST_SEARCH = '$alias.search_text';

/** A one-off information request: a ticket of the desk at Lyon or Clermont-Ferrand. */
@Entity('requests')
@Check('CHK_requests_site', `"site" IN ('lyon', 'clermont')`)
@Check('CHK_requests_channel', `"channel" IN ('phone', 'email', 'walk_in', 'event', 'web_form', 'other')`)
@Check(
  'CHK_requests_topic',
  `"topic" IN ('funding', 'partnership', 'project_design', 'volunteering', 'jobs_internships', 'training', 'ecsi', 'events', 'directory', 'other')`,
)
@Check('CHK_requests_status', `"status" IN ('new', 'in_progress', 'waiting', 'answered', 'closed', 'converted')`)
@Check('CHK_requests_converted', `"status" <> 'converted' OR "case_id" IS NOT NULL`)
@Check('CHK_requests_requester', `"organisation_id" IS NOT NULL OR "contact_id" IS NOT NULL OR "requester_name" IS NOT NULL`)
@Check('CHK_requests_minutes', `"minutes_spent" >= 0`)
@Check('CHK_requests_answered', `"status" NOT IN ('answered', 'closed') OR "answered_at" IS NOT NULL`)
@Index('IDX_requests_search_text', { synchronize: false })
/**
 * The open queue, a site's or an adviser's, by due date: only the open requests (a few thousand of
 * hundreds of thousands), already in the list's order with its id tie-break. The predicate is the
 * `open` filter of requests.service.ts word for word, so the planner can match it.
 */
@Index('IDX_requests_open_site_due', ['site', 'dueAt', 'id'], { where: `status IN ('new', 'in_progress', 'waiting')` })
@Index('IDX_requests_open_assignee_due', ['assigneeId', 'dueAt', 'id'], { where: `status IN ('new', 'in_progress', 'waiting')` })
@Index('IDX_requests_site_status_due', ['site', 'status', 'dueAt'])
@Index('IDX_requests_status_due', ['status', 'dueAt'])
@Index('IDX_requests_assignee_status', ['assigneeId', 'status', 'dueAt'])
// (received_at) INCLUDE (answered_at, due_at): TypeORM cannot declare INCLUDE.
@Index('IDX_requests_received_covering', { synchronize: false })
@Index('IDX_requests_answered_at', ['answeredAt'])
export class InformationRequest extends BaseRecord {
  @Column('text', { unique: true })
  reference: string;

  @Coded(SITES)
  @Column('text')
  site: Site;

  @Coded(REQUEST_CHANNELS)
  @Column('text')
  channel: RequestChannel;

  @Coded(REQUEST_TOPICS)
  @Column('text')
  topic: RequestTopic;

  @Column('text')
  subject: string;

  @Column('text')
  question: string;

  @Index('IDX_requests_organisation_id')
  @Column('int', { nullable: true })
  organisationId: number | null;

  @ManyToOne(() => Organisation, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'organisation_id' })
  organisation?: Organisation;

  @Index('IDX_requests_contact_id')
  @Column('int', { nullable: true })
  contactId: number | null;

  @ManyToOne(() => Contact, { onDelete: 'RESTRICT' })
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

  @Coded(REQUEST_STATUSES)
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

  /** The support case this request became (its status is then `converted`). */
  @Index('IDX_requests_case_id')
  @Column('int', { nullable: true })
  caseId: number | null;

  @ManyToOne(() => SupportCase, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'case_id' })
  supportCase?: SupportCase;

  /** Generated by PostgreSQL (see REQUEST_SEARCH_TEXT): never selected, inserted or updated by the API. */
  @Column({ type: 'text', select: false, insert: false, update: false, generatedType: 'STORED', asExpression: REQUEST_SEARCH_TEXT })
  searchText?: string;
}
