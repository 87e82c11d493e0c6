import { Column, Entity, Index, JoinColumn, ManyToOne } from 'typeorm';
import { BaseRecord } from '../common/base-record.entity';
import { Organisation } from '../organisations/organisation.entity';

export const CONTACT_SEARCH = `f_unaccent(lower($alias.first_name || ' ' || $alias.last_name || ' ' || coalesce($alias.email::text, '')))`;

/** A person, optionally working in an organisation. */
@Entity('contacts')
@Index('IDX_contacts_search', { synchronize: false })
@Index('IDX_contacts_name', ['lastName', 'firstName'])
@Index('IDX_contacts_updated_at', ['updatedAt'])
export class Contact extends BaseRecord {
  @Index('IDX_contacts_organisation_id')
  @Column('int', { nullable: true })
  organisationId: number | null;

  @ManyToOne(() => Organisation, { onDelete: 'SET NULL' })
  @JoinColumn({ name: 'organisation_id' })
  organisation?: Organisation;

  @Column('text')
  firstName: string;

  @Column('text')
  lastName: string;

  @Index('IDX_contacts_email')
  @Column('citext', { nullable: true })
  email: string | null;

  @Column('text', { nullable: true })
  phone: string | null;

  @Column('text', { nullable: true })
  function: string | null;

  /** When the person consented to the newsletter; null means no consent. */
  @Column('timestamptz', { nullable: true })
  newsletterConsentAt: Date | null;

  @Column('text', { nullable: true })
  notes: string | null;

  /** Set when the person's data was erased (GDPR): the row stays so requests and statistics keep their count. */
  @Column('timestamptz', { nullable: true })
  erasedAt: Date | null;
}
