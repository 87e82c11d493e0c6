import { getQueueToken } from '@nestjs/bullmq';
import { spawn, type ChildProcess } from 'node:child_process';
import { once } from 'node:events';
import { join } from 'node:path';
import type { INestApplication, INestApplicationContext } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import type { Queue } from 'bullmq';
import type { Redis } from 'ioredis';
import { loadConfig } from '../../apps/api/src/config/app-config';
import { MAIL_QUEUE, MailJob } from '../../apps/api/src/mail/jobs';
import { MailProcessor } from '../../apps/api/src/mail/mail.processor';
import { MailboxStatus } from '../../apps/api/src/mail/mailbox-status';
import { WorkerModule } from '../../apps/api/src/worker.module';
import { database, startApp, unique } from './support/app';
import { eventually } from './support/eventually';
import { useOwnEnvironment } from './support/own-environment';
import { ImapServer, rawMail } from '../perf/imap-server';
import { SmtpSink } from './support/smtp-sink';

const PROCESSED = 'Traite';

/**
 * Inbound mail under faults, against one Dovecot, each scenario printing
 * `mail under faults, <scenario>: messages N, requests N, duplicated 0, lost 0`: messages = those
 * delivered to the mailbox, requests = requests opened from them, duplicated = extra requests for
 * one message, lost = messages without a request.
 */
describe('inbound mail under faults', () => {
  const imap = new ImapServer();
  const smtp = new SmtpSink();
  let app: INestApplication;
  let env: Record<string, string | undefined>;
  let mailbox: string;
  const workers: INestApplicationContext[] = [];

  const startWorker = async (overrides: Record<string, string> = {}) => {
    const worker = await NestFactory.createApplicationContext(WorkerModule.with(loadConfig({ ...env, ...overrides })), { logger: false });
    await worker.init();
    return worker;
  };

  /** A real worker process, from the build. */
  const spawnWorker = (): ChildProcess =>
    spawn(process.execPath, [join(__dirname, '../../dist/api/apps/api/src/worker.js')], {
      // Short locks and rounds: the job the killed worker held comes back in seconds, not minutes.
      env: { ...env, MAIL_POLL_EVERY_MS: '1000', WORKER_LOCK_MS: '2000', LOG_LEVEL: 'silent' },
      stdio: 'ignore',
    });

  beforeAll(async () => {
    await useOwnEnvironment('mail_faults');
    await imap.start();
    env = {
      ...process.env,
      MAILBOXES: imap.url('INBOX', `site=clermont&processed=${PROCESSED}&errors=Erreurs`),
      SMTP_URL: await smtp.start(),
      MAIL_POLL_EVERY_MS: '3600000',
      RECONCILE_EVERY_MS: '3600000',
      MAIL_IDLE: 'false',
    };
    app = await startApp(env as Record<string, string>);
    mailbox = loadConfig(env).MAILBOXES[0].name;
    workers.push(await startWorker(), await startWorker());
    // The round a worker runs as soon as its schedule is registered reads the (empty) mailbox: once it has, it cannot
    // take, while the first test delivers, the first few of the messages the test's own rounds are to read.
    await eventually(
      () => workers[0].get(MailboxStatus).get(mailbox),
      (state) => state !== null,
    );
  });

  afterAll(async () => {
    const queue = workers[0]?.get<Queue>(getQueueToken(MAIL_QUEUE));
    await queue?.removeJobScheduler(MailJob.Round);
    await Promise.all(workers.slice(1).map((worker) => worker.close()));
    await workers[0]?.close();
    await app?.close();
    await smtp.stop();
    imap.stop();
  });

  /** `count` messages from one new address, each its own subject; the address. */
  async function deliver(count: number, label: string, address = `${unique(label.replace(/\W/g, ''))}@example.org`): Promise<string> {
    await imap.deliver(
      Array.from({ length: count }, (_, index) =>
        rawMail(
          {
            From: address,
            To: 'information@resacoop.test',
            Subject: `${label} ${index}`,
            'Message-ID': `<${unique('panne')}@example.org>`,
          },
          `Message ${index} : ${label}`,
        ),
      ),
    );
    return address;
  }

  const requestCount = async (address: string) =>
    Number((await database(app).query(`SELECT count(*)::int AS n FROM requests WHERE requester_email = $1`, [address]))[0].n);

  async function figures(scenario: string, label: string, address: string, messages: number) {
    const rows: { subject: string; requests: number }[] = await database(app).query(
      `SELECT subject, count(*)::int AS requests FROM requests WHERE requester_email = $1 GROUP BY subject`,
      [address],
    );
    const of = (index: number) => rows.find((row) => row.subject === `${label} ${index}`)?.requests ?? 0;
    const indexes = Array.from({ length: messages }, (_, index) => index);
    const result = {
      messages,
      requests: rows.reduce((sum, row) => sum + row.requests, 0),
      duplicated: indexes.reduce((sum, index) => sum + Math.max(0, of(index) - 1), 0),
      lost: indexes.filter((index) => of(index) === 0).length,
    };
    console.log(
      `mail under faults, ${scenario}: messages ${result.messages}, requests ${result.requests}, duplicated ${result.duplicated}, lost ${result.lost}`,
    );
    return result;
  }

  it('two workers reading the same mailbox at once', async () => {
    const processed = await imap.count(PROCESSED);
    const address = await deliver(40, 'deux workers');
    const rounds = await Promise.all([...workers, ...workers].map((worker) => worker.get(MailProcessor).read(mailbox)));
    // Each round did its part; none failed on what another had taken or moved.
    expect(rounds.every((round) => round !== null)).toBe(true);
    expect(await figures('two workers', 'deux workers', address, 40)).toEqual({ messages: 40, requests: 40, duplicated: 0, lost: 0 });
    expect(await imap.count('INBOX')).toBe(0);
    expect(await imap.count(PROCESSED)).toBe(processed + 40);
  });

  it('Redis flushed mid-way: the schedule comes back and everything is read', async () => {
    const queue = workers[0].get<Queue>(getQueueToken(MAIL_QUEUE));
    // The hourly round the other workers registered would keep this worker's from being registered.
    await queue.removeJobScheduler(MailJob.Round);
    // A worker that checks its schedule every second, as a production worker does every MAIL_POLL_EVERY_MS.
    const watching = await startWorker({ MAIL_POLL_EVERY_MS: '1000' });
    try {
      const before = await deliver(10, 'avant vidage');
      await eventually(
        () => requestCount(before),
        (count) => count === 10,
      );
      // BullMQ types its connection narrowly; it is an ioredis client.
      const redis = (await queue.client) as unknown as Redis;
      const keys = await redis.keys(`${queue.opts.prefix}:*`);
      await redis.del(...keys);
      expect(await queue.getJobScheduler(MailJob.Round)).toBeUndefined();
      // No one asks for a read: only the schedule registered again reads these.
      const after = await deliver(20, 'après vidage');
      await eventually(
        () => requestCount(after),
        (count) => count >= 20,
      );
      expect(await figures('Redis flushed (before)', 'avant vidage', before, 10)).toEqual({
        messages: 10,
        requests: 10,
        duplicated: 0,
        lost: 0,
      });
      expect(await figures('Redis flushed (after)', 'après vidage', after, 20)).toEqual({
        messages: 20,
        requests: 20,
        duplicated: 0,
        lost: 0,
      });
      await eventually(
        () => imap.count('INBOX'),
        (count) => count === 0,
      );
    } finally {
      await watching.close();
      await queue.removeJobScheduler(MailJob.Round);
    }
  }, 60_000);

  it('a worker process killed while it reads a batch, then a new worker', async () => {
    const processed = await imap.count(PROCESSED);
    const address = await deliver(50, 'worker tué');
    // The worker process registers its own round, every second.
    await workers[0].get<Queue>(getQueueToken(MAIL_QUEUE)).removeJobScheduler(MailJob.Round);
    const killed = spawnWorker();
    // Killed as soon as it has committed a first request: the rest of the batch is in its hands or still waiting.
    let atKill = 0;
    while (atKill === 0) {
      if (killed.exitCode !== null) throw new Error(`the worker process stopped by itself (${killed.exitCode})`);
      await new Promise((resolve) => setTimeout(resolve, 10));
      atKill = await requestCount(address);
    }
    const died = once(killed, 'exit');
    killed.kill('SIGKILL');
    await died;
    console.log(`mail under faults, worker killed: ${atKill} of 50 requests committed when it died`);
    expect(atKill).toBeLessThan(50);

    const next = spawnWorker();
    try {
      await eventually(
        () => imap.count(PROCESSED),
        (count) => count === processed + 50,
        60_000,
      );
      expect(await figures('worker killed mid-batch', 'worker tué', address, 50)).toEqual({
        messages: 50,
        requests: 50,
        duplicated: 0,
        lost: 0,
      });
      expect(await imap.count('INBOX')).toBe(0);
    } finally {
      const stopped = once(next, 'exit');
      next.kill('SIGTERM');
      await stopped;
    }
  }, 90_000);
});
