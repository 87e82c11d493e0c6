import { COMMON_NAME_WORDS, msg } from '@resacoop/domain';
import { Injectable } from '@nestjs/common';
import { DataSource, type EntityManager } from 'typeorm';
import { AuditTrail, diff } from '../database/audit-trail';
import { RecordNotFound, ValidationFailed, VersionConflict } from '../common/app-exception';
import type { MergeOrganisationsDto } from './dto/merge-organisations.dto';
import { Organisation, ORGANISATION_NAME_KEY } from './organisation.entity';

/** Two name keys sharing at least this proportion of trigrams most likely name the same organisation. */
const SIMILAR_NAME_THRESHOLD = 0.6;
const MAX_DUPLICATES = 10;

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

const NAME_KEY = ORGANISATION_NAME_KEY.replaceAll('$alias', 'o');

/** A name key without the words many organisations share (COMMON_NAME_WORDS). */
const distinctive = (key: string) =>
  `btrim(regexp_replace(regexp_replace(${key}, '\\m(${COMMON_NAME_WORDS.join('|')})\\M', ' ', 'g'), ' +', ' ', 'g'))`;

/**
 * Same SIRET, same RNA, or name keys alike (`%`, through the trigram index on the name key) in
 * what sets them apart too: "Afdi Auvergne-Rhône-Alpes" is not "Région Auvergne-Rhône-Alpes".
 * Best first. $1 the organisation's id, $2 its SIRET, $3 its RNA, $4 its name, $5 the threshold.
 */
const DUPLICATES_QUERY = `
  WITH candidates AS (
    SELECT o.*, ${NAME_KEY} AS key, f_organisation_name_key($4) AS wanted
      FROM organisations o
     WHERE o.id <> $1 AND (o.siret = $2 OR o.rna = $3 OR ${NAME_KEY} % f_organisation_name_key($4))),
  words AS (SELECT *, ${distinctive('key')} AS key_words, ${distinctive('wanted')} AS wanted_words FROM candidates)
  SELECT id, version, name, acronym, siret, rna, departement, city, type, "sameSiret", "sameRna", "similarName", similarity
    FROM (SELECT *,
                 coalesce(siret = $2, false) AS "sameSiret",
                 coalesce(rna = $3, false) AS "sameRna",
                 key % wanted AND (key_words = wanted_words OR similarity(key_words, wanted_words) >= $5) AS "similarName",
                 similarity(key, wanted) AS similarity
            FROM words) alike
   WHERE "sameSiret" OR "sameRna" OR "similarName"
   ORDER BY "sameSiret" DESC, "sameRna" DESC, similarity DESC, id
   LIMIT ${MAX_DUPLICATES}`;

/** The records that point at an organisation: on a merge they move to the kept one, each with its audit event. */
const REFERRING_RECORDS = [
  { table: 'contacts', entity: 'contact' },
  { table: 'requests', entity: 'request' },
  // A case's relay assignments and timeline point at the case, not at the organisation: they follow it.
  { table: 'cases', entity: 'case' },
  { table: 'relays', entity: 'relay' },
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
  constructor(
    private readonly dataSource: DataSource,
    private readonly audit: AuditTrail,
  ) {}

  async findDuplicates(id: number): Promise<DuplicateCandidate[]> {
    return this.dataSource.transaction(async (tx) => {
      const organisation = await tx.findOneBy(Organisation, { id });
      if (!organisation) throw new RecordNotFound('organisation', id);
      // `%` compares with this threshold, and the trigram index prunes with it too.
      await tx.query(`SELECT set_config('pg_trgm.similarity_threshold', $1, true)`, [String(SIMILAR_NAME_THRESHOLD)]);
      const rows: CandidateRow[] = await tx.query(DUPLICATES_QUERY, [
        id,
        organisation.siret,
        organisation.rna,
        organisation.name,
        SIMILAR_NAME_THRESHOLD,
      ]);
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
    return this.dataSource.transaction(async (tx) => {
      const { kept, absorbed } = await this.lockPair(tx, keptId, duplicateId);
      if (kept.version !== version || absorbed.version !== duplicateVersion) throw new VersionConflict();
      for (const { table, entity } of REFERRING_RECORDS) await this.moveReferences(tx, actorId, table, entity, absorbed.id, kept.id);
      await tx.delete(Organisation, absorbed.id);
      // Always a new version, even with no field filled: the organisation now has more behind it.
      await tx
        .createQueryBuilder()
        .update(Organisation)
        .set({ ...absorbedFields(kept, absorbed), updatedAt: () => 'now()' })
        .where('id = :id', { id: kept.id })
        .execute();
      const merged = await tx.findOneByOrFail(Organisation, { id: kept.id });
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
  private async lockPair(tx: EntityManager, keptId: number, absorbedId: number): Promise<{ kept: Organisation; absorbed: Organisation }> {
    const locked = new Map<number, Organisation | null>();
    for (const id of [keptId, absorbedId].sort((a, b) => a - b)) {
      locked.set(id, await tx.findOne(Organisation, { where: { id }, lock: { mode: 'pessimistic_write' } }));
    }
    const kept = locked.get(keptId);
    if (!kept) throw new RecordNotFound('organisation', keptId);
    const absorbed = locked.get(absorbedId);
    if (!absorbed) throw new ValidationFailed({ duplicateId: msg('field.missing.organisation') });
    return { kept, absorbed };
  }

  /** Repoints every row of `table` from one organisation to the other and writes their audit events, in one statement however many rows. */
  private async moveReferences(
    tx: EntityManager,
    actorId: number,
    table: string,
    entity: string,
    fromId: number,
    toId: number,
  ): Promise<void> {
    const changes = { before: { organisationId: fromId }, after: { organisationId: toId } };
    await tx.query(
      `WITH moved AS (
         UPDATE ${table} SET organisation_id = $1, version = version + 1, updated_at = now() WHERE organisation_id = $2 RETURNING id
       )
       INSERT INTO audit_events (actor_id, action, entity, entity_id, changes)
       SELECT $3, 'update', $4, moved.id, $5::jsonb FROM moved`,
      [toId, fromId, actorId, entity, JSON.stringify(changes)],
    );
  }
}
