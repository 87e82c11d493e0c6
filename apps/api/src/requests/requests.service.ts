import { Injectable } from '@nestjs/common';
import {
  convertRequest,
  IllegalRequestMove,
  isInTheFuture,
  moveRequest,
  parisDay,
  REQUEST_CHANNELS,
  REQUEST_STATUS_LABELS,
  REQUEST_STATUSES,
  REQUEST_TOPICS,
  requestDueAt,
  requestPath,
  SITES,
  type RequestStatus,
  msg,
  OPEN_REQUEST_STATUSES,
  RESPONDING_INTERACTION_KINDS,
  type InteractionKind,
} from '@resacoop/domain';
import { Database, type Transaction } from '../database/database';
import type { AuthUser } from '../common/auth-user';
import { ValidationFailed, type FieldErrors } from '../common/app-exception';
import type { ListDefinition } from '../common/list-query';
import { RecordService } from '../common/record.service';
import { AppConfig } from '../config/app-config';
import { Contact } from '../contacts';
import { Organisation } from '../organisations';
import { nextReference } from '../references';
import { User } from '../auth';
import type { CreateRequestDto, UpdateRequestDto } from './dto/request.dto';
import { InformationRequest, REQUEST_SEARCH } from './information-request.entity';
import { EMAIL_ON_TIMELINE, MOVE_ON_TIMELINE, REQUEST_BY_REFERENCE } from './requests.sql';
import { sqlCodes } from '../database/sql-lists';

const OPEN = `$alias.status IN (${sqlCodes(OPEN_REQUEST_STATUSES)})`;
const PARIS_NOW = `(now() AT TIME ZONE 'Europe/Paris')`;

export const REQUEST_LIST: ListDefinition = {
  sortable: {
    id: 'id',
    reference: 'reference',
    receivedAt: 'receivedAt',
    dueAt: 'dueAt',
    status: 'status',
    site: 'site',
    channel: 'channel',
    topic: 'topic',
    assigneeId: 'assigneeId',
    answeredAt: 'answeredAt',
    updatedAt: 'updatedAt',
  },
  filters: {
    q: { kind: 'search', expression: REQUEST_SEARCH },
    id: { kind: 'equals', column: 'id', type: 'int' },
    site: { kind: 'equals', column: 'site', type: 'text', values: SITES },
    status: { kind: 'equals', column: 'status', type: 'text', values: REQUEST_STATUSES },
    channel: { kind: 'equals', column: 'channel', type: 'text', values: REQUEST_CHANNELS },
    topic: { kind: 'equals', column: 'topic', type: 'text', values: REQUEST_TOPICS },
    assigneeId: { kind: 'equals', column: 'assigneeId', type: 'int' },
    organisationId: { kind: 'equals', column: 'organisationId', type: 'int' },
    contactId: { kind: 'equals', column: 'contactId', type: 'int' },
    caseId: { kind: 'equals', column: 'caseId', type: 'int' },
    unassigned: { kind: 'flag', condition: '$alias.assignee_id IS NULL' },
    open: { kind: 'flag', condition: OPEN },
    overdue: { kind: 'flag', condition: `${OPEN} AND $alias.due_at < now()` },
    dueThisWeek: {
      kind: 'flag',
      condition: `${OPEN} AND $alias.due_at >= (date_trunc('week', ${PARIS_NOW}) AT TIME ZONE 'Europe/Paris') AND $alias.due_at < ((date_trunc('week', ${PARIS_NOW}) + interval '7 days') AT TIME ZONE 'Europe/Paris')`,
    },
    answeredThisMonth: {
      kind: 'flag',
      condition: `$alias.status IN ('answered', 'closed') AND $alias.answered_at >= (date_trunc('month', ${PARIS_NOW}) AT TIME ZONE 'Europe/Paris')`,
    },
    receivedSince: { kind: 'since', column: 'receivedAt' },
    receivedBefore: { kind: 'until', column: 'receivedAt' },
  },
  defaultSort: ['dueAt', 'ASC'],
};

const EXPORT_FIELDS = [
  'id',
  'reference',
  'site',
  'channel',
  'topic',
  'subject',
  'question',
  'organisationId',
  'contactId',
  'requesterName',
  'requesterEmail',
  'assigneeId',
  'status',
  'receivedAt',
  'dueAt',
  'firstResponseAt',
  'answeredAt',
  'answer',
  'minutesSpent',
  'caseId',
  'createdAt',
  'updatedAt',
] as const satisfies readonly (keyof InformationRequest)[];

type RequestLinks = Pick<InformationRequest, 'organisationId' | 'contactId' | 'assigneeId' | 'requesterName'>;

@Injectable()
export class RequestsService extends RecordService<InformationRequest> {
  constructor(
    db: Database,
    private readonly config: AppConfig,
  ) {
    super(db, {
      target: InformationRequest,
      entityName: 'request',
      list: REQUEST_LIST,
      export: { fileName: 'demandes.csv', fields: EXPORT_FIELDS },
    });
  }

  /** Logs a request: its yearly reference, its due date, and, for "answer now and close", the moves to get there. */
  async create(actor: AuthUser, { status = 'new', receivedAt, ...data }: CreateRequestDto): Promise<InformationRequest> {
    const received = receivedAt ? new Date(receivedAt) : new Date();
    if (isInTheFuture(received)) throw new ValidationFailed({ receivedAt: msg('field.notInFuture') });
    const site = data.site ?? actor.site;
    if (!site) throw new ValidationFailed({ site: msg('field.required') });
    const path = requestPath('new', status);
    if (!path) throw new ValidationFailed({ status: msg('field.newRequestStatus', { status: REQUEST_STATUS_LABELS[status] }) });
    return this.db.transaction(async (tx) => {
      const links = { organisationId: null, contactId: null, assigneeId: null, requesterName: null, ...data };
      await this.assertLinksValid(links, tx);
      const reference = await nextReference(this.db, tx, 'DI', Number(parisDay(received).slice(0, 4)));
      let request = await this.store.create(
        actor.id,
        {
          ...links,
          site,
          status: 'new',
          reference,
          receivedAt: received,
          dueAt: requestDueAt(received, this.config.REQUEST_SLA_WORKING_DAYS),
        },
        tx,
      );
      for (const step of path) request = await this.applyMove(tx, actor, request, step);
      return request;
    });
  }

  /**
   * A request opened by an e-mail, in the caller's transaction (the message's row is written in
   * the same one): no author, channel e-mail, the site of the mailbox it came to.
   */
  async openReceived(
    tx: Transaction,
    data: Pick<
      InformationRequest,
      'site' | 'subject' | 'question' | 'requesterName' | 'requesterEmail' | 'contactId' | 'organisationId' | 'receivedAt'
    >,
  ): Promise<InformationRequest> {
    const reference = await nextReference(this.db, tx, 'DI', Number(parisDay(data.receivedAt).slice(0, 4)));
    return this.store.create(
      null,
      {
        ...data,
        channel: 'email',
        topic: 'other',
        status: 'new',
        reference,
        dueAt: requestDueAt(data.receivedAt, this.config.REQUEST_SLA_WORKING_DAYS),
      },
      tx,
    );
  }

  /** The request a reference names, locked in the caller's transaction, or null. */
  async lockByReference(tx: Transaction, reference: string): Promise<InformationRequest | null> {
    const [found] = await this.db.rows<{ id: number }>(REQUEST_BY_REFERENCE, [reference], tx);
    return found ? this.store.lock(found.id, tx) : null;
  }

  /**
   * The requester wrote back: a request waiting on them (or already answered) is back in the
   * team's hands, its SLA clock running again; a closed one is reopened. Anything else stays as it is.
   */
  async resumeOnReply(tx: Transaction, request: InformationRequest, at: Date): Promise<InformationRequest> {
    if (!['waiting', 'answered', 'closed'].includes(request.status)) return request;
    const changes = this.move(request, 'in_progress', at);
    await this.db.execute(
      MOVE_ON_TIMELINE,
      [request.id, null, `${REQUEST_STATUS_LABELS[request.status].fr} → ${REQUEST_STATUS_LABELS.in_progress.fr}`],
      tx,
    );
    return this.store.applyWithin(tx, null, request, changes);
  }

  /** An e-mail of the request's thread on its timeline (a received one has no author), in the caller's transaction. */
  async recordEmailOnTimeline(tx: Transaction, requestId: number, authorId: number | null, text: string, at: Date): Promise<void> {
    await this.db.execute(EMAIL_ON_TIMELINE, [requestId, authorId, text, at], tx);
  }

  /**
   * An answer sent by e-mail from the desk, on a request locked in the caller's transaction: the
   * first response if none came before, and, when asked, the request answered and closed with it.
   */
  async recordEmailAnswer(
    tx: Transaction,
    actor: AuthUser,
    request: InformationRequest,
    answer: string,
    close: boolean,
    at: Date,
  ): Promise<InformationRequest> {
    let current = request;
    if (!current.firstResponseAt) current = await this.store.applyWithin(tx, actor.id, current, { firstResponseAt: at });
    if (!close) return current;
    current = await this.store.applyWithin(tx, actor.id, current, { answer });
    if (OPEN_REQUEST_STATUSES.includes(current.status)) current = await this.applyMove(tx, actor, current, 'answered');
    if (current.status === 'answered') current = await this.applyMove(tx, actor, current, 'closed');
    return current;
  }

  update(actor: AuthUser, id: number, { version, status, ...changes }: UpdateRequestDto): Promise<InformationRequest> {
    return this.store.update(actor.id, id, version, changes, async (current, tx) => {
      await this.assertLinksValid({ ...current, ...changes }, tx);
      if (!status || status === current.status) return {};
      const moved = this.move({ ...current, ...changes }, status, new Date());
      await this.logMove(tx, actor, current, status);
      return moved;
    });
  }

  /** Reads a request and holds it until the caller's transaction ends, so that concurrent writers queue up. */
  lockRequest(tx: Transaction, id: number): Promise<InformationRequest> {
    return this.store.lock(id, tx);
  }

  /**
   * A note written on a request locked in the caller's transaction: its minutes add up on the
   * request, and a call, e-mail or meeting is the request's first response if none came before.
   */
  async countNote(
    tx: Transaction,
    actorId: number,
    request: InformationRequest,
    note: { kind: InteractionKind; minutesSpent: number; occurredAt: Date },
  ): Promise<void> {
    const firstResponse = !request.firstResponseAt && RESPONDING_INTERACTION_KINDS.includes(note.kind);
    if (note.minutesSpent === 0 && !firstResponse) return;
    await this.store.applyWithin(tx, actorId, request, {
      minutesSpent: request.minutesSpent + note.minutesSpent,
      ...(firstResponse ? { firstResponseAt: note.occurredAt } : {}),
    });
  }

  /**
   * Closes a request locked in the caller's transaction as converted, `at` the opening of
   * `supportCase`: linked to it, taken by whoever converted it if nobody had, and the move on its
   * timeline naming the case. Its reminders stop with it: the reminder rules read only open requests.
   */
  async markConverted(
    tx: Transaction,
    actor: AuthUser,
    request: InformationRequest,
    supportCase: { id: number; reference: string },
    at: Date,
  ): Promise<InformationRequest> {
    const changes = this.refusingIllegal(() => convertRequest(request, at));
    await this.db.execute(
      MOVE_ON_TIMELINE,
      [
        request.id,
        actor.id,
        `${REQUEST_STATUS_LABELS[request.status].fr} → ${REQUEST_STATUS_LABELS.converted.fr} ${supportCase.reference}`,
      ],
      tx,
    );
    return this.store.applyWithin(tx, actor.id, request, {
      ...changes,
      caseId: supportCase.id,
      assigneeId: request.assigneeId ?? actor.id,
    });
  }

  private move(request: InformationRequest, to: RequestStatus, now: Date): Partial<InformationRequest> {
    return this.refusingIllegal(() => moveRequest(request, to, now));
  }

  /** A move the status rules refuse is a 400 naming the field. */
  private refusingIllegal<T>(rule: () => T): T {
    try {
      return rule();
    } catch (error) {
      if (error instanceof IllegalRequestMove) throw new ValidationFailed({ [error.field]: error.text });
      throw error;
    }
  }

  private async applyMove(tx: Transaction, actor: AuthUser, request: InformationRequest, to: RequestStatus): Promise<InformationRequest> {
    const changes = this.move(request, to, new Date());
    await this.logMove(tx, actor, request, to);
    return this.store.applyWithin(tx, actor.id, request, changes);
  }

  /** Every status change writes its own timeline entry. */
  private async logMove(tx: Transaction, actor: AuthUser, request: InformationRequest, to: RequestStatus): Promise<void> {
    await this.db.execute(
      MOVE_ON_TIMELINE,
      [request.id, actor.id, `${REQUEST_STATUS_LABELS[request.status].fr} → ${REQUEST_STATUS_LABELS[to].fr}`],
      tx,
    );
  }

  /** Field errors for a missing requester or a link to nothing, rather than constraint violations. */
  private async assertLinksValid(links: RequestLinks, tx: Transaction): Promise<void> {
    const errors: FieldErrors = {};
    if (!links.organisationId && !links.contactId && !links.requesterName) {
      errors.requesterName = msg('field.requesterRequired');
    }
    if (links.organisationId && !(await this.db.exists(Organisation, links.organisationId, tx)))
      errors.organisationId = msg('field.missing.organisation');
    if (links.contactId && !(await this.db.exists(Contact, links.contactId, tx))) errors.contactId = msg('field.missing.contact');
    if (links.assigneeId) {
      const assignee = await this.db.find(User, links.assigneeId, tx);
      if (!assignee || !assignee.active || assignee.role === 'relay') errors.assigneeId = msg('field.activeStaffExpected');
    }
    if (Object.keys(errors).length > 0) throw new ValidationFailed(errors);
  }
}
