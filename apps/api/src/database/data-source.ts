import { DataSource, type DataSourceOptions } from 'typeorm';
import { SnakeNamingStrategy } from 'typeorm-naming-strategies';
import { MIGRATIONS } from '../../../../migrations';

/** PostgreSQL connections of one process's pool. */
export const POOL_SIZE = 10;

/** The entity classes a data source maps. */
export type Entities = NonNullable<DataSourceOptions['entities']>;

/**
 * One definition of the connection, used by the API, the worker, the CLI and the tests. It names no
 * entity: in Nest each feature module registers its own (autoLoadEntities), and outside it the
 * caller passes the list cli/entities.ts composes.
 */
export function dataSourceOptions(databaseUrl: string): Extract<DataSourceOptions, { type: 'postgres' }> {
  return {
    type: 'postgres',
    url: databaseUrl,
    migrations: MIGRATIONS,
    namingStrategy: new SnakeNamingStrategy(),
    synchronize: false,
    migrationsRun: false,
    migrationsTransactionMode: 'each',
    extra: {
      max: POOL_SIZE,
      // An unreachable database answers 503 quickly instead of hanging requests.
      connectionTimeoutMillis: 3000,
      idleTimeoutMillis: 30000,
      statement_timeout: 30000,
      // A transaction some path leaves open while it waits on something else never holds its
      // connection (and its locks and snapshot) for long: PostgreSQL ends the session.
      idle_in_transaction_session_timeout: 60000,
      application_name: 'resacoop',
    },
  };
}

export function createDataSource(databaseUrl: string, entities: Entities): DataSource {
  return new DataSource({ ...dataSourceOptions(databaseUrl), entities });
}
