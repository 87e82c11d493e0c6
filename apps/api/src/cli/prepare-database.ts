import '../config/check-environment';
import 'reflect-metadata';
import { loadConfig } from '../config/app-config';
import { migrateDatabase } from '../database/migrate';
import { DEMO_USERS, seedDemoData } from '../demo/demo-data';
import { checkServices } from './check-services';
import { ENTITIES } from './entities';

/**
 * Makes the database ready: creates it if missing, runs pending migrations, and outside
 * production loads the demo data into an empty database.
 */
async function main(): Promise<void> {
  const config = loadConfig();
  await checkServices(config);
  const dataSource = await migrateDatabase(config.DATABASE_URL, ENTITIES);
  try {
    if (!config.isProduction && (await seedDemoData(dataSource, config.DEMO_PASSWORD))) {
      console.log(`Loaded the demo data. Demo logins (password ${config.DEMO_PASSWORD}, DEMO_PASSWORD):`);
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
