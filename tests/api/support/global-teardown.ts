import { destroyTestEnvironment, environmentId, testEnvironmentsNamed, type TestEnvironment } from './test-environment';

/** The run's environment and every environment named after it: its template, the suites' own (own-environment.ts). */
export default async function globalTeardown(): Promise<void> {
  const run: TestEnvironment = {
    DATABASE_URL: process.env.DATABASE_URL!,
    REDIS_URL: process.env.REDIS_URL!,
    REDIS_PREFIX: process.env.REDIS_PREFIX!,
  };
  for (const environment of await testEnvironmentsNamed(environmentId(run))) await destroyTestEnvironment(environment);
}
