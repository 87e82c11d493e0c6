/**
 * The statements of a mention erasure, written for one table or trail and its columns at a time:
 * every name in them comes from the fixed lists of mention-erasure.ts, never from a request.
 */

/** The free text (`columns`: property → column) of records `$1` of `table`, locked until the erasure commits. */
export const FREE_TEXT_OF = (table: string, columns: readonly (readonly [string, string])[]) =>
  `SELECT id, ${columns.map(([property, column]) => `"${column}" AS "${property}"`).join(', ')}
         FROM ${table} WHERE id = ANY($1::int[]) ORDER BY id FOR NO KEY UPDATE`;

/** Record `$1` of `table` with its `columns` rewritten (`$2`…), as a new version. */
export const REWRITE_FREE_TEXT = (table: string, columns: readonly string[]) =>
  `UPDATE ${table} SET ${columns.map((column, index) => `"${column}" = $${index + 2}`).join(', ')},
                version = version + 1, updated_at = now()
          WHERE id = $1`;

/** `column` of a trail's rows about any of `recordKinds` kinds of records (`$1` a kind, `$2` its ids, and so on), locked. */
export const TRAIL_OF = (trail: string, column: string, recordKinds: number) =>
  `SELECT id, ${column} AS value FROM ${trail}
        WHERE ${Array.from({ length: recordKinds }, (_, index) => `(entity = $${2 * index + 1} AND entity_id = ANY($${2 * index + 2}::int[]))`).join(' OR ')}
        FOR NO KEY UPDATE`;

/** `column` (of SQL `type`) of a trail's rows `$1` rewritten to the values `$2`, in one statement. */
export const REWRITE_TRAIL = (trail: string, column: string, type: string) =>
  `UPDATE ${trail} SET ${column} = erased.value
         FROM unnest($1::bigint[], $2::${type}[]) AS erased(id, value) WHERE ${trail}.id = erased.id`;
