import { Injectable } from '@nestjs/common';
import { mentionsOf } from '@resacoop/domain';
import { DataSource, In, type EntityManager, type SelectQueryBuilder } from 'typeorm';
import { AuditEvent } from '../database/audit-event.entity';
import { AuditTrail } from '../database/audit-trail';
import { SupportCase } from '../cases/support-case.entity';
import { RecordNotFound, VersionConflict } from '../common/app-exception';
import { Contact } from '../contacts/contact.entity';
import { Interaction } from '../interactions/interaction.entity';
import { Organisation } from '../organisations/organisation.entity';
import { InformationRequest } from '../requests/information-request.entity';
import { eraseRegistrationsOfPerson, registrationsOfPerson, type Registration } from '../events';
import { ContactErased } from './contact-erased.exception';
import type { PersonalDataReadKind } from './personal-data-read.entity';
import { CONTACT_PERSONAL_FIELDS, ERASED_IDENTITY, ERASED_VALUE } from './personal-fields';
import { ENTITY_OF, eraseMentionsFromRecords, eraseMentionsFromTrail, type ErasedMentions, type FreeTextTable } from './mention-erasure';

/** Everything the back-office holds about one person: what the right of access (GDPR art. 15) hands over. */
export interface PersonalData {
  exportedAt: Date;
  contact: Contact;
  organisation: Pick<Organisation, 'id' | 'name'> | null;
  /** The requests the person made, as a contact or under their e-mail, each with its timeline. */
  requests: (InformationRequest & { interactions: Interaction[] })[];
  /** The support cases the person is the contact of (the holder, for a private individual). */
  cases: SupportCase[];
  /** The person's registrations for collective events, as the contact or under their e-mail. */
  registrations: Registration[];
  /** The contact's own history. */
  history: AuditEvent[];
  /** When relay users saw the contact. */
  relayReads: { at: Date; kind: PersonalDataReadKind; userId: number; userFullName: string }[];
}

const REQUESTER_FIELDS = ['requesterName', 'requesterEmail'];

@Injectable()
export class PrivacyService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly audit: AuditTrail,
  ) {}

  /** Read in one snapshot, so the parts agree with each other. */
  personalDataOf(id: number): Promise<PersonalData> {
    return this.dataSource.transaction('REPEATABLE READ', async (tx) => {
      const contact = await tx.findOneBy(Contact, { id });
      if (!contact) throw new RecordNotFound('contact', id);
      const organisation =
        contact.organisationId === null
          ? null
          : await tx.findOne(Organisation, { select: { id: true, name: true }, where: { id: contact.organisationId } });
      const requests = await this.requestsOf(tx, contact).getMany();
      const interactions = requests.length
        ? await tx.find(Interaction, {
            where: { requestId: In(requests.map((request) => request.id)) },
            order: { occurredAt: 'ASC', id: 'ASC' },
          })
        : [];
      const cases = await tx.find(SupportCase, { where: { contactId: id }, order: { openedAt: 'ASC', id: 'ASC' } });
      const registrations = await registrationsOfPerson(tx, contact);
      const history = await tx.find(AuditEvent, { where: { entity: 'contact', entityId: id }, order: { at: 'ASC', id: 'ASC' } });
      const relayReads: PersonalData['relayReads'] = await tx.query(
        `SELECT r.at, r.kind, r.user_id AS "userId", u.full_name AS "userFullName"
           FROM personal_data_reads r JOIN users u ON u.id = r.user_id
          WHERE r.contact_id = $1 ORDER BY r.at, r.id`,
        [id],
      );
      return {
        exportedAt: new Date(),
        contact,
        organisation,
        requests: requests.map((request) => ({
          ...request,
          interactions: interactions.filter((interaction) => interaction.requestId === request.id),
        })),
        cases,
        registrations,
        history,
        relayReads,
      };
    });
  }

  /**
   * Erases a person (GDPR art. 17) by anonymising in place: the contact row stays, nameless, so
   * its requests and every figure keep counting; the requests they made lose the requester's name
   * and e-mail but keep their topic, dates and status; the free text that names them loses the
   * mentions (`eraseMentions`); past audit events lose the values. Nothing is deleted; all in one
   * transaction. The erasure itself is audited without any erased value.
   */
  erase(actorId: number, id: number, version: number): Promise<Contact> {
    return this.dataSource.transaction(async (tx) => {
      const contact = await tx.findOne(Contact, { where: { id }, lock: { mode: 'pessimistic_write' } });
      if (!contact) throw new RecordNotFound('contact', id);
      if (contact.erasedAt) throw new ContactErased();
      if (contact.version !== version) throw new VersionConflict();

      const requests = await this.requestsOf(tx, contact).setLock('pessimistic_write').getMany();
      const erasedText = await this.eraseMentions(tx, contact, requests);
      const withRequester = requests.filter((request) => request.requesterName !== null || request.requesterEmail !== null);
      if (withRequester.length > 0) {
        await tx
          .createQueryBuilder()
          .update(InformationRequest)
          // A request found by its e-mail now points at the anonymised contact: it still has a requester.
          .set({ requesterName: null, requesterEmail: null, contactId: () => 'coalesce(contact_id, :erasedContactId)' })
          .where('id IN (:...ids)', { ids: withRequester.map((request) => request.id) })
          .setParameter('erasedContactId', contact.id)
          .execute();
      }
      const registrationIds = await eraseRegistrationsOfPerson(tx, this.audit, contact, ERASED_VALUE);
      await this.audit.scrubValues(tx, 'contact', [contact.id], CONTACT_PERSONAL_FIELDS, ERASED_VALUE);
      await this.audit.scrubValues(
        tx,
        'request',
        requests.map((request) => request.id),
        REQUESTER_FIELDS,
        ERASED_VALUE,
      );

      const erasedAt = new Date();
      tx.merge(Contact, contact, { ...ERASED_IDENTITY, erasedAt });
      await tx.save(contact);
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
      for (const { entity, entityId, fields } of erasedText) {
        erasure(entity, entityId, Object.fromEntries(fields.map((field) => [field, ERASED_VALUE])));
      }
      await tx.save(
        AuditEvent,
        [...erasures.values()].map(({ entity, entityId, after }) => ({
          actorId,
          action: 'erase' as const,
          entity,
          entityId,
          changes: { before: null, after },
        })),
        { reload: false },
      );
      return tx.findOneByOrFail(Contact, { id });
    });
  }

  /**
   * Erases the person from the free text that may name them: their requests (subject, question,
   * answer) and those requests' timelines; the cases of their organisation and the cases their
   * requests became (title, summary, funders) and those cases' timelines; their organisation's
   * notes; the past audit events of all of these and of the contact, and the notifications about them. Under the contact's
   * identity and under each requester name and e-mail their requests were logged with.
   */
  private async eraseMentions(tx: EntityManager, contact: Contact, requests: InformationRequest[]): Promise<ErasedMentions[]> {
    const mentions = mentionsOf([
      contact,
      ...requests.map((request) => ({ firstName: null, lastName: request.requesterName, email: request.requesterEmail, phone: null })),
    ]);
    if (!mentions) return [];
    const requestIds = requests.map((request) => request.id);
    const caseIds: number[] = (
      await tx.query(`SELECT id FROM cases WHERE organisation_id = $1 OR id = ANY($2::int[]) ORDER BY id`, [
        contact.organisationId,
        requests.flatMap((request) => (request.caseId === null ? [] : [request.caseId])),
      ])
    ).map((row: { id: number }) => row.id);
    const interactionIds: number[] = (
      await tx.query(`SELECT id FROM interactions WHERE request_id = ANY($1::int[]) OR case_id = ANY($2::int[]) ORDER BY id`, [
        requestIds,
        caseIds,
      ])
    ).map((row: { id: number }) => row.id);
    const ids: Record<FreeTextTable, number[]> = {
      requests: requestIds,
      cases: caseIds,
      interactions: interactionIds,
      organisations: contact.organisationId === null ? [] : [contact.organisationId],
    };
    const erased = await eraseMentionsFromRecords(tx, mentions, ids);
    const assignmentIds: number[] = (
      await tx.query(`SELECT id FROM assignments WHERE case_id = ANY($1::int[]) ORDER BY id`, [caseIds])
    ).map((row: { id: number }) => row.id);
    const records = (Object.keys(ids) as FreeTextTable[]).map((table) => ({ entity: ENTITY_OF[table], ids: ids[table] }));
    await eraseMentionsFromTrail(tx, mentions, 'audit_events', [{ entity: 'contact', ids: [contact.id] }, ...records]);
    // Reminders name a request by its subject, a case (and its relay assignments) by its title.
    await eraseMentionsFromTrail(tx, mentions, 'notifications', [...records, { entity: 'assignment', ids: assignmentIds }]);
    return erased;
  }

  /** The requests a person made: as the contact, or under the contact's e-mail without being linked. */
  private requestsOf(manager: EntityManager, contact: Contact): SelectQueryBuilder<InformationRequest> {
    const query = manager
      .createQueryBuilder(InformationRequest, 'request')
      .where('request.contactId = :contactId', { contactId: contact.id });
    if (contact.email) query.orWhere('request.requesterEmail = :email', { email: contact.email });
    return query.orderBy('request.receivedAt', 'ASC').addOrderBy('request.id', 'ASC');
  }
}
