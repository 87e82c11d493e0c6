import { createTestEnvironment } from './test-environment';

export default async function globalSetup(): Promise<void> {
  const environment = await createTestEnvironment('api');
  // Workers start after this and inherit the environment.
  Object.assign(process.env, environment, { LOG_LEVEL: process.env.TEST_LOG_LEVEL ?? 'silent', NODE_ENV: 'test' });
}
