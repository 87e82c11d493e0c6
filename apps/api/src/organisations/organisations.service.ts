import { Injectable } from '@nestjs/common';
import { DEPARTEMENTS, MEMBERSHIPS, ORGANISATION_TYPES, ZONES } from '@resacoop/domain';
import { Database } from '../database/database';
import type { ListDefinition } from '../common/list-query';
import type { HistoryLink } from '../database/record-store';
import { RecordService } from '../common/record.service';
import type { CreateOrganisationDto, UpdateOrganisationDto } from './dto/organisation.dto';
import { Organisation, ORGANISATION_SEARCH } from './organisation.entity';

export const ORGANISATION_LIST: ListDefinition = {
  sortable: {
    id: 'id',
    name: 'name',
    acronym: 'acronym',
    type: 'type',
    departement: 'departement',
    city: 'city',
    membership: 'membership',
    createdAt: 'createdAt',
    updatedAt: 'updatedAt',
  },
  filters: {
    q: { kind: 'search', expression: ORGANISATION_SEARCH, reads: ['name', 'acronym', 'city'] },
    id: { kind: 'equals', column: 'id', type: 'int' },
    type: { kind: 'equals', column: 'type', type: 'text', values: ORGANISATION_TYPES },
    departement: { kind: 'equals', column: 'departement', type: 'text', values: DEPARTEMENTS },
    membership: { kind: 'equals', column: 'membership', type: 'text', values: MEMBERSHIPS },
    zones: { kind: 'arrayContains', column: 'zones', values: ZONES },
    siret: { kind: 'equals', column: 'siret', type: 'text' },
    rna: { kind: 'equals', column: 'rna', type: 'text' },
  },
  defaultSort: ['name', 'ASC'],
};

const EXPORT_FIELDS = [
  'id',
  'name',
  'acronym',
  'type',
  'siret',
  'rna',
  'departement',
  'postcode',
  'city',
  'address',
  'website',
  'email',
  'phone',
  'membership',
  'zones',
  'tags',
  'notes',
  'createdAt',
  'updatedAt',
] as const satisfies readonly (keyof Organisation)[];

/** What makes an organisation part of the history: deleting it would unlink them. */
const ORGANISATION_HELD_BY: readonly HistoryLink[] = [
  { holder: 'contacts', table: 'contacts', column: 'organisation_id' },
  { holder: 'requests', table: 'requests', column: 'organisation_id' },
  { holder: 'cases', table: 'cases', column: 'organisation_id' },
  { holder: 'relays', table: 'relays', column: 'organisation_id' },
  { holder: 'registrations', table: 'registrations', column: 'organisation_id' },
];

@Injectable()
export class OrganisationsService extends RecordService<Organisation> {
  constructor(db: Database) {
    super(db, {
      target: Organisation,
      entityName: 'organisation',
      list: ORGANISATION_LIST,
      export: { fileName: 'organisations.csv', fields: EXPORT_FIELDS },
    });
  }

  create(actorId: number, data: CreateOrganisationDto): Promise<Organisation> {
    return this.store.create(actorId, data);
  }

  update(actorId: number, id: number, { version, ...changes }: UpdateOrganisationDto): Promise<Organisation> {
    return this.store.update(actorId, id, version, changes);
  }

  remove(actorId: number, id: number): Promise<Organisation> {
    return this.store.remove(actorId, id, { record: 'organisation', heldBy: ORGANISATION_HELD_BY });
  }
}
