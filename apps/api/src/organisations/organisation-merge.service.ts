import { msg } from '@resacoop/domain';
import { Injectable } from '@nestjs/common';
import { AuditTrail, diff } from '../database/audit-trail';
import { Database, type Transaction } from '../database/database';
import type { RecordStore } from '../database/record-store';
import { RecordNotFound, ValidationFailed, VersionConflict } from '../common/app-exception';
import type { MergeOrganisationsDto } from './dto/merge-organisations.dto';
import { DELETE_ABSORBED, DUPLICATES, MOVE_CO_ORGANISER, MOVE_REFERENCES, SIMILARITY_THRESHOLD } from './organisation-merge.sql';
import { Organisation } from './organisation.entity';

/** Two name keys sharing at least this proportion of trigrams most likely name the same organisation. */
const SIMILAR_NAME_THRESHOLD = 0.6;

/** Why two organisations are likely one, strongest first. */
const DUPLICATE_REASONS = ['siret', 'rna', 'name'] as const;
export type DuplicateReason = (typeof DUPLICATE_REASONS)[number];

/** Enough to recognise the organisation, and its version for a merge. */
export type DuplicateSummary = Pick<
  Organisation,
  'id' | 'version' | 'name' | 'acronym' | 'siret' | 'rna' | 'departement' | 'city' | 'type'
>;

export interface DuplicateCandidate {
  organisation: DuplicateSummary;
  reasons: DuplicateReason[];
  /** Trigram similarity of the two name keys, from 0 to 1. */
  similarity: number;
}

interface CandidateRow extends DuplicateSummary {
  sameSiret: boolean;
  sameRna: boolean;
  similarName: boolean;
  similarity: number;
}

/** The records that point at an organisation: on a merge they move to the kept one, each with its audit event. */
const REFERRING_RECORDS = [
  { table: 'contacts', entity: 'contact' },
  { table: 'requests', entity: 'request' },
  // A case's relay assignments and timeline point at the case, not at the organisation: they follow it.
  { table: 'cases', entity: 'case' },
  { table: 'relays', entity: 'relay' },
  { table: 'registrations', entity: 'registration' },
] as const;

/** What the kept organisation takes from the absorbed one where it has nothing of its own. */
const FILLED_WHEN_EMPTY = [
  'acronym',
  'siret',
  'rna',
  'departement',
  'postcode',
  'city',
  'address',
  'website',
  'email',
  'phone',
] as const satisfies readonly (keyof Organisation)[];

const union = <T>(first: T[], second: T[]): T[] => [...new Set([...first, ...second])];

/** The fields of `kept` that change when it absorbs `absorbed`: nothing it holds is overwritten, nothing the other holds is lost. */
export function absorbedFields(kept: Organisation, absorbed: Organisation): Partial<Organisation> {
  const changes: Partial<Organisation> = Object.fromEntries(
    FILLED_WHEN_EMPTY.filter((field) => kept[field] === null && absorbed[field] !== null).map((field) => [field, absorbed[field]]),
  );
  if (kept.membership === 'none' && absorbed.membership !== 'none') changes.membership = absorbed.membership;
  const zones = union(kept.zones, absorbed.zones);
  if (zones.length > kept.zones.length) changes.zones = zones;
  const tags = union(kept.tags, absorbed.tags);
  if (tags.length > kept.tags.length) changes.tags = tags;
  if (absorbed.notes !== null && absorbed.notes !== kept.notes) {
    changes.notes = kept.notes === null ? absorbed.notes : `${kept.notes}\n\n${absorbed.notes}`;
  }
  return changes;
}

/** Keeps the directory clean: finds the likely duplicates of an organisation and merges two organisations into one. */
@Injectable()
export class OrganisationMergeService {
  private readonly store: RecordStore<Organisation>;

  constructor(
    private readonly db: Database,
    private readonly audit: AuditTrail,
  ) {
    this.store = db.store(Organisation, 'organisation');
  }

  async findDuplicates(id: number): Promise<DuplicateCandidate[]> {
    return this.db.transaction(async (tx) => {
      const organisation = await this.store.findOne(id, tx);
      await this.db.execute(SIMILARITY_THRESHOLD, [String(SIMILAR_NAME_THRESHOLD)], tx);
      const rows = await this.db.rows<CandidateRow>(
        DUPLICATES,
        [id, organisation.siret, organisation.rna, organisation.name, SIMILAR_NAME_THRESHOLD],
        tx,
      );
      return rows.map(({ sameSiret, sameRna, similarName, similarity, ...summary }) => {
        const holds: Record<DuplicateReason, boolean> = { siret: sameSiret, rna: sameRna, name: similarName };
        return { organisation: summary, reasons: DUPLICATE_REASONS.filter((reason) => holds[reason]), similarity };
      });
    });
  }

  /**
   * Merges `duplicateId` into `keptId` in one transaction: what pointed at the absorbed organisation
   * points at the kept one, the kept one fills its blanks from the absorbed one, the absorbed one is
   * deleted. Both organisations get a 'merge' event and every moved record an 'update' event.
   */
  async merge(actorId: number, keptId: number, { duplicateId, version, duplicateVersion }: MergeOrganisationsDto): Promise<Organisation> {
    if (duplicateId === keptId) throw new ValidationFailed({ duplicateId: msg('field.mergeSelf') });
    return this.db.transaction(async (tx) => {
      const { kept, absorbed } = await this.lockPair(tx, keptId, duplicateId);
      if (kept.version !== version || absorbed.version !== duplicateVersion) throw new VersionConflict();
      for (const { table, entity } of REFERRING_RECORDS) await this.moveReferences(tx, actorId, table, entity, absorbed.id, kept.id);
      await this.db.execute(MOVE_CO_ORGANISER, [kept.id, absorbed.id, actorId], tx);
      await this.db.execute(DELETE_ABSORBED, [absorbed.id], tx);
      // Always a new version, even with no field filled: the organisation now has more behind it.
      const merged = await this.store.writeWithin(tx, kept.id, absorbedFields(kept, absorbed));
      const changes = diff(kept, merged);
      await this.audit.record(tx, {
        actorId,
        action: 'merge',
        entity: 'organisation',
        entityId: kept.id,
        before: changes.before ?? {},
        after: { ...changes.after, mergedName: absorbed.name, mergedId: absorbed.id },
      });
      await this.audit.record(tx, {
        actorId,
        action: 'merge',
        entity: 'organisation',
        entityId: absorbed.id,
        before: absorbed,
        after: { mergedInto: kept.id },
      });
      return merged;
    });
  }

  /** Both organisations, locked in id order so two merges of the same pair queue up rather than deadlock. */
  private async lockPair(tx: Transaction, keptId: number, absorbedId: number): Promise<{ kept: Organisation; absorbed: Organisation }> {
    const locked = new Map<number, Organisation | null>();
    for (const id of [keptId, absorbedId].sort((a, b) => a - b)) {
      const organisation = await this.store.lock(id, tx).catch((error: unknown) => {
        if (error instanceof RecordNotFound) return null;
        throw error;
      });
      locked.set(id, organisation);
    }
    const kept = locked.get(keptId);
    if (!kept) throw new RecordNotFound('organisation', keptId);
    const absorbed = locked.get(absorbedId);
    if (!absorbed) throw new ValidationFailed({ duplicateId: msg('field.missing.organisation') });
    return { kept, absorbed };
  }

  /** Repoints every row of `table` from one organisation to the other and writes their audit events, in one statement however many rows. */
  private async moveReferences(
    tx: Transaction,
    actorId: number,
    table: string,
    entity: string,
    fromId: number,
    toId: number,
  ): Promise<void> {
    const changes = { before: { organisationId: fromId }, after: { organisationId: toId } };
    await this.db.execute(MOVE_REFERENCES(table), [toId, fromId, actorId, entity, JSON.stringify(changes)], tx);
  }
}
