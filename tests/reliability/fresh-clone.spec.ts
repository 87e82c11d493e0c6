import type { INestApplicationContext } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { QueueEvents } from 'bullmq';
import Redis from 'ioredis';
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { once } from 'node:events';
import { join } from 'node:path';
import request from 'supertest';
import { loadConfig } from '../../apps/api/src/config/app-config';
import { REMINDER_QUEUE, ReminderJob } from '../../apps/api/src/reminders/jobs';
import { WorkerModule } from '../../apps/api/src/worker.module';
import { DEMO_PASSWORD, startApp, USERS } from '../api/support/app';
import { createTestEnvironment, destroyTestEnvironment, type TestEnvironment } from '../api/support/test-environment';
import { dropDatabase } from '../../apps/api/src/database/create-database';
import { freePort } from '../perf/free-port';

jest.setTimeout(120_000);

const BUILD = join(__dirname, '..', '..', 'dist', 'api', 'apps', 'api', 'src');

/** The environment of a process started as `npm start` starts it: no APP_ORIGIN, the variables given. */
function processEnvironment(environment: TestEnvironment, extra: Record<string, string>): NodeJS.ProcessEnv {
  const inherited: NodeJS.ProcessEnv = { ...process.env };
  delete inherited.APP_ORIGIN;
  delete inherited.ALLOWED_ORIGINS;
  return { ...inherited, ...environment, NODE_ENV: 'development', ...extra };
}

/** The built API, started as `npm start` starts it, with its log lines collected. */
async function startBuiltApi(environment: TestEnvironment, port: number): Promise<{ child: ChildProcess; lines: string[] }> {
  const child = spawn(process.execPath, [join(BUILD, 'main.js')], {
    env: processEnvironment(environment, { PORT: String(port), LOG_LEVEL: 'info' }),
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const lines: string[] = [];
  for (const stream of [child.stdout!, child.stderr!]) {
    let rest = '';
    stream.setEncoding('utf8').on('data', (chunk: string) => {
      const parts = (rest + chunk).split('\n');
      rest = parts.pop()!;
      lines.push(...parts);
    });
  }
  const deadline = Date.now() + 60_000;
  for (;;) {
    if (child.exitCode !== null) throw new Error(`the API exited: ${lines.join('\n')}`);
    const alive = await fetch(`http://127.0.0.1:${port}/api/health`).catch(() => null);
    if (alive?.ok) return { child, lines };
    if (Date.now() > deadline) throw new Error(`the API did not start: ${lines.join('\n')}`);
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
}

const login = (port: number, origin: string) =>
  fetch(`http://127.0.0.1:${port}/api/auth/login`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', Origin: origin },
    body: JSON.stringify({ email: USERS.staff, password: DEMO_PASSWORD }),
  });

/** Runs one of the build's entry points (`main.js`, `cli/migrate.js`, …) and returns what it printed, both streams. */
function runBuilt(entry: string, env: NodeJS.ProcessEnv): { status: number | null; output: string[] } {
  const result = spawnSync(process.execPath, [join(BUILD, entry)], { env, encoding: 'utf8', timeout: 60_000 });
  const output = `${result.stdout}${result.stderr}`.split('\n').filter((line) => line.trim() !== '');
  return { status: result.status, output };
}

/** What a newcomer meets on a fresh clone: another port, a service down, the logs, and Redis after a day of reminders. */
describe('a fresh clone', () => {
  let environment: TestEnvironment;

  beforeAll(async () => {
    environment = await createTestEnvironment('fresh');
  });
  afterAll(() => destroyTestEnvironment(environment));

  describe('the API on another port, started as npm start starts it', () => {
    let port: number;
    let api: { child: ChildProcess; lines: string[] };

    beforeAll(async () => {
      port = await freePort();
      api = await startBuiltApi(environment, port);
    });
    afterAll(async () => {
      const exited = once(api.child, 'exit');
      api.child.kill('SIGTERM');
      await exited;
    });

    it('takes the console login from localhost and 127.0.0.1 on that port, and refuses other origins', async () => {
      expect((await login(port, `http://localhost:${port}`)).status).toBe(200);
      expect((await login(port, `http://127.0.0.1:${port}`)).status).toBe(200);
      expect((await login(port, 'http://localhost:3000')).status).toBe(403);
      expect((await login(port, `http://evil.example:${port}`)).status).toBe(403);
    });

    it('logs each request with its status and the client address', async () => {
      const response = await fetch(`http://127.0.0.1:${port}/api/auth/me`);
      expect(response.status).toBe(401);
      const deadline = Date.now() + 10_000;
      let line: { url?: string; statusCode?: unknown; remoteAddress?: unknown } | undefined;
      while (!line && Date.now() < deadline) {
        line = api.lines.map((text) => (text.startsWith('{') ? JSON.parse(text) : {})).find((entry) => entry.url === '/api/auth/me');
        if (!line) await new Promise((resolve) => setTimeout(resolve, 100));
      }
      expect(line).toMatchObject({ statusCode: 401, remoteAddress: '127.0.0.1' });
    });

    it('does not send a plain-HTTP browser to https (the CSP upgrades no request)', async () => {
      const response = await fetch(`http://127.0.0.1:${port}/api/health`);
      expect(response.headers.get('content-security-policy')).toMatch(/default-src 'self'/);
      expect(response.headers.get('content-security-policy')).not.toMatch(/upgrade-insecure-requests/);
    });
  });

  it('upgrades insecure requests behind an https origin', async () => {
    const app = await startApp({ ...environment, APP_ORIGIN: 'https://backoffice.resacoop.test' });
    try {
      const response = await request(app.getHttpServer()).get('/api/health').expect(200);
      expect(response.headers['content-security-policy']).toMatch(/upgrade-insecure-requests/);
    } finally {
      await app.close();
    }
  });

  it.each([
    ['Redis', { REDIS_URL: 'redis://127.0.0.1:1' }, [/^Redis is not reachable at redis:\/\/127\.0\.0\.1:1 \(connect ECONNREFUSED/]],
    ['PostgreSQL', { DATABASE_URL: 'postgres://postgres@127.0.0.1:1/resacoop' }, [/^PostgreSQL is not reachable at 127\.0\.0\.1:1 /]],
    [
      'both',
      { REDIS_URL: 'redis://127.0.0.1:1', DATABASE_URL: 'postgres://postgres@127.0.0.1:1/resacoop' },
      [/^PostgreSQL is not reachable/, /^Redis is not reachable/],
    ],
  ])('says in one line per service that %s is down, without a stack trace', (_name, down, expected) => {
    const { status, output } = runBuilt('cli/prepare-database.js', processEnvironment(environment, down));
    expect(status).toBe(1);
    expect(output).toHaveLength(expected.length);
    expected.forEach((pattern, index) => expect(output[index]).toMatch(pattern));
    expect(output.join('\n')).toMatch(/docker compose -f docker\/compose\.yml up -d/);
  });

  it('npm start, on a database to create: the demo logins and their password, then one ready line once the console answers', async () => {
    const fresh = { ...environment, DATABASE_URL: `${environment.DATABASE_URL}_npm_start` };
    const port = await freePort();
    const start = spawn(process.execPath, [join(__dirname, '..', '..', 'scripts', 'start.js')], {
      env: processEnvironment(fresh, { PORT: String(port), LOG_LEVEL: 'info' }),
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let output = '';
    start.stderr!.setEncoding('utf8').on('data', (chunk: string) => (output += chunk));
    const exited = once(start, 'exit');
    try {
      await new Promise<void>((resolve, reject) => {
        start.once('exit', () => reject(new Error(`npm start ended:\n${output}`)));
        start.stdout!.setEncoding('utf8').on('data', (chunk: string) => {
          output += chunk;
          if (output.includes('RESACOOP is ready')) resolve();
        });
      });
      const lines = output.split('\n');
      const at = (text: string) => lines.findIndex((line) => line.includes(text));
      expect(lines).toContain(`Loaded the demo data. Demo logins (password ${DEMO_PASSWORD}, DEMO_PASSWORD):`);
      expect(lines).toContain(`  ${USERS.staff.padEnd(28)} staff`);
      expect(lines).toContain(`RESACOOP is ready: open http://localhost:${port}`);
      expect(at('RESACOOP is ready')).toBeGreaterThan(at('Nest application successfully started'));
      // Nest's lines for each module and route (about 200) are at debug level: the logins stay on screen.
      expect(lines.filter((line) => /"context":"(InstanceLoader|RoutesResolver|RouterExplorer)"/.test(line))).toEqual([]);
    } finally {
      start.kill('SIGTERM');
      await exited;
      await dropDatabase(fresh.DATABASE_URL);
    }
  });

  // Every process npm start, the Docker image and the README's commands run.
  it.each(['main.js', 'worker.js', 'cli/prepare-database.js', 'cli/migrate.js', 'cli/create-admin.js', 'cli/backup.js', 'cli/restore.js'])(
    '%s stops on wrong settings with one line naming each, without a stack trace',
    (entry) => {
      const wrong = { PORT: 'abc', SESSION_IDLE_MINUTES: '-5', LOG_LEVEL: 'loud' };
      expect(runBuilt(entry, processEnvironment(environment, wrong))).toEqual({
        status: 1,
        output: [
          'Invalid configuration: PORT="abc": PORT must be an integer number; ' +
            'LOG_LEVEL="loud": LOG_LEVEL must be one of the following values: fatal, error, warn, info, debug, trace, silent; ' +
            'SESSION_IDLE_MINUTES="-5": SESSION_IDLE_MINUTES must not be less than 1',
        ],
      });
    },
  );

  it('keeps no finished job in Redis after many reconciliations', async () => {
    const prefix = `${environment.REDIS_PREFIX}-queues`;
    const worker: INestApplicationContext = await NestFactory.createApplicationContext(
      WorkerModule.with(loadConfig({ ...process.env, ...environment, REDIS_PREFIX: prefix, RECONCILE_EVERY_MS: '1000' })),
      { logger: false },
    );
    const redis = new Redis(environment.REDIS_URL);
    const events = new QueueEvents(REMINDER_QUEUE, { connection: { url: environment.REDIS_URL }, prefix: `${prefix}:bull` });
    try {
      await events.waitUntilReady();
      const reconciled = new Promise<void>((resolve) => {
        let runs = 0;
        events.on('completed', async ({ jobId }) => {
          if (jobId.startsWith(`repeat:${ReminderJob.Reconcile}`) && ++runs === 5) resolve();
        });
      });
      await worker.init();
      await reconciled;
      const queueKey = `${prefix}:bull:${REMINDER_QUEUE}`;
      const jobKeys = (await redis.keys(`${queueKey}:repeat:*`)).filter((key) => !key.includes(':logs'));
      const finished = (await redis.zcard(`${queueKey}:completed`)) + (await redis.zcard(`${queueKey}:failed`));
      console.log(`queues: reconciliations 5, finished jobs kept ${finished}, reconciliation jobs in Redis ${jobKeys.length}`);
      expect(finished).toBe(0);
      // The next run, and the one running now at most.
      expect(jobKeys.length).toBeLessThanOrEqual(2);
    } finally {
      await worker.close();
      await events.close();
      const keys = await redis.keys(`${prefix}:*`);
      if (keys.length > 0) await redis.del(...keys);
      redis.disconnect();
    }
  });
});
