import '../config/check-environment';
import 'reflect-metadata';
import { loadConfig } from '../config/app-config';
import { migrateDatabase } from '../database/migrate';
import { checkServices } from './check-services';
import { ENTITIES } from './entities';

async function main(): Promise<void> {
  const config = loadConfig();
  await checkServices(config);
  const dataSource = await migrateDatabase(config.DATABASE_URL, ENTITIES);
  await dataSource.destroy();
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
