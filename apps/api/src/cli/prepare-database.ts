import 'reflect-metadata';
import { loadConfig } from '../config/app-config';
import { ensureDatabase } from '../database/create-database';
import { createDataSource } from '../database/data-source';
import { DEMO_USERS, seedDemoData } from '../demo/demo-data';
import { checkServices } from './check-services';

/**
 * Makes the database ready: creates it if missing, runs pending migrations, and outside
 * production loads the demo data into an empty database.
 */
async function main(): Promise<void> {
  const config = loadConfig();
  await checkServices(config);
  if (await ensureDatabase(config.DATABASE_URL)) console.log(`Created database ${new URL(config.DATABASE_URL).pathname.slice(1)}`);
  const dataSource = createDataSource(config.DATABASE_URL);
  await dataSource.initialize();
  try {
    const applied = await dataSource.runMigrations();
    for (const migration of applied) console.log(`Migrated: ${migration.name}`);
    if (!config.isProduction && (await seedDemoData(dataSource, config.DEMO_PASSWORD))) {
      console.log('Loaded the demo data. Demo logins (password from DEMO_PASSWORD):');
      for (const user of DEMO_USERS) console.log(`  ${user.email.padEnd(28)} ${user.role}`);
    }
  } finally {
    await dataSource.destroy();
  }
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
