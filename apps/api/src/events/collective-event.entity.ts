import {
  DEPARTEMENTS,
  EVENT_KINDS,
  EVENT_ROLES,
  EVENT_STATUSES,
  EVENT_THEMES,
  SITES,
  type Departement,
  type EventKind,
  type EventRole,
  type EventStatus,
  type EventTheme,
  type Site,
} from '@resacoop/domain';
import { Check, Column, Entity, Index, JoinColumn, ManyToOne } from 'typeorm';
import { BaseRecord } from '../common/base-record.entity';
import { Coded } from '../database/coded';

/** The column the event search runs on (a list filter's expression), indexed by trigrams (`IDX_events_search`, a migration's). */
export const EVENT_SEARCH = 'f_unaccent(lower($alias.title))';

/**
 * A collective event ("temps collectif"): a workshop, a training, a regional meeting… that
 * RESACOOP organises, co-organises, speaks at or attends. A training carries its hours and
 * trainer; a large public event a head count of the people not registered one by one.
 */
@Entity('events')
@Check('CHK_events_kind', `"kind" IN ('workshop', 'training', 'working_group', 'regional_meeting', 'webinar', 'fair', 'festisol', 'other')`)
@Check('CHK_events_role', `"role" IN ('organised', 'co_organised', 'speaker', 'participant')`)
@Check('CHK_events_status', `"status" IN ('draft', 'published', 'held', 'cancelled')`)
@Check('CHK_events_site', `"site" IS NULL OR "site" IN ('lyon', 'clermont')`)
@Check(
  'CHK_events_departement',
  `"departement" IS NULL OR "departement" IN ('01', '03', '07', '15', '26', '38', '42', '43', '63', '69D', '69M', '73', '74', 'outside_region')`,
)
@Check(
  'CHK_events_themes',
  `"themes" <@ ARRAY['ecsi', 'project_design', 'funding', 'partnership', 'youth_mobility', 'local_authorities', 'migration', 'climate', 'health', 'other']::text[]`,
)
@Check('CHK_events_sdgs', `"sdgs" <@ ARRAY[1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17]`)
@Check('CHK_events_co_organisers', `array_position("co_organiser_ids", NULL) IS NULL AND cardinality("co_organiser_ids") <= 50`)
@Check('CHK_events_period', `"ends_at" >= "starts_at"`)
@Check('CHK_events_place', `"online" OR "departement" IS NOT NULL`)
@Check('CHK_events_in_charge', `"site" IS NOT NULL OR "relay_id" IS NOT NULL`)
@Check('CHK_events_capacity', `"capacity" IS NULL OR "capacity" > 0`)
@Check('CHK_events_head_count', `"head_count" >= 0`)
@Check('CHK_events_training', `"kind" = 'training' OR ("hours" IS NULL AND "trainer" IS NULL)`)
@Check('CHK_events_hours', `"hours" IS NULL OR ("hours" > 0 AND "hours" <= 1000)`)
@Check('CHK_events_published_token', `"status" <> 'published' OR "public_token" IS NOT NULL`)
@Index('IDX_events_search', { synchronize: false })
@Index('IDX_events_starts_at', ['startsAt'])
@Index('IDX_events_status_starts_at', ['status', 'startsAt'])
@Index('IDX_events_kind_starts_at', ['kind', 'startsAt'])
@Index('IDX_events_role_starts_at', ['role', 'startsAt'])
@Index('IDX_events_relay_starts_at', ['relayId', 'startsAt'])
@Index('IDX_events_site_starts_at', ['site', 'startsAt'])
@Index('IDX_events_departement', ['departement'])
// In French order (COLLATE "fr-x-icu", as the lists sort): written by its migration.
@Index('IDX_events_title', { synchronize: false })
export class CollectiveEvent extends BaseRecord {
  @Column('text')
  title: string;

  @Coded(EVENT_KINDS)
  @Column('text')
  kind: EventKind;

  /** RESACOOP's part in it. */
  @Coded(EVENT_ROLES)
  @Column('text')
  role: EventRole;

  @Column('timestamptz')
  startsAt: Date;

  @Column('timestamptz')
  endsAt: Date;

  @Column('boolean', { default: false })
  online: boolean;

  @Column('text', { nullable: true })
  address: string | null;

  /** Where it takes place; required unless online. */
  @Coded(DEPARTEMENTS)
  @Column('text', { nullable: true })
  departement: Departement | null;

  @Coded(EVENT_THEMES)
  @Column('text', { array: true, default: () => "'{}'" })
  themes: EventTheme[];

  @Column('int', { array: true, default: () => "'{}'" })
  sdgs: number[];

  /** The organisations that co-organise it (ids of the directory, checked on every write). */
  @Column('int', { array: true, default: () => "'{}'" })
  coOrganiserIds: number[];

  /** The departmental relay that runs it, if one does: its users then manage it. */
  @Column('int', { nullable: true })
  relayId: number | null;

  // Named by the entity's name, not its class: a feature reaches another only through its public file.
  @ManyToOne('Relay', { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'relay_id', foreignKeyConstraintName: 'FK_events_relay' })
  relay?: unknown;

  /** The team's site in charge; null for an event a relay runs alone. */
  @Coded(SITES)
  @Column('text', { nullable: true })
  site: Site | null;

  @Column('int', { nullable: true })
  capacity: number | null;

  /** What the public registration page shows. */
  @Column('text', { nullable: true })
  publicDescription: string | null;

  @Coded(EVENT_STATUSES)
  @Column('text', { default: 'draft' })
  status: EventStatus;

  /** People present but not registered one by one (the public of a fair or a Festisol animation). */
  @Column('int', { default: 0 })
  headCount: number;

  /** A training's length, in hours. */
  @Column('real', { nullable: true })
  hours: number | null;

  @Column('text', { nullable: true })
  trainer: string | null;

  /** The unguessable key of the public registration page, given when the event is first published. */
  @Index('IDX_events_public_token', { unique: true })
  @Column('text', { nullable: true })
  publicToken: string | null;
}
