import { spawn, type ChildProcess } from 'node:child_process';
import { once } from 'node:events';
import { join } from 'node:path';
import { freePort } from '../perf/free-port';
import { createTestEnvironment, destroyTestEnvironment } from '../api/support/test-environment';

const MAIN = join(__dirname, '../../dist/api/apps/api/src/main.js');
const WORKER = join(__dirname, '../../dist/api/apps/api/src/worker.js');
// The flags production starts both processes with (the heap limit among them).
// eslint-disable-next-line @typescript-eslint/no-require-imports
const { API_NODE_FLAGS, WORKER_NODE_FLAGS } = require('../../scripts/node-flags.js') as Record<string, string[]>;

/** Resolves when the API answers its health check, or fails when the process exits first. */
async function waitUntilServing(child: ChildProcess, baseUrl: string): Promise<void> {
  let exited = false;
  child.once('exit', () => (exited = true));
  for (let attempt = 0; attempt < 300; attempt++) {
    if (exited) throw new Error('the API exited before serving');
    try {
      if ((await fetch(`${baseUrl}/api/health`)).ok) return;
    } catch {
      // not listening yet
    }
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  throw new Error('the API did not answer within 30 s');
}

/** Stops a child process (if still running) and waits for its exit. */
async function stopProcess(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return;
  const exited = once(child, 'exit');
  child.kill('SIGTERM');
  await exited;
}

/**
 * The production build of the API (with production's Node flags), serving the built console, and the reminder worker beside it
 * (reconciling every 1.5 s, so a reminder falls due within seconds), on a fresh migrated database
 * with the demo data, on a free port: what a person opening the console gets.
 */
export async function startServer(
  options: { nodeArgs?: string[]; env?: Record<string, string> } = {},
): Promise<{ baseUrl: string; apiPid: number; databaseUrl: string; stop(): Promise<void> }> {
  const environment = await createTestEnvironment('console');
  const port = await freePort();
  const baseUrl = `http://localhost:${port}`;
  const env = {
    ...process.env,
    ...environment,
    PORT: String(port),
    APP_ORIGIN: baseUrl,
    LOG_LEVEL: process.env.TEST_LOG_LEVEL ?? 'warn',
    NODE_ENV: 'test',
  };
  const child = spawn(process.execPath, [...API_NODE_FLAGS, ...(options.nodeArgs ?? []), MAIN], {
    env: { ...env, ...options.env },
    stdio: ['ignore', 'inherit', 'inherit'],
  });
  const worker = spawn(process.execPath, [...WORKER_NODE_FLAGS, WORKER], {
    env: { ...env, ...options.env, RECONCILE_EVERY_MS: '1500' },
    stdio: ['ignore', 'inherit', 'inherit'],
  });
  const stopAll = async () => {
    await Promise.all([stopProcess(child), stopProcess(worker)]);
    await destroyTestEnvironment(environment);
  };
  try {
    await waitUntilServing(child, baseUrl);
  } catch (error) {
    await stopAll();
    throw error;
  }
  return { baseUrl, apiPid: child.pid!, databaseUrl: environment.DATABASE_URL, stop: stopAll };
}
