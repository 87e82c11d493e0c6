import { createTestEnvironment } from './test-environment';

export default async function globalSetup(): Promise<void> {
  const environment = await createTestEnvironment('api');
  // Workers start after this and inherit the environment.
  // A short job lock, so that the jobs of a worker killed by a test run again within seconds.
  Object.assign(process.env, environment, { LOG_LEVEL: process.env.TEST_LOG_LEVEL ?? 'silent', NODE_ENV: 'test', WORKER_LOCK_MS: '2000' });
}
