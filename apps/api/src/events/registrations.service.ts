import { Injectable } from '@nestjs/common';
import {
  EVENT_STATUS_LABELS,
  msg,
  type Message,
  REGISTRATION_STATUSES,
  takesRegistrations,
  type RegistrationStatus,
} from '@resacoop/domain';
import type { AuthUser } from '../common/auth-user';
import { allInScope, scopeFor, seenByRelay } from '../common/relay-scope';
import { AppException, ErrorCode, RecordNotFound, ValidationFailed, type FieldErrors } from '../common/app-exception';
import type { ListDefinition, RawListQuery } from '../common/list-query';
import { RecordService } from '../common/record.service';
import { AuditTrail } from '../database/audit-trail';
import { Database, type Transaction } from '../database/database';
import type { CollectiveEvent } from './collective-event.entity';
import type { CreateRegistrationDto, LinkContactDto, ParticipantDto, UpdateRegistrationDto } from './dto/registration.dto';
import { EventsService } from './events.service';
import { Registration, REGISTRATION_SEARCH, registrationSearch } from './registration.entity';
import {
  ERASE_REGISTRATIONS_OF_PERSON,
  LINKABLE_CONTACT,
  REGISTERED_AS,
  REGISTRATION_COUNT,
  REGISTRATION_OF_UNSUBSCRIBE_TOKEN,
  REGISTRATIONS_OF_PERSON,
  UNLINKED_REGISTRATIONS_OF_EMAILS,
} from './registrations.sql';

export const REGISTRATION_LIST: ListDefinition = {
  sortable: {
    id: 'id',
    name: 'name',
    email: 'email',
    status: 'status',
    createdAt: 'createdAt',
    updatedAt: 'updatedAt',
  },
  filters: {
    q: { kind: 'search', expression: REGISTRATION_SEARCH, reads: ['name', 'email', 'contactId'] },
    id: { kind: 'equals', column: 'id', type: 'int' },
    eventId: { kind: 'equals', column: 'eventId', type: 'int' },
    contactId: { kind: 'equals', column: 'contactId', type: 'int' },
    organisationId: { kind: 'equals', column: 'organisationId', type: 'int' },
    status: { kind: 'equals', column: 'status', type: 'text', values: REGISTRATION_STATUSES },
  },
  defaultSort: ['id', 'ASC'],
};

/**
 * A relay user's list: its search reads a linked contact only when the relay sees that contact (one
 * of its cases'), else a registration the team made on its event would spell out, letter by letter,
 * the name and e-mail of a person it may not read.
 */
const RELAY_REGISTRATION_LIST: ListDefinition = {
  ...REGISTRATION_LIST,
  filters: {
    ...REGISTRATION_LIST.filters,
    q: { kind: 'search', expression: registrationSearch(seenByRelay('contacts', 'c')), reads: ['name', 'email', 'contactId'] },
  },
};

const EXPORT_FIELDS = [
  'id',
  'eventId',
  'contactId',
  'name',
  'email',
  'organisationId',
  'organisationName',
  'status',
  'consentAt',
  'evaluationScore',
  'evaluationComment',
  'remindersOptedOutAt',
  'createdAt',
] as const satisfies readonly (keyof Registration)[];

type Person = Pick<Registration, 'contactId' | 'name' | 'email'>;

/** The field a foreign key names when the record it links to is missing (their constraints are named in the entity). */
const LINKS: Readonly<Record<string, [string, Message]>> = {
  FK_registrations_contact: ['contactId', msg('field.missing.contact')],
  FK_registrations_organisation: ['organisationId', msg('field.missing.organisation')],
};

/** A write refused because a linked contact or organisation is missing (or went meanwhile): a 400 naming the field. */
function missingLink(error: unknown): never {
  const constraint = (error as { driverError?: { code?: string; constraint?: string } } | null)?.driverError;
  const link = constraint?.code === '23503' && constraint.constraint ? LINKS[constraint.constraint] : undefined;
  throw link ? new ValidationFailed({ [link[0]]: link[1] }) : error;
}

/** What an unsubscribe link's key looks like (a UUID, see the registration's entity): anything else is no registration, unread. */
const UNSUBSCRIBE_TOKEN = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;

/** A cancelled event takes no registration, nor attendance (409 naming its status). */
function assertTakesRegistrations(event: CollectiveEvent): void {
  if (takesRegistrations(event.status)) return;
  const status = EVENT_STATUS_LABELS[event.status];
  throw new AppException(ErrorCode.Conflict, msg('event.closedForRegistrations', { status }), {
    eventId: msg('field.eventClosed', { status }),
  });
}

/** A directory contact as registrations know it: its id, and the e-mail its person may have registered under without it. */
interface DirectoryPerson {
  id: number;
  email: string | null;
}

/** A registration's fields that hold the person: the name and e-mail given, and a trainee's comment. */
const REGISTRATION_PERSONAL_FIELDS = ['name', 'email', 'evaluationComment'] as const;

@Injectable()
export class RegistrationsService extends RecordService<Registration> {
  constructor(
    db: Database,
    private readonly events: EventsService,
    private readonly audit: AuditTrail,
  ) {
    super(db, {
      target: Registration,
      entityName: 'registration',
      list: REGISTRATION_LIST,
      export: { fileName: 'inscriptions.csv', fields: EXPORT_FIELDS },
    });
  }

  /**
   * Links to contacts just made (or given an e-mail), within the caller's transaction, the
   * registrations made under their e-mails before they were in the directory (public pages,
   * walk-ins, sign-in sheets), each write audited; a registration for an event the contact is
   * registered to already stays as it is (never two of one person). One query for all the contacts.
   * Answers the registrations linked.
   */
  async linkToContacts(tx: Transaction, actorId: number | null, contacts: readonly DirectoryPerson[]): Promise<number[]> {
    const withEmail = contacts.filter((contact) => contact.email);
    if (withEmail.length === 0) return [];
    const unlinked = await this.db.rows<{ id: number; contactId: number }>(
      UNLINKED_REGISTRATIONS_OF_EMAILS,
      [withEmail.map(({ id }) => id), withEmail.map(({ email }) => email)],
      tx,
    );
    for (const { id, contactId } of unlinked) await this.store.applyWithin(tx, actorId, await this.store.lock(id, tx), { contactId });
    return unlinked.map(({ id }) => id);
  }

  /** The registrations the user may see: a relay user's, of its events, searched as RELAY_REGISTRATION_LIST says. */
  listFor(actor: AuthUser, raw: RawListQuery) {
    const scope = scopeFor<Registration>(actor, 'registrations');
    return scope ? this.list(raw, scope, RELAY_REGISTRATION_LIST) : this.list(raw);
  }

  create(actor: AuthUser, { consentAt, ...data }: CreateRegistrationDto): Promise<Registration> {
    return this.db.transaction(async (tx) => {
      const event = await this.events.lockForRegistration(actor, data.eventId, tx);
      const fields: Partial<Registration> = { ...data, consentAt: consentAt ? new Date(consentAt) : null };
      this.assertValid(event, { contactId: null, name: null, email: null, evaluationScore: null, evaluationComment: null, ...fields });
      await this.refuseOutOfScope(actor, tx, fields);
      await this.refuseDuplicate(tx, event.id, { contactId: data.contactId ?? null, email: data.email ?? null });
      return this.store.create(actor.id, fields, tx).catch(missingLink);
    });
  }

  /** The registrations of a person (GDPR art. 15), within the caller's transaction: as the contact, or under their e-mail without being linked. */
  ofPerson(tx: Transaction, person: DirectoryPerson): Promise<Registration[]> {
    return this.db.entities(Registration, REGISTRATIONS_OF_PERSON, [person.id, person.email], tx);
  }

  /**
   * Erases a person from their registrations (GDPR art. 17) within the erasure's transaction: the
   * name, e-mail and comment go, from the rows and from their history; each registration now points
   * at the anonymised contact, so attendance and the key figures keep counting. Returns the
   * registrations erased.
   */
  async erasePerson(tx: Transaction, person: DirectoryPerson, erasedValue: string): Promise<number[]> {
    const erased = await this.db.rows<{ id: number }>(ERASE_REGISTRATIONS_OF_PERSON, [person.id, person.email, erasedValue], tx);
    const ids = erased.map((row) => row.id);
    await this.audit.scrubValues(tx, 'registration', ids, REGISTRATION_PERSONAL_FIELDS, erasedValue);
    return ids;
  }

  async update(actor: AuthUser, id: number, { version, consentAt, ...changes }: UpdateRegistrationDto): Promise<Registration> {
    if (actor.role === 'relay') await this.get(id, scopeFor(actor, 'registrations'));
    const written: Partial<Registration> = {
      ...changes,
      ...(consentAt !== undefined ? { consentAt: consentAt ? new Date(consentAt) : null } : {}),
    };
    return this.store
      .update(actor.id, id, version, written, async (current, tx) => {
        const event = await this.events.readWithin(tx, current.eventId);
        const next = { ...current, ...written };
        this.assertValid(event, next);
        // What staff linked before stays; only a link the caller makes is checked.
        await this.refuseOutOfScope(actor, tx, {
          contactId: next.contactId !== current.contactId ? next.contactId : null,
          organisationId: next.organisationId !== current.organisationId ? next.organisationId : null,
        });
        if (next.contactId !== current.contactId || next.email !== current.email)
          await this.refuseDuplicate(tx, event.id, next, current.id);
      })
      .catch(missingLink);
  }

  /**
   * Links a registration made under a name and e-mail to the directory's contact it turned out to
   * be, from the version the caller saw: one linked already, or whose contact is registered to the
   * event otherwise, stays as it is (409).
   */
  linkContact(actor: AuthUser, id: number, { contactId, version }: LinkContactDto): Promise<Registration> {
    return this.store.update(actor.id, id, version, { contactId }, async (current, tx) => {
      if (!(await this.db.one(LINKABLE_CONTACT, [contactId], tx))) throw new ValidationFailed({ contactId: msg('field.missing.contact') });
      await this.refuseOutOfScope(actor, tx, { contactId });
      if (current.contactId !== null) {
        throw new AppException(ErrorCode.Conflict, msg('event.registrationLinked'), { contactId: msg('field.alreadyLinked') });
      }
      await this.refuseDuplicate(tx, current.eventId, { contactId, email: null }, current.id);
    });
  }

  /**
   * A registrant opts out of reminders through their e-mail's link (its key; any other is not
   * found), audited without an actor; a second click changes nothing.
   */
  unsubscribe(token: string): Promise<void> {
    if (!UNSUBSCRIBE_TOKEN.test(token)) throw new RecordNotFound('registration');
    return this.db.transaction(async (tx) => {
      const found = await this.db.one<{ id: number }>(REGISTRATION_OF_UNSUBSCRIBE_TOKEN, [token], tx);
      if (!found) throw new RecordNotFound('registration');
      const current = await this.store.lock(found.id, tx);
      if (current.remindersOptedOutAt === null) await this.store.applyWithin(tx, null, current, { remindersOptedOutAt: new Date() });
    });
  }

  /** One tap of the attendance list: the status is set whatever it was, so a repeated tap changes nothing. */
  setAttendance(actor: AuthUser, id: number, status: RegistrationStatus): Promise<Registration> {
    return this.db.transaction(async (tx) => {
      await this.store.findOne(id, tx, scopeFor(actor, 'registrations'));
      const current = await this.store.lock(id, tx);
      return this.store.applyWithin(tx, actor.id, current, { status });
    });
  }

  /**
   * Someone who came without registering is added as attended; someone already registered (the
   * same contact, or the same e-mail) is marked attended instead of being added twice.
   */
  walkIn(actor: AuthUser, eventId: number, participant: ParticipantDto): Promise<Registration> {
    return this.db.transaction(async (tx) => {
      // The event is in the path: one the caller may not see is not found (404), like any record.
      await this.events.readWithin(tx, eventId, scopeFor(actor, 'events'));
      const event = await this.events.lockForRegistration(actor, eventId, tx);
      const person = { contactId: participant.contactId ?? null, name: participant.name ?? null, email: participant.email ?? null };
      this.assertValid(event, { ...person, evaluationScore: null, evaluationComment: null });
      await this.refuseOutOfScope(actor, tx, participant);
      const existing = await this.registeredAs(tx, event.id, person);
      if (existing) return this.store.applyWithin(tx, actor.id, await this.store.lock(existing.id, tx), { status: 'attended' });
      return this.store.create(actor.id, { ...participant, eventId: event.id, status: 'attended' }, tx).catch(missingLink);
    });
  }

  /**
   * Registers a person from an event's public page, within the caller's transaction holding the
   * event locked: someone already registered with that e-mail is left as is (null); a full event
   * refuses (409).
   */
  async registerPublicly(tx: Transaction, event: CollectiveEvent, data: Partial<Registration>): Promise<Registration | null> {
    if (await this.registeredAs(tx, event.id, { contactId: null, email: data.email ?? null })) return null;
    if (await this.isFull(event, tx)) throw new AppException(ErrorCode.Conflict, msg('event.full'), { eventId: msg('field.eventFull') });
    return this.store.create(null, { ...data, eventId: event.id }, tx);
  }

  /** Whether the event has as many registrations as places (an event without a capacity never is). */
  async isFull(event: CollectiveEvent, tx?: Transaction): Promise<boolean> {
    if (event.capacity === null) return false;
    const registered = await this.db.one<{ count: number }>(REGISTRATION_COUNT, [event.id], tx);
    return (registered?.count ?? 0) >= event.capacity;
  }

  /**
   * The event a sign-in sheet is imported into, as the caller may see it (else 404), locked until
   * the caller's transaction ends, and taking registrations (else 409).
   */
  async lockEventForAttendance(actor: AuthUser, eventId: number, tx: Transaction): Promise<CollectiveEvent> {
    await this.events.readWithin(tx, eventId, scopeFor(actor, 'events'));
    const event = await this.events.lockForRegistration(actor, eventId, tx);
    assertTakesRegistrations(event);
    return event;
  }

  /**
   * Records a sign-in sheet's attendance in the caller's transaction (holding the event locked):
   * the registrations already there marked attended (and linked to their contact when the sheet
   * found it), the others created as attended; each write audited. Answers the ids written.
   */
  async recordAttendanceWithin(
    tx: Transaction,
    actorId: number,
    eventId: number,
    attended: { existingId: number | null; fields: Partial<Registration> }[],
  ): Promise<{ created: number[]; updated: number[] }> {
    const updated: number[] = [];
    for (const { existingId, fields } of attended.filter((row) => row.existingId !== null)) {
      const current = await this.store.lock(existingId!, tx);
      const link = current.contactId === null && fields.contactId ? { contactId: fields.contactId } : {};
      const consent = current.consentAt === null && fields.consentAt ? { consentAt: fields.consentAt } : {};
      await this.store.applyWithin(tx, actorId, current, { status: 'attended', ...link, ...consent });
      updated.push(current.id);
    }
    const fresh = attended
      .filter((row) => row.existingId === null)
      .map(({ fields }) => ({ ...fields, eventId, status: 'attended' as const }));
    const created = fresh.length > 0 ? await this.store.createMany(tx, actorId, fresh) : [];
    return { created, updated };
  }

  /** The rules of a registration with its event: the event takes them, someone is named, evaluations belong to trainings. */
  private assertValid(event: CollectiveEvent, registration: Person & Pick<Registration, 'evaluationScore' | 'evaluationComment'>): void {
    assertTakesRegistrations(event);
    const errors: FieldErrors = {};
    if (!registration.contactId && !registration.name) errors.contactId = msg('field.participantRequired');
    if (event.kind !== 'training') {
      if (registration.evaluationScore !== null) errors.evaluationScore = msg('field.trainingOnly');
      if (registration.evaluationComment !== null) errors.evaluationComment = msg('field.trainingOnly');
    }
    if (Object.keys(errors).length > 0) throw new ValidationFailed(errors);
  }

  /**
   * A relay user names only the contacts and organisations of its own cases (as its sign-in sheets
   * reach no one else): any other is answered as a missing one, a 400 naming the field, so that a
   * write cannot tell a hidden record from none.
   */
  private async refuseOutOfScope(
    actor: AuthUser,
    tx: Transaction,
    { contactId, organisationId }: { contactId?: number | null; organisationId?: number | null },
  ): Promise<void> {
    const errors: FieldErrors = {};
    if (contactId && !(await allInScope(this.db, tx, actor, 'contacts', [contactId]))) errors.contactId = msg('field.missing.contact');
    if (organisationId && !(await allInScope(this.db, tx, actor, 'organisations', [organisationId]))) {
      errors.organisationId = msg('field.missing.organisation');
    }
    if (Object.keys(errors).length > 0) throw new ValidationFailed(errors);
  }

  /**
   * The registration of this person for the event, if any: the same contact, or the same e-mail
   * (whatever its case), the e-mail given with a registration or that of its contact.
   */
  private async registeredAs(tx: Transaction, eventId: number, person: Pick<Person, 'contactId' | 'email'>, exceptId = 0) {
    if (!person.contactId && !person.email) return null;
    return (await this.db.one<{ id: number }>(REGISTERED_AS, [eventId, person.contactId, person.email, exceptId], tx)) ?? null;
  }

  private async refuseDuplicate(tx: Transaction, eventId: number, person: Pick<Person, 'contactId' | 'email'>, exceptId = 0) {
    if (await this.registeredAs(tx, eventId, person, exceptId)) {
      throw new AppException(ErrorCode.Conflict, msg('event.alreadyRegistered'), {
        [person.contactId ? 'contactId' : 'email']: msg('field.alreadyRegistered'),
      });
    }
  }
}
