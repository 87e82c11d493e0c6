import type { DataSource } from 'typeorm';
import { ensureDatabase } from './create-database';
import { createDataSource, type Entities } from './data-source';

/** Creates the database if missing and runs pending migrations; returns the open data source, mapping `entities`. */
export async function migrateDatabase(
  databaseUrl: string,
  entities: Entities,
  log: (line: string) => void = console.log,
): Promise<DataSource> {
  if (await ensureDatabase(databaseUrl)) log(`Created database ${new URL(databaseUrl).pathname.slice(1)}`);
  const dataSource = createDataSource(databaseUrl, entities);
  await dataSource.initialize();
  for (const migration of await dataSource.runMigrations()) log(`Migrated: ${migration.name}`);
  return dataSource;
}
