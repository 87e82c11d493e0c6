import { Injectable } from '@nestjs/common';
import { DataSource, type EntityManager } from 'typeorm';
import { AuditService } from '../audit/audit.service';
import { ValidationFailed } from '../common/app-exception';
import type { ListDefinition } from '../common/list-query';
import { RecordService } from '../common/record.service';
import { Organisation } from '../organisations/organisation.entity';
import { Contact, CONTACT_SEARCH } from './contact.entity';
import type { CreateContactDto, UpdateContactDto } from './dto/contact.dto';

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
    q: { kind: 'search', expression: CONTACT_SEARCH },
    id: { kind: 'equals', column: 'id', type: 'int' },
    organisationId: { kind: 'equals', column: 'organisationId', type: 'int' },
    hasNewsletterConsent: { kind: 'isSet', column: 'newsletterConsentAt' },
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
  'createdAt',
  'updatedAt',
] as const satisfies readonly (keyof Contact)[];

type ContactChanges = Omit<UpdateContactDto, 'version'>;

function toEntityFields({ newsletterConsentAt, ...rest }: ContactChanges): Partial<Contact> {
  return newsletterConsentAt === undefined
    ? rest
    : { ...rest, newsletterConsentAt: newsletterConsentAt === null ? null : new Date(newsletterConsentAt) };
}

@Injectable()
export class ContactsService extends RecordService<Contact> {
  constructor(dataSource: DataSource, audit: AuditService) {
    super(dataSource, audit, {
      target: Contact,
      entityName: 'contact',
      list: CONTACT_LIST,
      export: { fileName: 'contacts.csv', fields: EXPORT_FIELDS },
    });
  }

  async create(actorId: number, data: CreateContactDto): Promise<Contact> {
    return this.dataSource.transaction(async (tx) => {
      await this.assertOrganisationExists(data.organisationId, tx);
      return this.store.create(actorId, toEntityFields(data), tx);
    });
  }

  update(actorId: number, id: number, { version, ...changes }: UpdateContactDto): Promise<Contact> {
    return this.store.update(actorId, id, version, toEntityFields(changes), (_, tx) =>
      this.assertOrganisationExists(changes.organisationId, tx),
    );
  }

  remove(actorId: number, id: number): Promise<Contact> {
    return this.store.remove(actorId, id);
  }

  /** A clear field error rather than a foreign-key violation. */
  private async assertOrganisationExists(organisationId: number | null | undefined, tx: EntityManager): Promise<void> {
    if (organisationId === null || organisationId === undefined) return;
    if (!(await tx.exists(Organisation, { where: { id: organisationId } }))) {
      throw new ValidationFailed({ organisationId: 'organisation introuvable' });
    }
  }
}
