import { Injectable } from '@nestjs/common';
import { INTERACTION_KINDS, isInTheFuture, msg } from '@resacoop/domain';
import { Database } from '../database/database';
import type { AuthUser } from '../common/auth-user';
import { scopeFor } from '../common/relay-scope';
import { AccessDenied, ValidationFailed } from '../common/app-exception';
import type { ListDefinition } from '../common/list-query';
import { RecordService } from '../common/record.service';
import { CasesService, type SupportCase } from '../cases';
import { RequestsService } from '../requests';
import type { CreateInteractionDto } from './dto/interaction.dto';
import { Interaction } from './interaction.entity';

export const INTERACTION_LIST: ListDefinition = {
  sortable: { id: 'id', occurredAt: 'occurredAt', kind: 'kind' },
  filters: {
    id: { kind: 'equals', column: 'id', type: 'int' },
    requestId: { kind: 'equals', column: 'requestId', type: 'int' },
    caseId: { kind: 'equals', column: 'caseId', type: 'int' },
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

/** The timelines of requests and of support cases. */
@Injectable()
export class InteractionsService extends RecordService<Interaction> {
  constructor(
    db: Database,
    private readonly requests: RequestsService,
    private readonly cases: CasesService,
  ) {
    super(db, {
      target: Interaction,
      entityName: 'interaction',
      list: INTERACTION_LIST,
      export: { fileName: 'interactions.csv', fields: EXPORT_FIELDS },
    });
  }

  /** Adds an entry to the timeline of a request or of a case the author may see. */
  async create(
    actor: AuthUser,
    { requestId, caseId, occurredAt, minutesSpent = 0, kind, body }: CreateInteractionDto,
  ): Promise<Interaction> {
    if (Boolean(requestId) === Boolean(caseId)) throw new ValidationFailed({ caseId: msg('field.requestOrCase') });
    const when = occurredAt ? new Date(occurredAt) : new Date();
    if (isInTheFuture(when)) throw new ValidationFailed({ occurredAt: msg('field.notInFuture') });
    const entry = { kind, body, minutesSpent, occurredAt: when, authorId: actor.id };
    if (caseId) {
      const missingCase = msg('field.missing.case');
      // A relay user writes only on the cases of their relay; to anyone else a case out of reach does not exist.
      const scope = scopeFor<SupportCase>(actor, 'cases');
      if (scope) {
        await this.cases.get(caseId, scope).catch(() => {
          throw new ValidationFailed({ caseId: missingCase });
        });
      }
      // One statement: the note, its audit event and the check that the case is open (the write path's cost: tests/perf).
      const created = await this.store.createIf(actor.id, { ...entry, caseId }, this.cases.openForWork(caseId));
      return created ?? this.cases.refuseWork(caseId, 'interaction', missingCase);
    }
    if (actor.role === 'relay') throw new AccessDenied();
    return this.db.transaction(async (tx) => {
      const request = await this.requests.lockRequest(tx, requestId!).catch(() => {
        throw new ValidationFailed({ requestId: msg('field.missing.request') });
      });
      const interaction = await this.store.create(actor.id, { ...entry, requestId }, tx);
      await this.requests.countNote(tx, actor.id, request, { kind, minutesSpent, occurredAt: when });
      return interaction;
    });
  }
}
