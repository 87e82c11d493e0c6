import { msg } from '@resacoop/domain';
import { Injectable } from '@nestjs/common';
import { AuditTrail } from '../database/audit-trail';
import { Database, type Transaction } from '../database/database';
import type { AuthUser } from '../common/auth-user';
import { scopeFor } from '../common/relay-scope';
import { ValidationFailed } from '../common/app-exception';
import type { ListDefinition, RawListQuery } from '../common/list-query';
import type { HistoryLink, Page } from '../database/record-store';
import { RecordService } from '../common/record.service';
import { Organisation } from '../organisations';
import { RegistrationsService } from '../events';
import { ContactErased } from './contact-erased.exception';
import { PersonalDataReadsService } from './personal-data-reads.service';
import { CONTACT_PERSONAL_FIELDS, ERASED_IDENTITY, ERASED_VALUE } from './personal-fields';
import { Contact, CONTACT_SEARCH } from './contact.entity';
import type { CreateContactDto, UpdateContactDto } from './dto/contact.dto';
import { CONTACT_BY_EMAIL } from './contacts.sql';

/**
 * Contacts to review (GDPR: no personal data kept without use): not erased, untouched for three
 * years, and no request from them in that time. NOT EXISTS lets the planner run the request check
 * as one anti-join on the requests' indexes rather than a lookup per contact.
 */
const INACTIVE = `$alias.erased_at IS NULL AND $alias.updated_at < now() - interval '3 years'
  AND NOT EXISTS (SELECT 1 FROM requests r WHERE r.contact_id = $alias.id AND r.received_at >= now() - interval '3 years')`;

export const CONTACT_LIST: ListDefinition = {
  sortable: {
    id: 'id',
    lastName: 'lastName',
    firstName: 'firstName',
    email: 'email',
    organisationId: 'organisationId',
    createdAt: 'createdAt',
    updatedAt: 'updatedAt',
  },
  filters: {
    q: { kind: 'search', expression: CONTACT_SEARCH, reads: ['firstName', 'lastName', 'email'] },
    id: { kind: 'equals', column: 'id', type: 'int' },
    organisationId: { kind: 'equals', column: 'organisationId', type: 'int' },
    hasNewsletterConsent: { kind: 'isSet', column: 'newsletterConsentAt' },
    inactive: { kind: 'flag', condition: INACTIVE },
    erased: { kind: 'isSet', column: 'erasedAt' },
  },
  defaultSort: ['lastName', 'ASC'],
};

const EXPORT_FIELDS = [
  'id',
  'organisationId',
  'firstName',
  'lastName',
  'email',
  'phone',
  'function',
  'newsletterConsentAt',
  'notes',
  'erasedAt',
  'createdAt',
  'updatedAt',
] as const satisfies readonly (keyof Contact)[];

type ContactChanges = Omit<UpdateContactDto, 'version'>;

function toEntityFields({ newsletterConsentAt, ...rest }: ContactChanges): Partial<Contact> {
  return newsletterConsentAt === undefined
    ? rest
    : { ...rest, newsletterConsentAt: newsletterConsentAt === null ? null : new Date(newsletterConsentAt) };
}

/** What makes a contact part of the history: the requests they made, the relays' reads of them. */
const CONTACT_HELD_BY: readonly HistoryLink[] = [
  { holder: 'requests', table: 'requests', column: 'contact_id' },
  { holder: 'cases', table: 'cases', column: 'contact_id' },
  { holder: 'personal-data-reads', table: 'personal_data_reads', column: 'contact_id' },
  { holder: 'registrations', table: 'registrations', column: 'contact_id' },
];

@Injectable()
export class ContactsService extends RecordService<Contact> {
  constructor(
    db: Database,
    private readonly audit: AuditTrail,
    private readonly reads: PersonalDataReadsService,
    private readonly registrations: RegistrationsService,
  ) {
    super(db, {
      target: Contact,
      entityName: 'contact',
      list: CONTACT_LIST,
      export: { fileName: 'contacts.csv', fields: EXPORT_FIELDS },
    });
  }

  /** The directory contact with this e-mail address (an e-mail's sender), the oldest if several, in the caller's transaction. */
  withEmail(tx: Transaction, email: string): Promise<Pick<Contact, 'id' | 'organisationId'> | undefined> {
    return this.db.one(CONTACT_BY_EMAIL, [email], tx);
  }

  /** A contact read in the caller's transaction (the GDPR export reads it with the rest, in one snapshot). */
  readWithin(tx: Transaction, id: number): Promise<Contact> {
    return this.store.findOne(id, tx);
  }

  /** A contact locked in the caller's transaction, before it is erased. */
  lockWithin(tx: Transaction, id: number): Promise<Contact> {
    return this.store.lock(id, tx);
  }

  /** Leaves the contact nameless (ERASED_IDENTITY), in the caller's transaction; the erasure's audit is the caller's. */
  eraseIdentityWithin(tx: Transaction, id: number, erasedAt: Date): Promise<Contact> {
    return this.store.writeWithin(tx, id, { ...ERASED_IDENTITY, erasedAt });
  }

  /** The contacts the user may see; a relay user's sight of them is logged. */
  async listFor(user: AuthUser, raw: RawListQuery): Promise<Page<Contact>> {
    const page = await this.list(raw, scopeFor(user, 'contacts'));
    await this.reads.logRelayReads(
      user,
      page.rows.map((contact) => contact.id),
      'list',
    );
    return page;
  }

  async getFor(user: AuthUser, id: number): Promise<Contact> {
    const contact = await this.get(id, scopeFor(user, 'contacts'));
    await this.reads.logRelayReads(user, [contact.id], 'read');
    return contact;
  }

  async create(actorId: number, data: CreateContactDto): Promise<Contact> {
    return this.db.transaction(async (tx) => {
      await this.assertOrganisationExists(data.organisationId, tx);
      const contact = await this.store.create(actorId, toEntityFields(data), tx);
      await this.registrations.linkToContacts(tx, actorId, [contact]);
      return contact;
    });
  }

  update(actorId: number, id: number, { version, ...changes }: UpdateContactDto): Promise<Contact> {
    return this.store.update(actorId, id, version, toEntityFields(changes), async (current, tx) => {
      if (current.erasedAt) throw new ContactErased();
      await this.assertOrganisationExists(changes.organisationId, tx);
    });
  }

  /**
   * Deletes a contact nothing holds. Once the record is gone no one can erase the person any more,
   * so the delete erases them from the history too: the contact's past events and its delete event
   * keep that the person existed, when and in which organisation, not who they were.
   */
  remove(actorId: number, id: number): Promise<Contact> {
    return this.store.remove(actorId, id, {
      record: 'contact',
      heldBy: CONTACT_HELD_BY,
      audited: async (current, tx) => {
        await this.audit.scrubValues(tx, 'contact', [id], CONTACT_PERSONAL_FIELDS, ERASED_VALUE);
        return Object.fromEntries(
          Object.entries(current).map(([field, value]) => [
            field,
            CONTACT_PERSONAL_FIELDS.includes(field) && value !== null ? ERASED_VALUE : value,
          ]),
        );
      },
    });
  }

  /** A clear field error rather than a foreign-key violation. */
  private async assertOrganisationExists(organisationId: number | null | undefined, tx: Transaction): Promise<void> {
    if (organisationId === null || organisationId === undefined) return;
    if (!(await this.db.exists(Organisation, organisationId, tx))) {
      throw new ValidationFailed({ organisationId: msg('field.missing.organisation') });
    }
  }
}
