import { getQueueToken } from '@nestjs/bullmq';
import { spawn } from 'node:child_process';
import { once } from 'node:events';
import { join } from 'node:path';
import type { INestApplication, INestApplicationContext } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { endOfParisDay, parisDay } from '@resacoop/domain';
import type { Queue } from 'bullmq';
import type { Redis } from 'ioredis';
import type TestAgent from 'supertest/lib/agent';
import { loadConfig } from '../../../apps/api/src/config/app-config';
import { deliverJobId, REMINDER_QUEUE, ReminderJob } from '../../../apps/api/src/reminders/jobs';
import { EmailsProcessor, RemindersProcessor } from '../../../apps/api/src/reminders/reminders.processor';
import { RemindersService } from '../../../apps/api/src/reminders/reminders.service';
import { WorkerModule } from '../../../apps/api/src/worker.module';
import { database, loginAs, startApp, unique } from './app';
import { SmtpSink } from './smtp-sink';

/**
 * Reminders under faults, each scenario printing `due N, delivered N, duplicated 0, lost 0, stale 0`:
 * due = occurrences that should reach someone, delivered = notifications written for them,
 * duplicated = extra notifications, lost = due without a notification, stale = notifications
 * for a date that had moved or a case that had closed.
 */
/**
 * Declared from reminders.spec.ts so that it runs after the other reminder tests, never beside
 * them: reconciling claims every due occurrence of the shared test database.
 */
export function describeReminderFaults(): void {
  describe('reminders under faults', () => {
    const smtp = new SmtpSink();
    // The killed worker's SMTP server: it never completes a message, so deliveries are still in flight when it dies.
    const slowSmtp = new SmtpSink({ hang: true });
    let slowSmtpUrl: string;
    let smtpUrl: string;
    let app: INestApplication;
    const workers: INestApplicationContext[] = [];
    let staff: TestAgent;
    const today = parisDay(new Date());
    const tonight = endOfParisDay(today);

    /** The in-process workers' processors: deliveries and e-mails. */
    const processorsOfWorkers = () => workers.flatMap((worker) => [worker.get(RemindersProcessor), worker.get(EmailsProcessor)]);

    const startWorker = async (smtpUrl: string) => {
      // Reconciliation is driven by the tests, not by the repeating job, whose first run is an hour away: a
      // reconciliation at start would run the reminders' code in beforeAll, which mutation testing pays for dearly.
      const worker = await NestFactory.createApplicationContext(
        WorkerModule.with(
          loadConfig({ ...process.env, SMTP_URL: smtpUrl, RECONCILE_EVERY_MS: '3600000', RECONCILE_FIRST_DELAY_MS: '3600000' }),
        ),
        { logger: false },
      );
      await worker.init();
      workers.push(worker);
      return worker;
    };

    beforeAll(async () => {
      smtpUrl = await smtp.start();
      slowSmtpUrl = await slowSmtp.start();
      app = await startApp();
      staff = await loginAs(app, 'staff');
      await startWorker(smtpUrl);
      await startWorker(smtpUrl);
    });

    afterAll(async () => {
      await Promise.all(workers.map((worker) => worker.close()));
      await app.close();
      await smtp.stop();
      await slowSmtp.stop();
    });

    async function casesDueToday(count: number, label: string, day = today): Promise<{ id: number; version: number; reference: string }[]> {
      const organisationId = (
        await staff
          .post('/api/organisations')
          .send({ name: unique(`Panne ${label} `), type: 'association' })
          .expect(201)
      ).body.id;
      const cases = [];
      for (let index = 0; index < count; index++) {
        cases.push(
          (
            await staff
              .post('/api/cases')
              .send({ organisationId, projectTitle: unique(`${label} `), nextFollowUpAt: day })
              .expect(201)
          ).body,
        );
      }
      return cases;
    }

    /** Resolves when every one of these cases has had its e-mail (the last step of a delivery). */
    const allMailed = (cases: { reference: string }[]) =>
      Promise.all(cases.map((supportCase) => smtp.next((mail) => mail.raw.includes(supportCase.reference))));

    async function figures(scenario: string, dueCases: number[], movedCases: number[] = []) {
      const rows: { entity_id: number; occurrences: number; notifications: number }[] = await database(app).query(
        `SELECT o.entity_id, count(DISTINCT o.id)::int AS occurrences, count(n.id)::int AS notifications
         FROM reminder_occurrences o LEFT JOIN notifications n ON n.occurrence_id = o.id
        WHERE o.rule = 'case_follow_up' AND o.entity = 'case' AND o.entity_id = ANY($1)
        GROUP BY o.entity_id`,
        [[...dueCases, ...movedCases]],
      );
      const of = (id: number) => rows.find((row) => row.entity_id === id) ?? { occurrences: 0, notifications: 0 };
      const result = {
        due: dueCases.length,
        delivered: dueCases.filter((id) => of(id).notifications >= 1).length,
        duplicated: [...dueCases, ...movedCases].reduce((sum, id) => sum + Math.max(0, of(id).notifications - 1), 0),
        lost: dueCases.filter((id) => of(id).notifications === 0).length,
        stale: movedCases.filter((id) => of(id).notifications > 0).length,
      };
      console.log(
        `reminders, ${scenario}: due ${result.due}, delivered ${result.delivered}, duplicated ${result.duplicated}, lost ${result.lost}, stale ${result.stale}`,
      );
      return result;
    }

    it('two workers reconciling and delivering at once', async () => {
      const cases = await casesDueToday(20, 'deux workers');
      const mailed = allMailed(cases);
      await Promise.all(workers.map((worker) => worker.get(RemindersService).reconcile(tonight)));
      await Promise.all(workers.map((worker) => worker.get(RemindersService).reconcile(tonight)));
      await mailed;
      const result = await figures(
        'two workers',
        cases.map((supportCase) => supportCase.id),
      );
      expect(result).toEqual({ due: 20, delivered: 20, duplicated: 0, lost: 0, stale: 0 });
    });

    it('Redis flushed while reminders are pending', async () => {
      const processors = processorsOfWorkers();
      await Promise.all(processors.map((processor) => processor.worker.pause()));
      const cases = await casesDueToday(15, 'redis vidé');
      await workers[0].get(RemindersService).reconcile(tonight);
      await workers[0].get<Queue>(getQueueToken(REMINDER_QUEUE)).obliterate({ force: true });
      processors.forEach((processor) => processor.worker.resume());
      const mailed = allMailed(cases);
      // The next reconciliation finds in PostgreSQL what Redis forgot.
      await workers[1].get(RemindersService).reconcile(tonight);
      await mailed;
      const result = await figures(
        'Redis flushed',
        cases.map((supportCase) => supportCase.id),
      );
      expect(result).toEqual({ due: 15, delivered: 15, duplicated: 0, lost: 0, stale: 0 });
    });

    it('a worker process killed in the middle of a batch', async () => {
      const processors = processorsOfWorkers();
      await Promise.all(processors.map((processor) => processor.worker.pause()));
      const cases = await casesDueToday(30, 'worker tué');
      // A real worker process, whose SMTP server answers slowly so that it dies with jobs in hand.
      const child = spawn(process.execPath, [join(__dirname, '../../../dist/api/apps/api/src/worker.js')], {
        env: { ...process.env, SMTP_URL: slowSmtpUrl, RECONCILE_EVERY_MS: '3600000', LOG_LEVEL: 'silent' },
        stdio: 'ignore',
      });
      await workers[0].get(RemindersService).reconcile(tonight);
      await slowSmtp.next(() => true);
      const died = once(child, 'exit');
      child.kill('SIGKILL');
      await died;
      const mailed = allMailed(cases);
      processors.forEach((processor) => processor.worker.resume());
      // What the dead worker held comes back once its job locks expire; the reconciliation re-enqueues the rest.
      await workers[1].get(RemindersService).reconcile(tonight);
      await mailed;
      const result = await figures(
        'worker killed mid-batch',
        cases.map((supportCase) => supportCase.id),
      );
      expect(result).toEqual({ due: 30, delivered: 30, duplicated: 0, lost: 0, stale: 0 });
    });

    it('due dates moved and cleared while deliveries were queued', async () => {
      const processors = processorsOfWorkers();
      await Promise.all(processors.map((processor) => processor.worker.pause()));
      const cases = await casesDueToday(12, 'dates changées');
      await workers[0].get(RemindersService).reconcile(tonight);
      const [moved, closed, kept] = [cases.slice(0, 4), cases.slice(4, 8), cases.slice(8)];
      for (const supportCase of moved)
        await staff.put(`/api/cases/${supportCase.id}`).send({ nextFollowUpAt: '2031-03-03', version: supportCase.version }).expect(200);
      for (const supportCase of closed) {
        await staff
          .put(`/api/cases/${supportCase.id}`)
          .send({ status: 'closed', outcome: 'abandoned', nextFollowUpAt: null, version: supportCase.version })
          .expect(200);
      }
      const mailed = allMailed(kept);
      processors.forEach((processor) => processor.worker.resume());
      await mailed;
      // Settle whatever the workers have not reached yet, the same way they would.
      const changed = [...moved, ...closed].map((supportCase) => supportCase.id);
      const pending: { id: string }[] = await database(app).query(
        `SELECT id FROM reminder_occurrences WHERE entity = 'case' AND entity_id = ANY($1) AND status = 'scheduled'`,
        [changed],
      );
      for (const { id } of pending) await workers[0].get(RemindersService).deliver(id);
      const statuses: { status: string }[] = await database(app).query(
        `SELECT status FROM reminder_occurrences WHERE rule = 'case_follow_up' AND entity = 'case' AND entity_id = ANY($1)`,
        [changed],
      );
      expect(statuses.map((row) => row.status)).toEqual(Array(8).fill('stale'));
      const result = await figures(
        'due dates moved and cleared',
        kept.map((supportCase) => supportCase.id),
        [...moved, ...closed].map((supportCase) => supportCase.id),
      );
      expect(result).toEqual({ due: 4, delivered: 4, duplicated: 0, lost: 0, stale: 0 });
    });

    it('a delivery that used up its attempts during an outage is delivered by the next reconciliation', async () => {
      const processors = processorsOfWorkers();
      await Promise.all(processors.map((processor) => processor.worker.pause()));
      const cases = await casesDueToday(1, 'tentatives épuisées');
      await workers[0].get(RemindersService).reconcile(tonight);
      const [{ id: occurrenceId }]: { id: string }[] = await database(app).query(
        `SELECT id FROM reminder_occurrences WHERE rule = 'case_follow_up' AND entity = 'case' AND entity_id = $1`,
        [cases[0].id],
      );
      // The job as an outage leaves it: its one attempt failed (here, a payload PostgreSQL refuses), its id kept.
      const queue = workers[0].get<Queue>(getQueueToken(REMINDER_QUEUE));
      const jobId = deliverJobId(occurrenceId);
      await (await queue.getJob(jobId))!.remove();
      const exhausted = new Promise<void>((resolve) =>
        processors.forEach((processor) => processor.worker.on('failed', (job) => job?.id === jobId && resolve())),
      );
      await queue.add(ReminderJob.Deliver, { occurrenceId: 'not-a-number', at: new Date().toISOString() }, { jobId, attempts: 1 });
      processors.forEach((processor) => processor.worker.resume());
      await exhausted;
      expect(await queue.getJobState(jobId)).toBe('failed');

      const mailed = allMailed(cases);
      await workers[1].get(RemindersService).reconcile(tonight);
      await mailed;
      const result = await figures(
        'delivery attempts used up',
        cases.map((supportCase) => supportCase.id),
      );
      expect(result).toEqual({ due: 1, delivered: 1, duplicated: 0, lost: 0, stale: 0 });
    });

    it('everything in Redis lost, the repeating reconciliation included: reminders still go out by themselves', async () => {
      const queue = workers[0].get<Queue>(getQueueToken(REMINDER_QUEUE));
      // A worker that checks its schedule every second, as a production worker does every RECONCILE_EVERY_MS.
      const watching = await NestFactory.createApplicationContext(
        WorkerModule.with(loadConfig({ ...process.env, SMTP_URL: smtpUrl, RECONCILE_EVERY_MS: '1000' })),
        { logger: false },
      );
      await watching.init();
      try {
        // BullMQ types its connection narrowly; it is an ioredis client.
        const redis = (await queue.client) as unknown as Redis;
        const keys = await redis.keys(`${queue.opts.prefix}:*`);
        await redis.del(...keys);
        expect(await queue.getJobScheduler(ReminderJob.Reconcile)).toBeUndefined();
        // Due yesterday morning: the worker's own reconciliation runs at the real time, which may be before this morning's hour.
        const cases = await casesDueToday(5, 'redis perdu', parisDay(new Date(Date.now() - 86_400_000)));
        // No one asks for a reconciliation: the worker notices the lost schedule and registers it again.
        await allMailed(cases);
        const result = await figures(
          'Redis lost, schedule included',
          cases.map((supportCase) => supportCase.id),
        );
        expect(result).toEqual({ due: 5, delivered: 5, duplicated: 0, lost: 0, stale: 0 });
      } finally {
        await watching.close();
        await queue.removeJobScheduler(ReminderJob.Reconcile);
      }
    });
  });
}
