import { currentEnvironment, destroyTestEnvironment, environmentId, testEnvironmentsNamed } from './test-environment';

/** The run's environment and every environment named after it: its template, the suites' own (own-environment.ts). */
export default async function globalTeardown(): Promise<void> {
  for (const environment of await testEnvironmentsNamed(environmentId(currentEnvironment()))) await destroyTestEnvironment(environment);
}
