import { createTestEnvironment, type TestEnvironment } from './test-environment';

/** Hands the run's environment to the suites: Jest's workers start after this and inherit it. */
export function enter(environment: TestEnvironment): void {
  // A short job lock, so that the jobs of a worker killed by a test run again within seconds.
  Object.assign(process.env, environment, { LOG_LEVEL: process.env.TEST_LOG_LEVEL ?? 'silent', NODE_ENV: 'test', WORKER_LOCK_MS: '2000' });
  // Preparing the database loaded the app's classes in this process; a suite run in band (a single
  // file, or every mutant's run) runs here too and would find each DTO's rules registered twice in
  // class-validator's global store, and the OpenAPI document its inherited fields lost.
  delete (globalThis as { classValidatorMetadataStorage?: unknown }).classValidatorMetadataStorage;
}

export default async function globalSetup(): Promise<void> {
  enter(await createTestEnvironment('api'));
}
