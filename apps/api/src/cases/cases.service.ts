import { Injectable } from '@nestjs/common';
import {
  CASE_STATUSES,
  DEPARTEMENTS,
  parisDay,
  SITES,
  STAGE_LABELS,
  STAGES,
  ZONES,
  zonesOfCountries,
  type Stage,
  msg,
  LIVE_ASSIGNMENT_STATUSES,
  type Message,
} from '@resacoop/domain';
import { Database, type Transaction } from '../database/database';
import type { AuthUser } from '../common/auth-user';
import { scopeFor } from '../common/relay-scope';
import { AccessDenied, AppException, ErrorCode, ValidationFailed, type FieldErrors } from '../common/app-exception';
import type { ListDefinition } from '../common/list-query';
import { RecordService } from '../common/record.service';
import type { InsertGuard } from '../database/record-store';
import { Contact } from '../contacts';
import { Organisation } from '../organisations';
import { nextReference } from '../references';
import { User } from '../auth';
import type { CreateCaseDto, UpdateCaseDto } from './dto/case.dto';
import { ADVISER, CASE_EXISTS, FIRST_STAGE, OPEN_FOR_WORK, STAGE_HISTORY, STAGE_MOVE, STAGE_MOVE_ON_TIMELINE } from './cases.sql';
import { StageChange } from './stage-change.entity';
import { CASE_SEARCH, SupportCase } from './support-case.entity';
import { sqlCodes } from '../database/sql-lists';

const LIVE_ASSIGNMENT = `SELECT a.case_id FROM assignments a WHERE a.status IN (${sqlCodes(LIVE_ASSIGNMENT_STATUSES)})`;

/** An open case whose next follow-up is past (a day in Paris), `alias` naming the cases table. */
export const followUpOverdue = (alias: string) =>
  `${alias}.status = 'open' AND ${alias}.next_follow_up_at < (now() AT TIME ZONE 'Europe/Paris')::date`;

export const CASE_LIST: ListDefinition = {
  sortable: {
    id: 'id',
    reference: 'reference',
    projectTitle: 'projectTitle',
    stage: 'stage',
    status: 'status',
    site: 'site',
    adviserId: 'adviserId',
    nextFollowUpAt: 'nextFollowUpAt',
    openedAt: 'openedAt',
    updatedAt: 'updatedAt',
  },
  filters: {
    q: { kind: 'search', expression: CASE_SEARCH, reads: ['reference', 'projectTitle'] },
    id: { kind: 'equals', column: 'id', type: 'int' },
    organisationId: { kind: 'equals', column: 'organisationId', type: 'int' },
    contactId: { kind: 'equals', column: 'contactId', type: 'int' },
    adviserId: { kind: 'equals', column: 'adviserId', type: 'int' },
    site: { kind: 'equals', column: 'site', type: 'text', values: SITES },
    stage: { kind: 'equals', column: 'stage', type: 'text', values: STAGES },
    status: { kind: 'equals', column: 'status', type: 'text', values: CASE_STATUSES },
    zones: { kind: 'arrayContains', column: 'zones', values: ZONES },
    departement: {
      kind: 'matches',
      type: 'text',
      values: DEPARTEMENTS,
      // The département of the case's organisation, read with the organisation.
      reads: ['organisationId'],
      condition: '$alias.organisation_id IN (SELECT o.id FROM organisations o WHERE o.departement = :value)',
    },
    relayId: { kind: 'matches', type: 'int', condition: `$alias.id IN (${LIVE_ASSIGNMENT} AND a.relay_id = :value)` },
    followUpOverdue: { kind: 'flag', condition: followUpOverdue('$alias'), reads: ['status', 'nextFollowUpAt'] },
    openedSince: { kind: 'since', column: 'openedAt' },
    openedBefore: { kind: 'until', column: 'openedAt' },
  },
  defaultSort: ['nextFollowUpAt', 'ASC'],
};

const EXPORT_FIELDS = [
  'id',
  'reference',
  'organisationId',
  'contactId',
  'projectTitle',
  'projectSummary',
  'countries',
  'zones',
  'sdgs',
  'adviserId',
  'site',
  'stage',
  'status',
  'outcome',
  'nextFollowUpAt',
  'fundingSoughtEur',
  'fundingObtainedEur',
  'funders',
  'openedAt',
  'closedAt',
] as const satisfies readonly (keyof SupportCase)[];

/** The work a closed case no longer takes, each refused with why (409). */
const CLOSED_CASE_REFUSALS = {
  followUp: { field: 'nextFollowUpAt', text: msg('case.closed.followUp') },
  interaction: { field: 'caseId', text: msg('case.closed.interaction') },
  handOver: { field: 'caseId', text: msg('case.closed.handOver') },
} as const;
export type ClosedCaseWork = keyof typeof CLOSED_CASE_REFUSALS;

function closedCaseRefusal(work: ClosedCaseWork): AppException {
  const { field, text } = CLOSED_CASE_REFUSALS[work];
  return new AppException(ErrorCode.Conflict, text, { [field]: msg('field.caseClosed') });
}

/** Refuses new work on a closed case. */
export function refuseIfClosed(supportCase: Pick<SupportCase, 'status'>, work: ClosedCaseWork): void {
  if (supportCase.status === 'closed') throw closedCaseRefusal(work);
}

/** A case's adviser as whoever reads the case may see them: their name, e-mail and site, nothing else. */
export type CaseAdviser = Pick<User, 'fullName' | 'email' | 'site'>;

/** What a relay user may change on a case they work: the stage and the next follow-up. */
const RELAY_WRITABLE = new Set(['stage', 'nextFollowUpAt', 'version']);

@Injectable()
export class CasesService extends RecordService<SupportCase> {
  constructor(db: Database) {
    super(db, {
      target: SupportCase,
      entityName: 'case',
      list: CASE_LIST,
      export: { fileName: 'accompagnements.csv', fields: EXPORT_FIELDS },
    });
  }

  /** Opens a case inside the caller's transaction (a request conversion brings its own). */
  async open(actor: AuthUser, data: CreateCaseDto, tx: Transaction): Promise<SupportCase> {
    const adviserId = data.adviserId ?? actor.id;
    const adviser = await this.assertLinksValid(
      { organisationId: data.organisationId ?? null, contactId: data.contactId ?? null, adviserId },
      tx,
    );
    const openedAt = data.openedAt ? new Date(data.openedAt) : new Date();
    const stage = data.stage ?? 'design';
    const supportCase = await this.store.create(
      actor.id,
      {
        ...data,
        adviserId,
        site: data.site ?? adviser.site ?? actor.site ?? 'lyon',
        stage,
        status: 'open',
        zones: zonesOfCountries(data.countries ?? []),
        reference: await nextReference(this.db, tx, 'AC', Number(parisDay(openedAt).slice(0, 4))),
        openedAt,
      },
      tx,
    );
    await this.db.execute(FIRST_STAGE, [supportCase.id, stage, actor.id, openedAt], tx);
    return supportCase;
  }

  create(actor: AuthUser, data: CreateCaseDto): Promise<SupportCase> {
    return this.db.transaction((tx) => this.open(actor, data, tx));
  }

  /**
   * Staff change anything; a relay user only the stage and the next follow-up of a case they
   * work. A stage move is kept in the stage history and on the timeline; closing needs an outcome.
   */
  async update(actor: AuthUser, id: number, { version, ...changes }: UpdateCaseDto): Promise<SupportCase> {
    if (actor.role === 'relay') {
      await this.get(id, scopeFor(actor, 'cases'));
      const forbidden = Object.keys(changes).filter((field) => !RELAY_WRITABLE.has(field));
      if (forbidden.length > 0) throw new AccessDenied(msg('case.teamOnlyFields', { fields: forbidden.join(', ') }));
    }
    return this.store.update(actor.id, id, version, changes as Partial<SupportCase>, async (current, tx) => {
      const next = { ...current, ...changes } as SupportCase;
      if (changes.nextFollowUpAt && changes.nextFollowUpAt !== current.nextFollowUpAt) refuseIfClosed(next, 'followUp');
      await this.assertLinksValid(next, tx);
      const implied: Partial<SupportCase> = {
        ...this.statusEffects(current, next),
        ...(changes.countries ? { zones: zonesOfCountries(changes.countries) } : {}),
      };
      if (changes.stage && changes.stage !== current.stage) await this.recordStageMove(tx, actor, current, changes.stage);
      return implied;
    });
  }

  /**
   * Refuses new work on the case if it is closed, and keeps it from closing until the caller's
   * transaction ends (the row is read FOR SHARE).
   */
  /**
   * The condition of new work on a case, for a guarded creation: the case exists and is not
   * closed, its row locked `FOR SHARE` by the writing statement so that it cannot close meanwhile.
   */
  openForWork(caseId: number): InsertGuard {
    return (param) => OPEN_FOR_WORK(param(caseId));
  }

  /** Why work guarded by `openForWork` was not written: the case is missing (`missing`, on `caseId`) or closed. */
  async refuseWork(caseId: number, work: ClosedCaseWork, missing: Message): Promise<never> {
    if (!(await this.db.one(CASE_EXISTS, [caseId]))) throw new ValidationFailed({ caseId: missing });
    // The case was closed when the work was written, even if it has been reopened since.
    throw closedCaseRefusal(work);
  }

  /**
   * Locks a case until the caller's transaction ends, so that it neither closes nor changes
   * meanwhile, and refuses the work if it is closed already. A missing case is RecordNotFound.
   */
  async lockOpenCase(tx: Transaction, caseId: number, work: ClosedCaseWork): Promise<SupportCase> {
    const supportCase = await this.store.lock(caseId, tx);
    refuseIfClosed(supportCase, work);
    return supportCase;
  }

  async adviser(actor: AuthUser, id: number): Promise<CaseAdviser> {
    const { adviserId } = await this.get(id, scopeFor(actor, 'cases'));
    return (await this.db.one<CaseAdviser>(ADVISER, [adviserId]))!;
  }

  /** Who moved the case along the project cycle, and when. */
  async stageHistory(actor: AuthUser, id: number): Promise<StageChange[]> {
    await this.get(id, scopeFor(actor, 'cases'));
    return this.db.entities(StageChange, STAGE_HISTORY, [id]);
  }

  private statusEffects(current: SupportCase, next: SupportCase): Partial<SupportCase> {
    const errors: FieldErrors = {};
    if (next.status === 'open' && !next.nextFollowUpAt) errors.nextFollowUpAt = msg('field.followUpRequired');
    if (next.status === 'closed' && !next.outcome) errors.outcome = msg('field.outcomeRequired');
    if (next.status !== 'closed' && next.outcome && current.status === next.status) errors.outcome = msg('field.outcomeOnlyClosed');
    if (Object.keys(errors).length > 0) throw new ValidationFailed(errors);
    if (next.status === current.status) return {};
    if (next.status === 'closed') return { closedAt: new Date() };
    return { closedAt: null, outcome: null };
  }

  private async recordStageMove(tx: Transaction, actor: AuthUser, current: SupportCase, to: Stage): Promise<void> {
    await this.db.execute(STAGE_MOVE, [current.id, current.stage, to, actor.id], tx);
    await this.db.execute(STAGE_MOVE_ON_TIMELINE, [current.id, actor.id, `${STAGE_LABELS[current.stage].fr} → ${STAGE_LABELS[to].fr}`], tx);
  }

  /** The holder (an organisation or a contact, at least one, each existing) and an active adviser. */
  private async assertLinksValid(links: Pick<SupportCase, 'organisationId' | 'contactId' | 'adviserId'>, tx: Transaction): Promise<User> {
    const errors: FieldErrors = {};
    if (!links.organisationId && !links.contactId) errors.organisationId = msg('field.caseHolderRequired');
    if (links.organisationId && !(await this.db.exists(Organisation, links.organisationId, tx)))
      errors.organisationId = msg('field.missing.organisation');
    if (links.contactId && !(await this.db.exists(Contact, links.contactId, tx))) errors.contactId = msg('field.missing.contact');
    const adviser = await this.db.find(User, links.adviserId, tx);
    if (!adviser || !adviser.active || adviser.role === 'relay') errors.adviserId = msg('field.activeStaffExpected');
    if (Object.keys(errors).length > 0) throw new ValidationFailed(errors);
    return adviser!;
  }
}
