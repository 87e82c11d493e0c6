import { Injectable } from '@nestjs/common';
import { INTERACTION_KINDS, RESPONDING_INTERACTION_KINDS } from '@resacoop/domain';
import { DataSource } from 'typeorm';
import { AuditService } from '../audit/audit.service';
import type { AuthUser } from '../auth/auth-user';
import { ValidationFailed } from '../common/app-exception';
import { parseListQuery, type ListDefinition, type RawListQuery } from '../common/list-query';
import { RecordStore, type Page } from '../common/record-store';
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

/** The timeline of a request (and, later, of a support case). */
@Injectable()
export class InteractionsService {
  readonly store: RecordStore<Interaction>;

  constructor(
    private readonly dataSource: DataSource,
    private readonly requests: RequestsService,
    audit: AuditService,
  ) {
    this.store = new RecordStore(dataSource, Interaction, 'interaction', audit);
  }

  list(raw: RawListQuery): Promise<Page<Interaction>> {
    return this.store.list(parseListQuery(raw, INTERACTION_LIST));
  }

  get(id: number): Promise<Interaction> {
    return this.store.findOne(id);
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
