import { enter, TEMPLATE_VARIABLE } from './global-setup';
import {
  copyTestEnvironment,
  createTestEnvironment,
  destroyTestEnvironment,
  testEnvironmentsNamed,
  type TestEnvironment,
} from './test-environment';

function isRunning(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}

/** Templates and copies are named `mutation_<pid>_…`: those of processes that ended (a finished or interrupted run) go. */
async function destroyEnvironmentsOfEndedProcesses(): Promise<void> {
  for (const environment of await testEnvironmentsNamed('mutation_')) {
    if (!isRunning(Number(environment.id.split('_')[1]))) await destroyTestEnvironment(environment);
  }
}

/**
 * StrykerJS (`npm run test:mutation:api`) runs Jest again for every mutant, in the same process.
 * Migrating and seeding a database for each would cost more than most runs: the demo database is
 * made once per process, as a template, and every run gets a fresh copy of it (dropped by the
 * usual teardown), so that no run sees what another wrote.
 */
export default async function mutationGlobalSetup(): Promise<void> {
  const label = `mutation_${process.pid}`;
  let template: TestEnvironment;
  if (process.env[TEMPLATE_VARIABLE]) {
    template = JSON.parse(process.env[TEMPLATE_VARIABLE]) as TestEnvironment;
  } else {
    await destroyEnvironmentsOfEndedProcesses();
    template = await createTestEnvironment(`${label}_template`);
  }
  enter(await copyTestEnvironment(template, `${label}_run`), template);
}
