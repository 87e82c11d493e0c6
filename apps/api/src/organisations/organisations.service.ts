import { Injectable } from '@nestjs/common';
import { DEPARTEMENTS, MEMBERSHIPS, ORGANISATION_TYPES, ZONES } from '@resacoop/domain';
import type { Response } from 'express';
import { DataSource } from 'typeorm';
import { AuditService } from '../audit/audit.service';
import { fieldColumns, streamCsv } from '../common/csv-export';
import { parseListQuery, type ListDefinition, type RawListQuery } from '../common/list-query';
import { RecordStore, type Page } from '../common/record-store';
import type { CreateOrganisationDto, UpdateOrganisationDto } from './dto/organisation.dto';
import { Organisation, ORGANISATION_SEARCH } from './organisation.entity';

export const ORGANISATION_LIST: ListDefinition = {
  sortable: { id: 'id', name: 'name', acronym: 'acronym', type: 'type', departement: 'departement', city: 'city', membership: 'membership', createdAt: 'createdAt', updatedAt: 'updatedAt' },
  filters: {
    q: { kind: 'search', expression: ORGANISATION_SEARCH },
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
  'id', 'name', 'acronym', 'type', 'siret', 'rna', 'departement', 'postcode', 'city', 'address',
  'website', 'email', 'phone', 'membership', 'zones', 'tags', 'notes', 'createdAt', 'updatedAt',
] as const satisfies readonly (keyof Organisation)[];

@Injectable()
export class OrganisationsService {
  readonly store: RecordStore<Organisation>;

  constructor(dataSource: DataSource, audit: AuditService) {
    this.store = new RecordStore(dataSource, Organisation, 'organisation', audit);
  }

  list(raw: RawListQuery): Promise<Page<Organisation>> {
    return this.store.list(parseListQuery(raw, ORGANISATION_LIST));
  }

  get(id: number): Promise<Organisation> {
    return this.store.findOne(id);
  }

  create(actorId: number, data: CreateOrganisationDto): Promise<Organisation> {
    return this.store.create(actorId, data);
  }

  update(actorId: number, id: number, { version, ...changes }: UpdateOrganisationDto): Promise<Organisation> {
    return this.store.update(actorId, id, version, changes);
  }

  remove(actorId: number, id: number): Promise<Organisation> {
    return this.store.remove(actorId, id);
  }

  export(raw: RawListQuery, response: Response): Promise<void> {
    const query = parseListQuery(raw, ORGANISATION_LIST, { paged: false });
    return streamCsv(response, 'organisations.csv', fieldColumns<Organisation>(EXPORT_FIELDS), (offset, limit) =>
      this.store.listQuery({ ...query, range: { offset, limit } }).getMany(),
    );
  }
}
