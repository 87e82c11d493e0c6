import { COMMON_NAME_WORDS } from '@resacoop/domain';
import { ORGANISATION_NAME_KEY } from './organisation.entity';

/** `%` compares with this threshold (`$1`) for the rest of the transaction, and the trigram index prunes with it too. */
export const SIMILARITY_THRESHOLD = `SELECT set_config('pg_trgm.similarity_threshold', $1, true)`;

/** The most likely duplicates offered, best first. */
const MAX_DUPLICATES = 10;

const NAME_KEY = ORGANISATION_NAME_KEY.replaceAll('$alias', 'o');

/** A name key without the words many organisations share (COMMON_NAME_WORDS). */
const distinctive = (key: string) =>
  `btrim(regexp_replace(regexp_replace(${key}, '\\m(${COMMON_NAME_WORDS.join('|')})\\M', ' ', 'g'), ' +', ' ', 'g'))`;

/**
 * Same SIRET, same RNA, or name keys alike (`%`, through the trigram index on the name key) in
 * what sets them apart too: "Afdi Auvergne-Rhône-Alpes" is not "Région Auvergne-Rhône-Alpes".
 * Best first. $1 the organisation's id, $2 its SIRET, $3 its RNA, $4 its name, $5 the threshold.
 */
export const DUPLICATES = `
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

/** The absorbed organisation, gone once everything pointing at it points at the kept one. */
export const DELETE_ABSORBED = `DELETE FROM organisations WHERE id = $1`;

/**
 * Repoints every row of `table` from organisation `$2` to `$1` and writes each row's audit event
 * (`$3` the actor, `$4` the kind of record, `$5` the changes), in one statement however many rows.
 */
export const MOVE_REFERENCES = (table: string) => `WITH moved AS (
         UPDATE ${table} SET organisation_id = $1, version = version + 1, updated_at = now() WHERE organisation_id = $2 RETURNING id
       )
       INSERT INTO audit_events (actor_id, action, entity, entity_id, changes)
       SELECT $3, 'update', $4, moved.id, $5::jsonb FROM moved`;

/**
 * The events co-organised by organisation `$2` name `$1` instead (once, when both co-organised
 * one), each with its audit event (`$3` the actor), in one statement however many events.
 */
export const MOVE_CO_ORGANISER = `WITH touched AS (
         SELECT id, co_organiser_ids AS before FROM events WHERE $2 = ANY(co_organiser_ids) FOR UPDATE
       ),
       moved AS (
         UPDATE events e
            SET co_organiser_ids = CASE WHEN $1 = ANY(t.before) THEN array_remove(t.before, $2) ELSE array_replace(t.before, $2, $1) END,
                version = e.version + 1, updated_at = now()
           FROM touched t WHERE e.id = t.id
         RETURNING e.id, t.before, e.co_organiser_ids AS after
       )
       INSERT INTO audit_events (actor_id, action, entity, entity_id, changes)
       SELECT $3, 'update', 'event', moved.id,
              jsonb_build_object('before', jsonb_build_object('coOrganiserIds', to_jsonb(moved.before)),
                                 'after', jsonb_build_object('coOrganiserIds', to_jsonb(moved.after)))
         FROM moved`;
