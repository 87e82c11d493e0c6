import { createDataSource } from '../database/data-source';
import { ensureDatabase } from '../database/create-database';

/**
 * Prints the SQL that would bring the migrated schema in line with the entities: the body of
 * the next migration. Run on a scratch database: `node dist/api/apps/api/src/cli/schema-diff.js`.
 */
async function main(): Promise<void> {
  const url = process.env.DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/resacoop_schema_diff';
  await ensureDatabase(url);
  const dataSource = createDataSource(url);
  await dataSource.initialize();
  await dataSource.runMigrations();
  const sql = await dataSource.driver.createSchemaBuilder().log();
  for (const query of sql.upQueries) console.log(`await queryRunner.query(\`${query.query}\`);`);
  console.log('--- down');
  for (const query of sql.downQueries.reverse()) console.log(`await queryRunner.query(\`${query.query}\`);`);
  await dataSource.destroy();
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
