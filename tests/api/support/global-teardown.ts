import { destroyTestEnvironment } from './test-environment';

export default async function globalTeardown(): Promise<void> {
  await destroyTestEnvironment({
    DATABASE_URL: process.env.DATABASE_URL!,
    REDIS_URL: process.env.REDIS_URL!,
    REDIS_PREFIX: process.env.REDIS_PREFIX!,
  });
}
