import { Injectable } from '@nestjs/common';
import { mentionsOf } from '@resacoop/domain';
import { AuditEvent } from '../database/audit-event.entity';
import { AuditTrail } from '../database/audit-trail';
import { Database, type Transaction } from '../database/database';
import { SupportCase } from '../cases';
import { VersionConflict } from '../common/app-exception';
import { Contact, ContactErased, ContactsService, type PersonalDataReadKind, CONTACT_PERSONAL_FIELDS, ERASED_VALUE } from '../contacts';
import { RegistrationsService, type Registration } from '../events';
import { Interaction } from '../interactions';
import { MAIL_ATTACHMENT_ENTITY, MAIL_MESSAGE_ENTITY, ThreadService, type MailMessage } from '../mail';
import { Organisation } from '../organisations';
import { InformationRequest } from '../requests';
import { ENTITY_OF, eraseMentionsFromRecords, eraseMentionsFromTrail, type ErasedMentions, type FreeTextTable } from './mention-erasure';
import {
  ASSIGNMENT_IDS,
  CASES_NAMING_PERSON,
  CASES_OF_PERSON,
  FORGET_REQUESTERS,
  HISTORY_OF_CONTACT,
  ORGANISATION_NAME,
  RELAY_READS_OF_CONTACT,
  REQUESTS_OF_PERSON,
  REQUESTS_OF_PERSON_LOCKED,
  TIMELINE_IDS,
  TIMELINES_OF_REQUESTS,
} from './privacy.sql';

/** Everything the back-office holds about one person: what the right of access (GDPR art. 15) hands over. */
export interface PersonalData {
  exportedAt: Date;
  contact: Contact;
  organisation: Pick<Organisation, 'id' | 'name'> | null;
  /** The requests the person made, as a contact or under their e-mail, each with its timeline. */
  requests: (InformationRequest & { interactions: Interaction[] })[];
  /** The support cases the person is the contact of (the holder, for a private individual). */
  cases: SupportCase[];
  /** The e-mails of those requests' threads, received and sent. */
  mailMessages: MailMessage[];
  /** The person's registrations for collective events, as the contact or under their e-mail. */
  registrations: Registration[];
  /** The contact's own history. */
  history: AuditEvent[];
  /** When relay users saw the contact. */
  relayReads: { at: Date; kind: PersonalDataReadKind; userId: number; userFullName: string }[];
}

const REQUESTER_FIELDS = ['requesterName', 'requesterEmail'];
/** What an e-mail's past events (its creation) held of the person, and of a file they sent. */
const MAIL_MESSAGE_FIELDS = ['fromName', 'fromAddress', 'toAddress', 'subject', 'text', 'safeHtml', 'note'];
const MAIL_ATTACHMENT_FIELDS = ['fileName'];

@Injectable()
export class PrivacyService {
  constructor(
    private readonly db: Database,
    private readonly audit: AuditTrail,
    private readonly contacts: ContactsService,
    private readonly registrations: RegistrationsService,
    private readonly mail: ThreadService,
  ) {}

  /** Read in one snapshot, so the parts agree with each other. */
  personalDataOf(id: number): Promise<PersonalData> {
    return this.db.transaction(async (tx) => {
      const contact = await this.contacts.readWithin(tx, id);
      const organisation =
        contact.organisationId === null
          ? null
          : ((await this.db.one<Pick<Organisation, 'id' | 'name'>>(ORGANISATION_NAME, [contact.organisationId], tx)) ?? null);
      const requests = await this.db.entities(InformationRequest, REQUESTS_OF_PERSON, [contact.id, contact.email], tx);
      const interactions = requests.length
        ? await this.db.entities(Interaction, TIMELINES_OF_REQUESTS, [requests.map((request) => request.id)], tx)
        : [];
      const mailMessages = await this.mail.ofRequests(
        tx,
        requests.map((request) => request.id),
      );
      const cases = await this.db.entities(SupportCase, CASES_OF_PERSON, [id], tx);
      const registrations = await this.registrations.ofPerson(tx, contact);
      const history = await this.db.entities(AuditEvent, HISTORY_OF_CONTACT, [id], tx);
      const relayReads = await this.db.rows<PersonalData['relayReads'][number]>(RELAY_READS_OF_CONTACT, [id], tx);
      return {
        exportedAt: new Date(),
        contact,
        organisation,
        requests: requests.map((request) => ({
          ...request,
          interactions: interactions.filter((interaction) => interaction.requestId === request.id),
        })),
        mailMessages,
        cases,
        registrations,
        history,
        relayReads,
      };
    }, 'REPEATABLE READ');
  }

  /**
   * Erases a person (GDPR art. 17) by anonymising in place: the contact row stays, nameless, so
   * its requests and every figure keep counting; the requests they made lose the requester's name
   * and e-mail but keep their topic, dates and status; the free text that names them loses the
   * mentions (`eraseMentions`); past audit events lose the values. Nothing is deleted; all in one
   * transaction. The erasure itself is audited without any erased value.
   */
  erase(actorId: number, id: number, version: number): Promise<Contact> {
    return this.db.transaction(async (tx) => {
      const contact = await this.contacts.lockWithin(tx, id);
      if (contact.erasedAt) throw new ContactErased();
      if (contact.version !== version) throw new VersionConflict();

      const requests = await this.db.entities(InformationRequest, REQUESTS_OF_PERSON_LOCKED, [contact.id, contact.email], tx);
      const erasedText = await this.eraseMentions(tx, contact, requests);
      const withRequester = requests.filter((request) => request.requesterName !== null || request.requesterEmail !== null);
      if (withRequester.length > 0) {
        await this.db.execute(FORGET_REQUESTERS, [withRequester.map((request) => request.id), contact.id], tx);
      }
      const registrationIds = await this.registrations.erasePerson(tx, contact, ERASED_VALUE);
      const mail = await this.mail.erasePerson(
        tx,
        requests.map((request) => request.id),
        contact.email,
        ERASED_VALUE,
      );
      await this.audit.scrubValues(tx, 'contact', [contact.id], CONTACT_PERSONAL_FIELDS, ERASED_VALUE);
      await this.audit.scrubValues(tx, MAIL_MESSAGE_ENTITY, mail.messages, MAIL_MESSAGE_FIELDS, ERASED_VALUE);
      await this.audit.scrubValues(tx, MAIL_ATTACHMENT_ENTITY, mail.attachments, MAIL_ATTACHMENT_FIELDS, ERASED_VALUE);
      await this.audit.scrubValues(
        tx,
        'request',
        requests.map((request) => request.id),
        REQUESTER_FIELDS,
        ERASED_VALUE,
      );

      const erasedAt = new Date();
      const erased = await this.contacts.eraseIdentityWithin(tx, contact.id, erasedAt);
      // One erase event per record, saying which fields lost the person, never what they held.
      const erasures = new Map<string, { entity: string; entityId: number; after: Record<string, unknown> }>();
      const erasure = (entity: string, entityId: number, after: Record<string, unknown>) => {
        const key = `${entity} ${entityId}`;
        erasures.set(key, { entity, entityId, after: { ...erasures.get(key)?.after, ...after } });
      };
      erasure('contact', contact.id, { erasedAt: erasedAt.toISOString(), requestIds: withRequester.map((request) => request.id) });
      for (const request of withRequester) {
        erasure('request', request.id, { requesterName: null, requesterEmail: null, contactId: request.contactId ?? contact.id });
      }
      for (const registrationId of registrationIds) {
        erasure('registration', registrationId, { name: null, email: null, evaluationComment: null });
      }
      for (const mailId of mail.messages) {
        erasure(MAIL_MESSAGE_ENTITY, mailId, {
          fromName: null,
          fromAddress: null,
          toAddress: null,
          subject: ERASED_VALUE,
          text: ERASED_VALUE,
        });
      }
      for (const attachmentId of mail.attachments) {
        erasure(MAIL_ATTACHMENT_ENTITY, attachmentId, { fileName: ERASED_VALUE });
      }
      for (const { entity, entityId, fields } of erasedText) {
        erasure(entity, entityId, Object.fromEntries(fields.map((field) => [field, ERASED_VALUE])));
      }
      await this.audit.recordErasures(tx, actorId, [...erasures.values()]);
      return erased;
    });
  }

  /**
   * Erases the person from the free text that may name them: their requests (subject, question,
   * answer) and those requests' timelines; the cases of their organisation and the cases their
   * requests became (title, summary, funders) and those cases' timelines; their organisation's
   * notes; the past audit events of all of these and of the contact, and the notifications about them. Under the contact's
   * identity and under each requester name and e-mail their requests were logged with.
   */
  private async eraseMentions(tx: Transaction, contact: Contact, requests: InformationRequest[]): Promise<ErasedMentions[]> {
    const mentions = mentionsOf([
      contact,
      ...requests.map((request) => ({ firstName: null, lastName: request.requesterName, email: request.requesterEmail, phone: null })),
    ]);
    if (!mentions) return [];
    const requestIds = requests.map((request) => request.id);
    const caseIds = await this.ids(
      CASES_NAMING_PERSON,
      [contact.organisationId, requests.flatMap((request) => (request.caseId === null ? [] : [request.caseId]))],
      tx,
    );
    const interactionIds = await this.ids(TIMELINE_IDS, [requestIds, caseIds], tx);
    const ids: Record<FreeTextTable, number[]> = {
      requests: requestIds,
      cases: caseIds,
      interactions: interactionIds,
      organisations: contact.organisationId === null ? [] : [contact.organisationId],
    };
    const erased = await eraseMentionsFromRecords(this.db, tx, mentions, ids);
    const assignmentIds = await this.ids(ASSIGNMENT_IDS, [caseIds], tx);
    const records = (Object.keys(ids) as FreeTextTable[]).map((table) => ({ entity: ENTITY_OF[table], ids: ids[table] }));
    await eraseMentionsFromTrail(this.db, tx, mentions, 'audit_events', [{ entity: 'contact', ids: [contact.id] }, ...records]);
    // Reminders name a request by its subject, a case (and its relay assignments) by its title.
    await eraseMentionsFromTrail(this.db, tx, mentions, 'notifications', [...records, { entity: 'assignment', ids: assignmentIds }]);
    return erased;
  }

  /** The ids a statement selects. */
  private async ids(statement: string, values: unknown[], tx: Transaction): Promise<number[]> {
    return (await this.db.rows<{ id: number }>(statement, values, tx)).map((row) => row.id);
  }
}
