import { DatabaseError, type Pool, type PoolClient, type QueryConfig } from 'pg';
import { QueryFailedError, type DataSource, type QueryRunner } from 'typeorm';
import type { PostgresDriver } from 'typeorm/driver/postgres/PostgresDriver';

/**
 * Statements kept prepared, by text. Planning the product's statements cost PostgreSQL more than
 * running them (its CPU per statement on the benchmark's data: a case read 0.165 → 0.044 ms, the
 * open-requests page 1.23 → 0.52 ms, a note with its audit event 0.55 → 0.24 ms). A prepared
 * statement is planned for its values five times, then PostgreSQL keeps one generic plan if that
 * plan costs no more. Each connection prepares a statement once, on its first use there.
 */
const preparedNames = new Map<string, string>();

/**
 * Each prepared statement holds memory in every PostgreSQL connection that ran it: past this many
 * texts (page offsets and list lengths are part of a text), statements are no longer prepared.
 */
const MAX_PREPARED = 200;

function preparedName(text: string): string | undefined {
  let name = preparedNames.get(text);
  if (name === undefined && preparedNames.size < MAX_PREPARED) {
    name = `resacoop_${preparedNames.size + 1}`;
    preparedNames.set(text, name);
  }
  return name;
}

export interface StatementOptions {
  /** The transaction's query runner; without one, a connection of the pool. */
  queryRunner?: QueryRunner;
  /**
   * Keep it prepared (see `preparedNames`). Not for a statement whose best plan depends on its
   * values (a LIKE pattern: a generic plan serves every pattern with the trigram index as if it
   * were rare, and the search for "solidarite" cost PostgreSQL 22.8 ms instead of 5.5).
   */
  prepared: boolean;
}

/**
 * Runs one statement with `pg` on the transaction's connection or the pool, and returns its rows
 * (for an UPDATE too). An error PostgreSQL reports is TypeORM's QueryFailedError, as
 * `DataSource.query` throws it, for the error filter. A prepared statement must name its result columns (no `SELECT *` or
 * `RETURNING *`): PostgreSQL refuses to run a prepared statement whose columns changed since it
 * was prepared, which a migration adding a column would do under a running API.
 */
export async function runStatement<Row extends object = Record<string, unknown>>(
  dataSource: DataSource,
  text: string,
  values: unknown[],
  { queryRunner, prepared }: StatementOptions,
): Promise<Row[]> {
  const name = prepared ? preparedName(text) : undefined;
  const query: QueryConfig = name === undefined ? { text, values } : { name, text, values };
  try {
    const target: Pool | PoolClient = queryRunner
      ? ((await queryRunner.connect()) as PoolClient)
      : ((dataSource.driver as PostgresDriver).master as Pool);
    return (await target.query(query)).rows as Row[];
  } catch (error) {
    throw error instanceof DatabaseError ? new QueryFailedError(text, values, error) : error;
  }
}
