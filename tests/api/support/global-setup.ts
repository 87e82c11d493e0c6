import { copyTestEnvironment, createTestEnvironment, environmentId, type TestEnvironment } from './test-environment';

/** Where the run's demo template is, for the suites that need an environment of their own (own-environment.ts). */
export const TEMPLATE_VARIABLE = 'RESACOOP_TEST_TEMPLATE';

/**
 * Hands the run's environment to the suites (Jest's workers start after this and inherit it), and the template their
 * own environments are copied from.
 */
export function enter(environment: TestEnvironment, template: TestEnvironment): void {
  // A short job lock, so that the jobs of a worker killed by a test run again within seconds.
  Object.assign(process.env, environment, { LOG_LEVEL: process.env.TEST_LOG_LEVEL ?? 'silent', NODE_ENV: 'test', WORKER_LOCK_MS: '2000' });
  process.env[TEMPLATE_VARIABLE] = JSON.stringify(template);
  // Preparing the database loaded the app's classes in this process; a suite run in band (a single
  // file, or every mutant's run) runs here too and would find each DTO's rules registered twice in
  // class-validator's global store, and the OpenAPI document its inherited fields lost.
  delete (globalThis as { classValidatorMetadataStorage?: unknown }).classValidatorMetadataStorage;
}

/** The run's environment, and a copy of it made before any suite connects: the template, named after the run. */
export default async function globalSetup(): Promise<void> {
  const run = await createTestEnvironment('api');
  enter(run, await copyTestEnvironment(run, `${environmentId(run)}_template`));
}
