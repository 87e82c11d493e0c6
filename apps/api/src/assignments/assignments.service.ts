import { Injectable } from '@nestjs/common';
import {
  allowsAssignmentMove,
  ASSIGNMENT_MOVES,
  ASSIGNMENT_STATUS_LABELS,
  ASSIGNMENT_STATUSES,
  makesAssignmentMove,
  type AssignmentMove,
  msg,
  type Message,
} from '@resacoop/domain';
import { Database, type Transaction } from '../database/database';
import type { AuthUser } from '../common/auth-user';
import { AccessDenied, AppException, ErrorCode, RecordNotFound, ValidationFailed, VersionConflict } from '../common/app-exception';
import type { ListDefinition } from '../common/list-query';
import { RecordService } from '../common/record.service';
import { CasesService, followUpOverdue } from '../cases';
import { Relay } from '../relays';
import { Assignment } from './assignment.entity';
import { LIVE_ON_CASE, ON_CASE_TIMELINE, RELAY_COVERING } from './assignments.sql';
import type { CreateAssignmentDto } from './dto/assignment.dto';

export const ASSIGNMENT_LIST: ListDefinition = {
  // acknowledgedAt descending puts the proposals awaiting an answer first (PostgreSQL sorts NULL first in descending order).
  sortable: {
    id: 'id',
    assignedAt: 'assignedAt',
    acknowledgedAt: 'acknowledgedAt',
    status: 'status',
    relayId: 'relayId',
    caseId: 'caseId',
  },
  filters: {
    id: { kind: 'equals', column: 'id', type: 'int' },
    caseId: { kind: 'equals', column: 'caseId', type: 'int' },
    relayId: { kind: 'equals', column: 'relayId', type: 'int' },
    status: { kind: 'equals', column: 'status', type: 'text', values: ASSIGNMENT_STATUSES },
    /** A proposal the team withdrew is none of the relay's business any more. */
    hideWithdrawn: { kind: 'flag', condition: `$alias.status <> 'withdrawn'`, reads: ['status'] },
    /** Those of a case whose follow-up is overdue: where a relay user's dashboard sends them to see all theirs. */
    followUpOverdue: {
      kind: 'flag',
      condition: `$alias.case_id IN (SELECT c.id FROM cases c WHERE ${followUpOverdue('c')})`,
      // The case's status and follow-up, read with the case.
      reads: ['caseId'],
    },
  },
  defaultSort: ['assignedAt', 'DESC'],
};

const EXPORT_FIELDS = [
  'id',
  'caseId',
  'caseReference',
  'relayId',
  'status',
  'declineReason',
  'assignedById',
  'assignedAt',
  'acknowledgedAt',
  'completedAt',
] as const satisfies readonly (keyof Assignment)[];

/** Why a user of the other side may not make a move. */
const MOVE_REFUSALS: Partial<Record<AssignmentMove, Message>> = {
  accept: msg('assignment.acceptRelayOnly'),
  decline: msg('assignment.declineRelayOnly'),
  withdraw: msg('assignment.withdrawTeamOnly'),
};

@Injectable()
export class AssignmentsService extends RecordService<Assignment> {
  constructor(
    db: Database,
    private readonly cases: CasesService,
  ) {
    super(db, {
      target: Assignment,
      entityName: 'assignment',
      list: ASSIGNMENT_LIST,
      export: { fileName: 'affectations.csv', fields: EXPORT_FIELDS },
    });
  }

  /** Hands a case to a relay: by default the one covering the project holder's département. */
  create(actor: AuthUser, { caseId, relayId }: CreateAssignmentDto): Promise<Assignment> {
    return this.db.transaction(async (tx) => {
      const supportCase = await this.cases.lockOpenCase(tx, caseId, 'handOver').catch((error: unknown) => {
        if (error instanceof RecordNotFound) throw new ValidationFailed({ caseId: msg('field.missing.case') });
        throw error;
      });
      const relay = relayId ? await this.db.find(Relay, relayId, tx) : await this.relayCovering(supportCase.organisationId, tx);
      if (!relay)
        throw new ValidationFailed({
          relayId: relayId ? msg('field.missing.relay') : msg('field.noRelayCovers'),
        });
      // One relay at a time works a case (the case is locked: two hand-overs at once are taken in turn).
      const live = await this.db.one<{ name: string }>(LIVE_ON_CASE, [caseId], tx);
      if (live)
        throw new AppException(ErrorCode.Conflict, msg('assignment.alreadyLive', { relay: live.name }), {
          relayId: msg('field.alreadyAssigned'),
        });
      const assignment = await this.store.create(actor.id, { caseId, relayId: relay.id, status: 'proposed', assignedById: actor.id }, tx);
      await this.logOnCase(tx, actor, caseId, `Confié au relais ${relay.name} (${ASSIGNMENT_STATUS_LABELS.proposed.fr.toLowerCase()})`);
      return assignment;
    });
  }

  /**
   * accept or decline (with a reason): by the relay's own users; withdraw a proposal: by the team;
   * complete: by either. A move the assignment's status does not allow is a 409 naming it.
   */
  move(actor: AuthUser, id: number, move: AssignmentMove, version: number, declineReason?: string): Promise<Assignment> {
    const { to } = ASSIGNMENT_MOVES[move];
    return this.db.transaction(async (tx) => {
      const current = await this.store.lock(id, tx);
      if (actor.role === 'relay' && current.relayId !== actor.relayId) throw new AccessDenied();
      if (!makesAssignmentMove(actor.role, move)) throw new AccessDenied(MOVE_REFUSALS[move]);
      if (current.version !== version) throw new VersionConflict(msg('assignment.versionConflict'));
      if (!allowsAssignmentMove(current.status, move)) {
        throw new AppException(ErrorCode.Conflict, msg('assignment.illegalMove', { status: ASSIGNMENT_STATUS_LABELS[current.status] }), {
          status: msg('field.illegalMoveFrom', { status: ASSIGNMENT_STATUS_LABELS[current.status] }),
        });
      }
      const previous = current.status;
      const now = new Date();
      const acknowledges = current.status === 'proposed' && actor.role === 'relay';
      const updated = await this.store.applyWithin(tx, actor.id, current, {
        status: to,
        ...(to === 'declined' ? { declineReason } : {}),
        ...(to === 'completed' ? { completedAt: now } : {}),
        ...(acknowledges ? { acknowledgedAt: now, acknowledgedById: actor.id } : {}),
      });
      const relay = (await this.db.find(Relay, current.relayId, tx))!;
      const reason = to === 'declined' ? ` : ${declineReason}` : '';
      await this.logOnCase(
        tx,
        actor,
        current.caseId,
        `Relais ${relay.name} : ${ASSIGNMENT_STATUS_LABELS[previous].fr} → ${ASSIGNMENT_STATUS_LABELS[to].fr}${reason}`,
      );
      return updated;
    });
  }

  private async relayCovering(organisationId: number | null, tx: Transaction): Promise<Pick<Relay, 'id' | 'name'> | null> {
    // A private individual's case has no organisation, hence no département: the adviser picks the relay.
    if (!organisationId) return null;
    return (await this.db.one<Pick<Relay, 'id' | 'name'>>(RELAY_COVERING, [organisationId], tx)) ?? null;
  }

  /** Relay work shows on the case's own timeline. */
  private async logOnCase(tx: Transaction, actor: AuthUser, caseId: number, body: string): Promise<void> {
    await this.db.execute(ON_CASE_TIMELINE, [caseId, actor.id, body], tx);
  }
}
