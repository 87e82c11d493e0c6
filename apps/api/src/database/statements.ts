import { createHash } from 'node:crypto';
import { DatabaseError, type Pool, type PoolClient, type QueryConfig, type QueryResult } from 'pg';
import { QueryFailedError, QueryRunnerAlreadyReleasedError, type DataSource, type QueryRunner } from 'typeorm';
import type { PostgresDriver } from 'typeorm/driver/postgres/PostgresDriver';

/**
 * Statements kept prepared, by text: planning the product's statements cost PostgreSQL more than
 * running them (figures in tests/perf/README.md, "Measured choices in the code"). A prepared
 * statement is planned for its values five times, then PostgreSQL keeps one generic plan if that
 * plan costs no more. Each connection prepares a statement once, on its first use there. The name
 * is a digest of the text, so that two copies of this module on one pool never disagree on it.
 */
const preparedNames = new Map<string, string>();

/**
 * Each prepared statement holds memory in every PostgreSQL connection that ran it: past this many
 * texts, statements are no longer prepared. Callers prepare only statements whose text does not
 * vary with a client's values (first pages, no lists of ids), so the cap is a safeguard.
 */
const MAX_PREPARED = 200;

function preparedName(text: string): string | undefined {
  let name = preparedNames.get(text);
  if (name === undefined && preparedNames.size < MAX_PREPARED) {
    name = `resacoop_${createHash('sha256').update(text).digest('hex').slice(0, 24)}`;
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
   * were rare, four times slower on the benchmark's search).
   */
  prepared: boolean;
}

/**
 * Runs one statement with `pg` on the transaction's connection or on one of the pool's, and returns
 * its rows (for an UPDATE too). An error PostgreSQL reports is TypeORM's QueryFailedError, as
 * `DataSource.query` throws it, for the error filter; the pool's connection stays in the pool after
 * it (it is sound: only a broken connection is closed). A prepared statement must name its result
 * columns (no `SELECT *` or `RETURNING *`): PostgreSQL refuses to run a prepared statement whose
 * columns changed since it was prepared, which a migration adding a column would do under a running
 * API.
 */
export async function runStatement<Row extends object = Record<string, unknown>>(
  dataSource: DataSource,
  text: string,
  values: unknown[],
  options: StatementOptions,
): Promise<Row[]> {
  return (await runForResult(dataSource, text, values, options)).rows as Row[];
}

/** Runs one statement as `runStatement` does, and returns pg's whole result (its rows and the count of rows it wrote). */
export async function runForResult(
  dataSource: DataSource,
  text: string,
  values: unknown[],
  { queryRunner, prepared }: StatementOptions,
): Promise<QueryResult> {
  if (queryRunner?.isReleased) throw new QueryRunnerAlreadyReleasedError();
  const name = prepared ? preparedName(text) : undefined;
  const query: QueryConfig = name === undefined ? { text, values } : { name, text, values };
  try {
    return queryRunner ? await ((await queryRunner.connect()) as PoolClient).query(query) : await queryOnPool(dataSource, query);
  } catch (error) {
    throw error instanceof DatabaseError ? new QueryFailedError(text, values, error) : error;
  }
}

/** An error after which the connection is sound: an ERROR, not the server ending the session (FATAL, PANIC). */
function leavesConnectionSound(error: unknown): boolean {
  return error instanceof DatabaseError && error.severity === 'ERROR';
}

/**
 * A statement on one of the pool's connections, as pg-pool's own `query` runs it (the connection's
 * errors listened to while it is out of the pool, or a server going down would be an unhandled
 * error), except that a refused statement gives the connection back instead of closing it:
 * pg-pool's `query` closes it after any error, a unique violation or a statement timeout
 * included, and with it the statements prepared there.
 */
function queryOnPool(dataSource: DataSource, query: QueryConfig): Promise<QueryResult> {
  const pool = (dataSource.driver as PostgresDriver).master as Pool;
  return new Promise((resolve, reject) => {
    pool.connect((connectError, client, release) => {
      if (connectError || !client) return reject(connectError);
      let settled = false;
      const settle = (error: Error | null, result?: QueryResult) => {
        if (settled) return;
        settled = true;
        client.removeListener('error', settle);
        release(error === null || leavesConnectionSound(error) ? undefined : error);
        if (error) reject(error);
        else resolve(result!);
      };
      client.once('error', settle);
      client.query(query, settle);
    });
  });
}
