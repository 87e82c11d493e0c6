import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import type { AuthUser } from '../common/auth-user';
import { RecordNotFound } from '../common/app-exception';
import { parseListQuery, type ListDefinition, type RawListQuery } from '../common/list-query';
import { applyListQuery, fetchPage, type Page } from '../database/record-store';
import { PersonalDataRead, type PersonalDataReadKind } from './personal-data-read.entity';

export const PERSONAL_DATA_READ_LIST: ListDefinition = {
  sortable: { id: 'id', at: 'at' },
  filters: {
    id: { kind: 'equals', column: 'id', type: 'int' },
    contactId: { kind: 'equals', column: 'contactId', type: 'int' },
    userId: { kind: 'equals', column: 'userId', type: 'int' },
    kind: { kind: 'equals', column: 'kind', type: 'text', values: ['read', 'list', 'export'] },
  },
  defaultSort: ['at', 'DESC'],
};

/** The log of relay users' reads of contacts (GDPR): written on every read, read by admins only. */
@Injectable()
export class PersonalDataReadsService {
  constructor(private readonly dataSource: DataSource) {}

  /**
   * Logs that a relay user saw these contacts, one row per contact in a single statement. Staff
   * and admins work the directory all day: only relays, outside the team, are traced.
   */
  async logRelayReads(user: AuthUser, contactIds: readonly number[], kind: PersonalDataReadKind): Promise<void> {
    if (user.role !== 'relay' || contactIds.length === 0) return;
    await this.dataSource.manager
      .createQueryBuilder()
      .insert()
      .into(PersonalDataRead)
      .values(contactIds.map((contactId) => ({ userId: user.id, contactId, kind })))
      .updateEntity(false)
      .execute();
  }

  list(raw: RawListQuery): Promise<Page<PersonalDataRead>> {
    const query = parseListQuery(raw, PERSONAL_DATA_READ_LIST);
    return fetchPage(applyListQuery(this.dataSource.manager.createQueryBuilder(PersonalDataRead, 'pdr'), 'pdr', query), query);
  }

  async get(id: number): Promise<PersonalDataRead> {
    const read = await this.dataSource.manager.findOneBy(PersonalDataRead, { id: String(id) });
    if (!read) throw new RecordNotFound('personal-data-read', id);
    return read;
  }
}
