import { Injectable } from '@nestjs/common';
import { DataSource, In, type EntityManager, type SelectQueryBuilder } from 'typeorm';
import { AuditEvent } from '../audit/audit-event.entity';
import { SupportCase } from '../cases/support-case.entity';
import { RecordNotFound, VersionConflict } from '../common/app-exception';
import { Contact } from '../contacts/contact.entity';
import { Interaction } from '../interactions/interaction.entity';
import { Organisation } from '../organisations/organisation.entity';
import { InformationRequest } from '../requests/information-request.entity';
import { ContactErased } from './contact-erased.exception';
import type { PersonalDataReadKind } from './personal-data-read.entity';

/** Everything the back-office holds about one person: what the right of access (GDPR art. 15) hands over. */
export interface PersonalData {
  exportedAt: Date;
  contact: Contact;
  organisation: Pick<Organisation, 'id' | 'name'> | null;
  /** The requests the person made, as a contact or under their e-mail, each with its timeline. */
  requests: (InformationRequest & { interactions: Interaction[] })[];
  /** The support cases the person is the contact of (the holder, for a private individual). */
  cases: SupportCase[];
  /** The contact's own history. */
  history: AuditEvent[];
  /** When relay users saw the contact. */
  relayReads: { at: Date; kind: PersonalDataReadKind; userId: number; userFullName: string }[];
}

/** What an erased contact keeps of a person: a name that says it was erased, nothing else. */
const ERASED_IDENTITY = {
  firstName: 'Personne',
  lastName: 'effacée',
  email: null,
  phone: null,
  function: null,
  notes: null,
  newsletterConsentAt: null,
} satisfies Partial<Contact>;

const REQUESTER_FIELDS = ['requesterName', 'requesterEmail'];

/** Stands in the history for an erased value: the change stays visible, the value does not. */
const ERASED_VALUE = '[effacé]';

/** One side (`before` or `after`) of an audit event's changes, with the values of fields `$3` replaced by `$4`. */
const scrubbedSide = (side: 'before' | 'after') => `CASE WHEN jsonb_typeof(changes->'${side}') = 'object' THEN coalesce(
    (SELECT jsonb_object_agg(key, CASE WHEN key = ANY($3::text[]) AND value <> 'null'::jsonb THEN to_jsonb($4::text) ELSE value END)
       FROM jsonb_each(changes->'${side}')),
    '{}'::jsonb) ELSE changes->'${side}' END`;

@Injectable()
export class PrivacyService {
  constructor(private readonly dataSource: DataSource) {}

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
        history,
        relayReads,
      };
    });
  }

  /**
   * Erases a person (GDPR art. 17) by anonymising in place: the contact row stays, nameless, so
   * its requests and every figure keep counting; the requests they made lose the requester's name
   * and e-mail but keep their topic, dates and status; past audit events lose the values. Nothing
   * is deleted. The erasure itself is audited without any erased value.
   */
  erase(actorId: number, id: number, version: number): Promise<Contact> {
    return this.dataSource.transaction(async (tx) => {
      const contact = await tx.findOne(Contact, { where: { id }, lock: { mode: 'pessimistic_write' } });
      if (!contact) throw new RecordNotFound('contact', id);
      if (contact.erasedAt) throw new ContactErased();
      if (contact.version !== version) throw new VersionConflict();

      const requests = await this.requestsOf(tx, contact).setLock('pessimistic_write').getMany();
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
      await this.scrubAuditTrail(tx, 'contact', [contact.id], Object.keys(ERASED_IDENTITY));
      await this.scrubAuditTrail(
        tx,
        'request',
        requests.map((request) => request.id),
        REQUESTER_FIELDS,
      );

      const erasedAt = new Date();
      tx.merge(Contact, contact, { ...ERASED_IDENTITY, erasedAt });
      await tx.save(contact);
      const erasure = (entity: string, entityId: number, after: Record<string, unknown>) => ({
        actorId,
        action: 'erase' as const,
        entity,
        entityId,
        changes: { before: null, after },
      });
      await tx.save(
        AuditEvent,
        [
          erasure('contact', contact.id, { erasedAt: erasedAt.toISOString(), requestIds: withRequester.map((request) => request.id) }),
          ...withRequester.map((request) =>
            erasure('request', request.id, { requesterName: null, requesterEmail: null, contactId: request.contactId ?? contact.id }),
          ),
        ],
        { reload: false },
      );
      return tx.findOneByOrFail(Contact, { id });
    });
  }

  /** The requests a person made: as the contact, or under the contact's e-mail without being linked. */
  private requestsOf(manager: EntityManager, contact: Contact): SelectQueryBuilder<InformationRequest> {
    const query = manager
      .createQueryBuilder(InformationRequest, 'request')
      .where('request.contactId = :contactId', { contactId: contact.id });
    if (contact.email) query.orWhere('request.requesterEmail = :email', { email: contact.email });
    return query.orderBy('request.receivedAt', 'ASC').addOrderBy('request.id', 'ASC');
  }

  /** Past audit events of these records keep that the fields changed, not what they held. */
  private async scrubAuditTrail(tx: EntityManager, entity: string, ids: number[], fields: string[]): Promise<void> {
    if (ids.length === 0) return;
    await tx.query(
      `UPDATE audit_events SET changes = jsonb_build_object('before', ${scrubbedSide('before')}, 'after', ${scrubbedSide('after')})
        WHERE entity = $1 AND entity_id = ANY($2::int[]) AND (changes->'before' ?| $3::text[] OR changes->'after' ?| $3::text[])`,
      [entity, ids, fields, ERASED_VALUE],
    );
  }
}
