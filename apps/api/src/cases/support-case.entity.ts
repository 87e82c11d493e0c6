import type { CaseOutcome, CaseStatus, Site, Stage, Zone } from '@resacoop/domain';
import { Check, Column, Entity, Index, JoinColumn, ManyToOne } from 'typeorm';
import { BaseRecord } from '../common/base-record.entity';
import { Organisation } from '../organisations/organisation.entity';
import { User } from '../users/user.entity';

export const CASE_SEARCH = `f_unaccent(lower($alias.reference || ' ' || $alias.project_title))`;

/** A support case (accompagnement): a project holder followed across the project cycle. */
@Entity('cases')
@Check('CHK_cases_site', `"site" IN ('lyon', 'clermont')`)
@Check('CHK_cases_stage', `"stage" IN ('design', 'funding_search', 'partner_search', 'implementation', 'reporting', 'communication')`)
@Check('CHK_cases_status', `"status" IN ('open', 'on_hold', 'closed')`)
@Check('CHK_cases_outcome', `("status" = 'closed') = ("outcome" IS NOT NULL)`)
@Check('CHK_cases_outcome_value', `"outcome" IS NULL OR "outcome" IN ('funded', 'completed', 'redirected', 'abandoned')`)
@Check('CHK_cases_follow_up', `"status" <> 'open' OR "next_follow_up_at" IS NOT NULL`)
@Check('CHK_cases_closed_at', `("status" = 'closed') = ("closed_at" IS NOT NULL)`)
@Check('CHK_cases_funding', `"funding_sought_eur" >= 0 AND "funding_obtained_eur" >= 0`)
@Index('IDX_cases_search', { synchronize: false })
@Index('IDX_cases_zones', { synchronize: false })
@Index('IDX_cases_status_stage', ['status', 'stage'])
@Index('IDX_cases_adviser_status', ['adviserId', 'status', 'nextFollowUpAt'])
@Index('IDX_cases_site_status', ['site', 'status', 'nextFollowUpAt'])
@Index('IDX_cases_next_follow_up', ['nextFollowUpAt'])
@Index('IDX_cases_opened_at', ['openedAt'])
@Index('IDX_cases_closed_at', ['closedAt'])
export class SupportCase extends BaseRecord {
  @Column('text', { unique: true })
  reference: string;

  @Index('IDX_cases_organisation_id')
  @Column('int')
  organisationId: number;

  @ManyToOne(() => Organisation, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'organisation_id' })
  organisation?: Organisation;

  @Column('text')
  projectTitle: string;

  @Column('text', { nullable: true })
  projectSummary: string | null;

  /** ISO 3166-1 alpha-2 codes. */
  @Column('text', { array: true, default: () => "'{}'" })
  countries: string[];

  /** Derived from the countries, stored so lists and figures can filter and count on it. */
  @Column('text', { array: true, default: () => "'{}'" })
  zones: Zone[];

  @Column('int', { array: true, default: () => "'{}'" })
  sdgs: number[];

  @Column('int')
  adviserId: number;

  @ManyToOne(() => User, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'adviser_id' })
  adviser?: User;

  @Column('text')
  site: Site;

  @Column('text', { default: 'design' })
  stage: Stage;

  @Column('text', { default: 'open' })
  status: CaseStatus;

  @Column('text', { nullable: true })
  outcome: CaseOutcome | null;

  /** A calendar day: when the adviser should next get in touch. Required while open. */
  @Column('date', { nullable: true })
  nextFollowUpAt: string | null;

  @Column('int', { default: 0 })
  fundingSoughtEur: number;

  @Column('int', { default: 0 })
  fundingObtainedEur: number;

  @Column('text', { array: true, default: () => "'{}'" })
  funders: string[];

  @Column('timestamptz', { default: () => 'now()' })
  openedAt: Date;

  @Column('timestamptz', { nullable: true })
  closedAt: Date | null;
}
