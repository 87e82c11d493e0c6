import { TEMPLATE_VARIABLE } from './global-setup';
import { copyTestEnvironment, currentEnvironment, environmentId, type TestEnvironment } from './test-environment';

/**
 * A database and Redis prefix of the suite's own, copied in a second from the run's demo template, for the suites
 * that start a worker: a worker takes any job of its queues, so another suite's worker would send this suite's
 * e-mails to its own SMTP server, and a reconciliation reads every open record of its database, so it would deliver
 * another suite's reminders. Call it first in `beforeAll`, before the app and the worker read their settings: the
 * suite's `process.env` (Jest gives each file its own) then names the environment. The run's teardown drops it.
 */
export async function useOwnEnvironment(label: string): Promise<void> {
  const template = JSON.parse(process.env[TEMPLATE_VARIABLE]!) as TestEnvironment;
  Object.assign(process.env, await copyTestEnvironment(template, `${environmentId(currentEnvironment())}_${label}`));
}
