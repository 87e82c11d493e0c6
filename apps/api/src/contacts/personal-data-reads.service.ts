import { Injectable } from '@nestjs/common';
import type { AuthUser } from '../common/auth-user';
import { parseListQuery, type ListDefinition, type RawListQuery } from '../common/list-query';
import { Database } from '../database/database';
import type { Page, TableReads } from '../database/record-store';
import { PersonalDataRead, type PersonalDataReadKind } from './personal-data-read.entity';
import { LOG_READS } from './personal-data-reads.sql';

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
  private readonly reads: TableReads<PersonalDataRead>;

  constructor(private readonly db: Database) {
    this.reads = db.reads(PersonalDataRead, 'personal-data-read');
  }

  /**
   * Logs that a relay user saw these contacts, one row per contact in a single statement. Staff
   * and admins work the directory all day: only relays, outside the team, are traced.
   */
  async logRelayReads(user: AuthUser, contactIds: readonly number[], kind: PersonalDataReadKind): Promise<void> {
    if (user.role !== 'relay' || contactIds.length === 0) return;
    await this.db.execute(LOG_READS, [user.id, contactIds, kind]);
  }

  list(raw: RawListQuery): Promise<Page<PersonalDataRead>> {
    const query = parseListQuery(raw, PERSONAL_DATA_READ_LIST);
    return this.reads.list(query);
  }

  get(id: number): Promise<PersonalDataRead> {
    return this.reads.findVisible(id);
  }
}
