import { DataSource, type DataSourceOptions } from 'typeorm';
import { SnakeNamingStrategy } from 'typeorm-naming-strategies';
import { MIGRATIONS } from '../../../../migrations';
import { ENTITIES } from './entities';

/** PostgreSQL connections of one process's pool. */
export const POOL_SIZE = 10;

/** One definition of the connection, used by the API, the worker, the CLI and the tests. */
export function dataSourceOptions(databaseUrl: string): DataSourceOptions {
  return {
    type: 'postgres',
    url: databaseUrl,
    entities: ENTITIES,
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

export function createDataSource(databaseUrl: string): DataSource {
  return new DataSource(dataSourceOptions(databaseUrl));
}
