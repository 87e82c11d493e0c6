import { Queue } from 'bullmq';
import { loadConfig } from '../../apps/api/src/config/app-config';
import { REMINDER_QUEUE, ReminderJob } from '../../apps/api/src/reminders/jobs';
import { ReminderScheduler } from '../../apps/api/src/reminders/reminder-scheduler';
import { unique } from './support/app';

/**
 * When the repeating reconciliation first runs, on real Redis: each test has a queue of its own (under the run's
 * prefix, which the teardown clears), so that no other suite's worker has registered the schedule before it.
 */
describe('the reconciliation schedule', () => {
  const queues: Queue[] = [];
  const schedulers: ReminderScheduler[] = [];

  afterEach(async () => {
    for (const scheduler of schedulers.splice(0)) scheduler.onModuleDestroy();
    for (const queue of queues.splice(0)) {
      await queue.obliterate({ force: true });
      await queue.close();
    }
  });

  /** Registers the schedule as a worker booting with these settings does, and answers when its first run is. */
  async function firstRunAfterBoot(settings: NodeJS.ProcessEnv): Promise<{ bootedFrom: number; bootedBy: number; next: number }> {
    const config = loadConfig({ ...process.env, RECONCILE_EVERY_MS: '3600000', ...settings });
    const queue = new Queue(REMINDER_QUEUE, {
      connection: { url: config.REDIS_URL, maxRetriesPerRequest: null },
      prefix: `${config.REDIS_PREFIX}:${unique('scheduler-')}`,
    });
    queues.push(queue);
    const scheduler = new ReminderScheduler(queue, config);
    schedulers.push(scheduler);
    const bootedFrom = Date.now();
    await scheduler.onApplicationBootstrap();
    const bootedBy = Date.now();
    const schedule = await queue.getJobScheduler(ReminderJob.Reconcile);
    expect(schedule?.name).toBe(ReminderJob.Reconcile);
    return { bootedFrom, bootedBy, next: Number(schedule?.next) };
  }

  it('runs at once in production, to catch up with what came due while no worker ran', async () => {
    const { bootedBy, next } = await firstRunAfterBoot({ RECONCILE_FIRST_DELAY_MS: '0' });
    expect(next).toBeLessThanOrEqual(bootedBy);
  });

  it('runs RECONCILE_FIRST_DELAY_MS after the boot when that is set (the suites that drive reconciliation themselves)', async () => {
    const { bootedFrom, bootedBy, next } = await firstRunAfterBoot({ RECONCILE_FIRST_DELAY_MS: '3600000' });
    expect(next).toBeGreaterThanOrEqual(bootedFrom + 3_600_000);
    expect(next).toBeLessThanOrEqual(bootedBy + 3_600_000);
  });
});
