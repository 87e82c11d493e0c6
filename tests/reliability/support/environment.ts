import type { INestApplication } from '@nestjs/common';
import { startApp } from '../../api/support/app';
import { createTestEnvironment, destroyTestEnvironment, type TestEnvironment } from '../../api/support/test-environment';

/**
 * A reliability suite's own world: a fresh database seeded with the demo data, a Redis prefix, and
 * the application on them. Suites never share a database, so one may break its own on purpose.
 */
export async function startIsolatedApp(
  label: string,
  overrides: Record<string, string> = {},
): Promise<{
  app: INestApplication;
  environment: TestEnvironment;
  stop(): Promise<void>;
}> {
  const environment = await createTestEnvironment(label);
  Object.assign(process.env, environment, { LOG_LEVEL: process.env.TEST_LOG_LEVEL ?? 'silent', NODE_ENV: 'test' });
  const app = await startApp(overrides);
  return {
    app,
    environment,
    async stop() {
      await app.close();
      await destroyTestEnvironment(environment);
    },
  };
}
