import type { INestApplication } from '@nestjs/common';
import type TestAgent from 'supertest/lib/agent';
import { client, database, loginAs, startApp } from '../api/support/app';
import { ensureDatabase } from '../../apps/api/src/database/create-database';
import { createDataSource } from '../../apps/api/src/database/data-source';
import { seedDemoData } from '../../apps/api/src/demo/demo-data';
import { ENTITIES } from '../../apps/api/src/cli/entities';
import { startPrivatePostgres, startPrivateRedis, type PrivateService } from './support/private-services';

// Databases of its own, many requests: minutes on a loaded 2-core machine.
jest.setTimeout(300_000);

/** A client gives up after this long: an answer that takes longer counts as a hang. */
const HANG_MS = 8000;
const WRITERS = 4;

interface Outcome {
  status: number | 'hung';
  name: string;
}

/**
 * Traffic keeps writing while PostgreSQL, then Redis, are stopped and started again (services of
 * the test's own, so the machine's are untouched). Meanwhile the API answers 503, never hangs,
 * readiness says so; it recovers without a restart; every write it acknowledged is in the database.
 */
describe('outages', () => {
  let postgres: PrivateService;
  let redis: PrivateService;
  let app: INestApplication;
  let databaseUrl: string;

  beforeAll(async () => {
    [postgres, redis] = await Promise.all([startPrivatePostgres(), startPrivateRedis()]);
    databaseUrl = `${postgres.url}/resacoop_outage`;
    await ensureDatabase(databaseUrl);
    const dataSource = createDataSource(databaseUrl, ENTITIES);
    await dataSource.initialize();
    await dataSource.runMigrations();
    await seedDemoData(dataSource, process.env.DEMO_PASSWORD ?? 'resacoop-demo');
    await dataSource.destroy();
    app = await startApp({
      DATABASE_URL: databaseUrl,
      REDIS_URL: redis.url,
      REDIS_PREFIX: 'outage',
      LOG_LEVEL: process.env.TEST_LOG_LEVEL ?? 'silent',
    });
  });

  afterAll(async () => {
    await app?.close();
    await Promise.all([postgres?.destroy(), redis?.destroy()]);
  });

  /** Polls readiness until it reports the wanted state (each probe answers within its own 2 s check). */
  async function readiness(agent: TestAgent, wanted: 200 | 503): Promise<void> {
    for (;;) {
      const { status } = await agent.get('/api/health/ready').timeout(HANG_MS);
      if (status === wanted) return;
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
  }

  it('answers 503 while a service is down, recovers without a restart, and loses no acknowledged write', async () => {
    const staff = await loginAs(app, 'staff');
    const probe = client(app);
    const outcomes: Outcome[] = [];
    let running = true;
    let sequence = 0;
    const writer = async () => {
      while (running) {
        const name = `Panne ${process.pid}-${sequence++}`;
        try {
          const response = await staff.post('/api/organisations').send({ name, type: 'association' }).timeout(HANG_MS);
          outcomes.push({ status: response.status, name });
        } catch {
          outcomes.push({ status: 'hung', name });
        }
      }
    };
    const acknowledgedSoFar = () => outcomes.filter((outcome) => outcome.status === 201).length;
    const until = async (condition: () => boolean) => {
      while (!condition()) await new Promise((resolve) => setTimeout(resolve, 50));
    };
    const traffic = Array.from({ length: WRITERS }, writer);

    await until(() => acknowledgedSoFar() >= 20);
    for (const [service, label] of [
      [postgres, 'PostgreSQL'],
      [redis, 'Redis'],
    ] as const) {
      const before = outcomes.length;
      await service.stop();
      await readiness(probe, 503);
      await until(() => outcomes.length >= before + 20);
      // Logging in needs both: the session in PostgreSQL, the attempt counter in Redis (a limit that fails closed).
      const login = await probe.post('/api/auth/login').send({ email: 'lyon@resacoop.test', password: 'wrong password' }).timeout(HANG_MS);
      expect({ label, status: login.status }).toEqual({ label, status: 503 });
      await service.start();
      await readiness(probe, 200);
      const acknowledged = acknowledgedSoFar();
      await until(() => acknowledgedSoFar() >= acknowledged + 20);
      const during = outcomes.slice(before);
      console.log(
        `outage of ${label}: answers ${during.length}, 2xx ${during.filter((o) => o.status === 201).length}, 503 ${during.filter((o) => o.status === 503).length}, hung ${during.filter((o) => o.status === 'hung').length}`,
      );
    }
    running = false;
    await Promise.all(traffic);

    const acknowledged = outcomes.filter((outcome) => outcome.status === 201).map((outcome) => outcome.name);
    const [{ found }] = await database(app).query(`SELECT count(*)::int AS found FROM organisations WHERE name = ANY($1)`, [acknowledged]);
    const unexpected = outcomes.filter((outcome) => outcome.status !== 201 && outcome.status !== 503);
    console.log(
      `outages: writes attempted ${outcomes.length}, acknowledged ${acknowledged.length}, answered 503 ${outcomes.filter((o) => o.status === 503).length}, hung ${outcomes.filter((o) => o.status === 'hung').length}, lost ${acknowledged.length - found}`,
    );
    expect(unexpected.map((outcome) => outcome.status)).toEqual([]);
    expect(outcomes.some((outcome) => outcome.status === 503)).toBe(true);
    expect(found).toBe(acknowledged.length);
  });
});
