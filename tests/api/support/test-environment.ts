import { randomBytes } from 'node:crypto';
import Redis from 'ioredis';
import { Client } from 'pg';
import { ensureDatabase, dropDatabase } from '../../../apps/api/src/database/create-database';
import { createDataSource } from '../../../apps/api/src/database/data-source';
import { seedDemoData } from '../../../apps/api/src/demo/demo-data';
import { ENTITIES } from '../../../apps/api/src/cli/entities';

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
  const dataSource = createDataSource(environment.DATABASE_URL, ENTITIES);
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

/** The database name of an environment's URL. */
function databaseName(databaseUrl: string): string {
  return decodeURIComponent(new URL(databaseUrl).pathname.slice(1));
}

/** The environment this process's settings name: the run's, or a suite's own once it took one. */
export function currentEnvironment(): TestEnvironment {
  return { DATABASE_URL: process.env.DATABASE_URL!, REDIS_URL: process.env.REDIS_URL!, REDIS_PREFIX: process.env.REDIS_PREFIX! };
}

/** The id an environment's database and Redis prefix are named after. */
export function environmentId(environment: TestEnvironment): string {
  return databaseName(environment.DATABASE_URL).slice('resacoop_test_'.length);
}

/**
 * A fresh environment copied from `template` (an environment made by createTestEnvironment and no
 * longer connected to): PostgreSQL copies the migrated, seeded database in a second instead of
 * migrating and seeding again. Its id starts with `label`.
 */
export async function copyTestEnvironment(template: TestEnvironment, label: string): Promise<TestEnvironment> {
  const id = `${label}_${Date.now().toString(36)}_${randomBytes(3).toString('hex')}`;
  const environment = { DATABASE_URL: `${SERVER}/resacoop_test_${id}`, REDIS_URL, REDIS_PREFIX: `resacoop-test-${id}` };
  const client = new Client({ connectionString: `${SERVER}/postgres` });
  await client.connect();
  try {
    await client.query(`CREATE DATABASE "${databaseName(environment.DATABASE_URL)}" TEMPLATE "${databaseName(template.DATABASE_URL)}"`);
  } finally {
    await client.end();
  }
  return environment;
}

/** The environments whose id starts with `prefix` (their databases, and the Redis prefix named after each). */
export async function testEnvironmentsNamed(prefix: string): Promise<(TestEnvironment & { id: string })[]> {
  const client = new Client({ connectionString: `${SERVER}/postgres` });
  await client.connect();
  try {
    const { rows } = await client.query<{ datname: string }>(`SELECT datname FROM pg_database WHERE starts_with(datname, $1)`, [
      `resacoop_test_${prefix}`,
    ]);
    return rows.map(({ datname }) => {
      const id = datname.slice('resacoop_test_'.length);
      return { id, DATABASE_URL: `${SERVER}/${datname}`, REDIS_URL, REDIS_PREFIX: `resacoop-test-${id}` };
    });
  } finally {
    await client.end();
  }
}
