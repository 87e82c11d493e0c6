import { REGISTRATION_STATUSES, type RegistrationStatus } from '@resacoop/domain';
import { Check, Column, Entity, Index, JoinColumn, ManyToOne } from 'typeorm';
import { BaseRecord } from '../common/base-record.entity';
import { Coded } from '../database/coded';
import { CollectiveEvent } from './collective-event.entity';

/**
 * What the registrant search reads: the name and e-mail given, or those of the linked contact.
 * Searched within one event's registrations (a few hundred rows at most), so not indexed.
 */
export const REGISTRATION_SEARCH = registrationSearch('TRUE');

/** The registrant search, reading a linked contact's name and e-mail only where `contactSeen` holds of it (`c`). */
export function registrationSearch(contactSeen: string): string {
  return `f_unaccent(lower(coalesce($alias.name, '') || ' ' || coalesce($alias.email::text, '') || ' ' ||
  coalesce((SELECT c.first_name || ' ' || c.last_name || ' ' || coalesce(c.email::text, '') FROM contacts c WHERE c.id = $alias.contact_id AND ${contactSeen}), '')))`;
}

/**
 * One person's registration for an event and their attendance: a contact of the directory, or a
 * name and e-mail alone (linked to a contact later). A person is registered once per event: by
 * contact, and by e-mail (unique indexes).
 */
@Entity('registrations')
@Check('CHK_registrations_status', `"status" IN ('registered', 'attended', 'absent')`)
@Check('CHK_registrations_person', `"contact_id" IS NOT NULL OR "name" IS NOT NULL`)
@Check('CHK_registrations_score', `"evaluation_score" IS NULL OR "evaluation_score" BETWEEN 1 AND 5`)
@Index('IDX_registrations_event_status', ['eventId', 'status'])
@Index('IDX_registrations_event_contact', ['eventId', 'contactId'], { unique: true, where: '"contact_id" IS NOT NULL' })
@Index('IDX_registrations_event_email', ['eventId', 'email'], { unique: true, where: '"email" IS NOT NULL' })
export class Registration extends BaseRecord {
  @Column('int')
  eventId: number;

  @ManyToOne(() => CollectiveEvent, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'event_id', foreignKeyConstraintName: 'FK_registrations_event' })
  event?: CollectiveEvent;

  @Index('IDX_registrations_contact_id')
  @Column('int', { nullable: true })
  contactId: number | null;

  // Contacts and organisations are named by their entities' names: a feature reaches another only through its public file.
  @ManyToOne('Contact', { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'contact_id', foreignKeyConstraintName: 'FK_registrations_contact' })
  contact?: unknown;

  /** The registrant's name when they are not (yet) a contact of the directory. */
  @Column('text', { nullable: true })
  name: string | null;

  @Column('citext', { nullable: true })
  email: string | null;

  @Index('IDX_registrations_organisation_id')
  @Column('int', { nullable: true })
  organisationId: number | null;

  @ManyToOne('Organisation', { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'organisation_id', foreignKeyConstraintName: 'FK_registrations_organisation' })
  organisation?: unknown;

  /** The organisation as the person named it, when it is not (yet) one of the directory. */
  @Column('text', { nullable: true })
  organisationName: string | null;

  @Coded(REGISTRATION_STATUSES)
  @Column('text', { default: 'registered' })
  status: RegistrationStatus;

  /** When the person agreed to be written to about the event (reminders); null: no consent. */
  @Column('timestamptz', { nullable: true })
  consentAt: Date | null;

  /** A trainee's evaluation of a training: a score from 1 to 5 and a comment. */
  @Column('int', { nullable: true })
  evaluationScore: number | null;

  @Column('text', { nullable: true })
  evaluationComment: string | null;

  /** When the person opted out of reminders through their e-mail's link: no reminder goes to them afterwards. */
  @Column('timestamptz', { nullable: true })
  remindersOptedOutAt: Date | null;

  /** The unguessable key of the person's unsubscribe link: never in an answer, read by the reminders alone. */
  @Index('IDX_registrations_unsubscribe_token', { unique: true })
  @Column({ type: 'uuid', generated: 'uuid', select: false, insert: false, update: false })
  unsubscribeToken?: string;
}
