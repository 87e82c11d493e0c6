import { randomBytes } from 'node:crypto';
import Redis from 'ioredis';
import { ensureDatabase, dropDatabase } from '../../../apps/api/src/database/create-database';
import { createDataSource } from '../../../apps/api/src/database/data-source';
import { seedDemoData } from '../../../apps/api/src/demo/demo-data';

const SERVER = process.env.TEST_DATABASE_SERVER ?? 'postgres://postgres@127.0.0.1:5432';
const REDIS_URL = process.env.REDIS_URL ?? 'redis://127.0.0.1:6379';

export interface TestEnvironment {
  DATABASE_URL: string;
  REDIS_URL: string;
  REDIS_PREFIX: string;
}

/**
 * A database of its own for one test run, created, migrated and seeded with the demo data (so the
 * demo users exist, one per role), and a Redis key prefix of its own. Dev data is never touched.
 */
export async function createTestEnvironment(label: string): Promise<TestEnvironment> {
  const id = `${label}_${Date.now().toString(36)}_${randomBytes(3).toString('hex')}`;
  const environment = { DATABASE_URL: `${SERVER}/resacoop_test_${id}`, REDIS_URL, REDIS_PREFIX: `resacoop-test-${id}` };
  await ensureDatabase(environment.DATABASE_URL);
  const dataSource = createDataSource(environment.DATABASE_URL);
  await dataSource.initialize();
  try {
    await dataSource.runMigrations();
    await seedDemoData(dataSource, process.env.DEMO_PASSWORD ?? 'resacoop-demo');
  } finally {
    await dataSource.destroy();
  }
  return environment;
}

export async function destroyTestEnvironment(environment: TestEnvironment): Promise<void> {
  await dropDatabase(environment.DATABASE_URL);
  const redis = new Redis(environment.REDIS_URL);
  try {
    const keys = await redis.keys(`${environment.REDIS_PREFIX}:*`);
    if (keys.length > 0) await redis.del(...keys);
  } finally {
    redis.disconnect();
  }
}
