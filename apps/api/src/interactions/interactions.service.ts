import { Injectable } from '@nestjs/common';
import { INTERACTION_KINDS, RESPONDING_INTERACTION_KINDS } from '@resacoop/domain';
import { DataSource } from 'typeorm';
import { AuditService } from '../audit/audit.service';
import type { AuthUser } from '../auth/auth-user';
import { ValidationFailed } from '../common/app-exception';
import type { ListDefinition } from '../common/list-query';
import { RecordService } from '../common/record.service';
import { RequestsService } from '../requests/requests.service';
import type { CreateInteractionDto } from './dto/interaction.dto';
import { Interaction } from './interaction.entity';

export const INTERACTION_LIST: ListDefinition = {
  sortable: { id: 'id', occurredAt: 'occurredAt', kind: 'kind' },
  filters: {
    id: { kind: 'equals', column: 'id', type: 'int' },
    requestId: { kind: 'equals', column: 'requestId', type: 'int' },
    authorId: { kind: 'equals', column: 'authorId', type: 'int' },
    kind: { kind: 'equals', column: 'kind', type: 'text', values: INTERACTION_KINDS },
  },
  defaultSort: ['occurredAt', 'DESC'],
};

const EXPORT_FIELDS = [
  'id',
  'requestId',
  'kind',
  'authorId',
  'occurredAt',
  'minutesSpent',
  'body',
] as const satisfies readonly (keyof Interaction)[];

/** The timeline of a request (and, later, of a support case). */
@Injectable()
export class InteractionsService extends RecordService<Interaction> {
  constructor(
    dataSource: DataSource,
    private readonly requests: RequestsService,
    audit: AuditService,
  ) {
    super(dataSource, audit, {
      target: Interaction,
      entityName: 'interaction',
      list: INTERACTION_LIST,
      export: { fileName: 'interactions.csv', fields: EXPORT_FIELDS },
    });
  }

  /**
   * Adds an entry and, in the same transaction, its minutes to the request's time spent; a call,
   * e-mail or meeting is the request's first response if none came before.
   */
  async create(actor: AuthUser, { requestId, occurredAt, minutesSpent = 0, ...data }: CreateInteractionDto): Promise<Interaction> {
    const when = occurredAt ? new Date(occurredAt) : new Date();
    if (when.getTime() > Date.now() + 5 * 60_000) throw new ValidationFailed({ occurredAt: 'ne peut pas être dans le futur' });
    return this.dataSource.transaction(async (tx) => {
      const request = await this.requests.store.lock(requestId, tx).catch(() => {
        throw new ValidationFailed({ requestId: 'demande introuvable' });
      });
      const interaction = await this.store.create(actor.id, { ...data, requestId, minutesSpent, occurredAt: when, authorId: actor.id }, tx);
      const firstResponse = !request.firstResponseAt && RESPONDING_INTERACTION_KINDS.includes(data.kind);
      if (minutesSpent > 0 || firstResponse) {
        await this.requests.store.applyWithin(tx, actor.id, request, {
          minutesSpent: request.minutesSpent + minutesSpent,
          ...(firstResponse ? { firstResponseAt: when } : {}),
        });
      }
      return interaction;
    });
  }
}
