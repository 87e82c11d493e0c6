import { msg } from '@resacoop/domain';
import { Injectable } from '@nestjs/common';
import { Database } from '../database/database';
import type { ListDefinition } from '../common/list-query';
import { ValidationFailed } from '../common/app-exception';
import { RecordService } from '../common/record.service';
import { Organisation } from '../organisations';
import type { UpdateRelayDto } from './dto/relay.dto';
import { Relay } from './relay.entity';

export const RELAY_LIST: ListDefinition = {
  sortable: { id: 'id', name: 'name' },
  filters: {
    q: { kind: 'search', expression: 'f_unaccent(lower($alias.name))' },
    id: { kind: 'equals', column: 'id', type: 'int' },
  },
  defaultSort: ['name', 'ASC'],
};

@Injectable()
export class RelaysService extends RecordService<Relay> {
  constructor(db: Database) {
    super(db, {
      target: Relay,
      entityName: 'relay',
      list: RELAY_LIST,
      export: { fileName: 'relais.csv', fields: ['id', 'name', 'organisationId', 'departements'] },
    });
  }

  update(actorId: number, id: number, { version, ...changes }: UpdateRelayDto): Promise<Relay> {
    return this.store.update(actorId, id, version, changes, async (_, tx) => {
      if (changes.organisationId && !(await this.db.exists(Organisation, changes.organisationId, tx))) {
        throw new ValidationFailed({ organisationId: msg('field.missing.organisation') });
      }
    });
  }
}
