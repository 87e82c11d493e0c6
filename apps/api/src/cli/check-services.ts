import Redis from 'ioredis';
import { Client } from 'pg';
import type { AppConfig } from '../config/app-config';

const HOW_TO_START = 'start it locally, or run `docker compose -f docker/compose.yml up -d postgres redis`';

/** One clear line per missing service, instead of a connection stack trace. */
export async function checkServices(config: AppConfig): Promise<void> {
  const problems: string[] = [];
  const url = new URL(config.DATABASE_URL);
  url.pathname = '/postgres';
  const postgres = new Client({ connectionString: url.toString(), connectionTimeoutMillis: 3000 });
  try {
    await postgres.connect();
    await postgres.query('SELECT 1');
  } catch (error) {
    problems.push(`PostgreSQL is not reachable at ${url.host} (${(error as Error).message}): ${HOW_TO_START}.`);
  } finally {
    await postgres.end().catch(() => undefined);
  }
  const redis = new Redis(config.REDIS_URL, {
    lazyConnect: true,
    maxRetriesPerRequest: 0,
    connectTimeout: 3000,
    retryStrategy: () => null,
  });
  // Without a listener ioredis prints the connection's error with its stack trace; the first one says why.
  let refusal: Error | undefined;
  redis.on('error', (error: Error) => (refusal ??= error));
  try {
    await redis.connect();
    await redis.ping();
  } catch (error) {
    problems.push(`Redis is not reachable at ${config.REDIS_URL} (${(refusal ?? (error as Error)).message}): ${HOW_TO_START}.`);
  } finally {
    redis.disconnect();
  }
  if (problems.length > 0) throw new Error(problems.join('\n'));
}
