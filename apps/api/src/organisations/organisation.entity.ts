import type { Departement, Membership, OrganisationType, Zone } from '@resacoop/domain';
import { Check, Column, Entity, Index } from 'typeorm';
import { BaseRecord } from '../common/base-record.entity';

/**
 * A name as duplicates are compared: accents, case, punctuation and legal forms ignored
 * ("Association Les Amis du Sénégal" = "LES AMIS DU SENEGAL"). The SQL function and its trigram
 * index are created by a migration.
 */
export const ORGANISATION_NAME_KEY = `f_organisation_name_key($alias.name)`;

/** The expression the name search runs on; the trigram index is built on exactly this. */
export const ORGANISATION_SEARCH = `f_unaccent(lower($alias.name || ' ' || coalesce($alias.acronym, '') || ' ' || coalesce($alias.city, '')))`;

@Entity('organisations')
@Check('CHK_organisations_siret', `"siret" ~ '^[0-9]{14}$'`)
@Check('CHK_organisations_rna', `"rna" ~ '^W[0-9]{9}$'`)
@Index('IDX_organisations_search', { synchronize: false })
@Index('IDX_organisations_name', ['name'])
@Index('IDX_organisations_departement', ['departement'])
@Index('IDX_organisations_type', ['type'])
@Index('IDX_organisations_updated_at', ['updatedAt'])
@Index('IDX_organisations_zones', { synchronize: false })
@Index('IDX_organisations_name_key', { synchronize: false })
export class Organisation extends BaseRecord {
  @Column('text')
  name: string;

  @Column('text', { nullable: true })
  acronym: string | null;

  @Column('text')
  type: OrganisationType;

  @Index('IDX_organisations_siret')
  @Column('text', { nullable: true })
  siret: string | null;

  @Index('IDX_organisations_rna')
  @Column('text', { nullable: true })
  rna: string | null;

  @Column('text', { nullable: true })
  departement: Departement | null;

  @Column('text', { nullable: true })
  postcode: string | null;

  @Column('text', { nullable: true })
  city: string | null;

  @Column('text', { nullable: true })
  address: string | null;

  @Column('text', { nullable: true })
  website: string | null;

  @Column('citext', { nullable: true })
  email: string | null;

  @Column('text', { nullable: true })
  phone: string | null;

  @Column('text', { default: 'none' })
  membership: Membership;

  @Column('text', { array: true, default: () => "'{}'" })
  zones: Zone[];

  @Column('text', { array: true, default: () => "'{}'" })
  tags: string[];

  @Column('text', { nullable: true })
  notes: string | null;
}
