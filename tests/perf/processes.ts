import { spawn, type ChildProcess } from 'node:child_process';
import { once } from 'node:events';
import { createWriteStream } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { freePort } from './free-port';
import { API_BUILD, DEMO_PASSWORD, PERF_BUILD, REPO_ROOT } from './paths';
import type { BenchSettings } from './settings';

/**
 * The Node flags production starts the API and the worker with (scripts/node-flags.js, read by
 * scripts/start.js and so by the Docker image): the figures are those of what is deployed.
 */
// eslint-disable-next-line @typescript-eslint/no-require-imports
const { API_NODE_FLAGS, WORKER_NODE_FLAGS } = require(join(REPO_ROOT, 'scripts', 'node-flags.js')) as {
  API_NODE_FLAGS: string[];
  WORKER_NODE_FLAGS: string[];
};

/** A process the benchmark started: the API, the worker or the ceiling server. */
export interface Service {
  name: string;
  pid: number;
  /** Where the benchmark connects: loopback IPv4, whatever `localhost` resolves to. */
  url: string;
  /** The origin a browser uses (APP_ORIGIN): the CSRF check compares the Origin header with it. */
  origin: string;
  logFile: string;
  /** Rejects if the process ends before `stop()` is called: a crash fails the scenario at once instead of at its timeout. */
  crashed: Promise<never>;
  stop(): Promise<void>;
}

function crashOf(name: string, child: ChildProcess, logFile: string): { crashed: Promise<never>; stopping: () => void } {
  let stopping = false;
  const crashed = new Promise<never>((_resolve, reject) => {
    child.once('exit', (code, signal) => {
      if (!stopping) reject(new Error(`the ${name} process exited (${signal ?? code}); its log: ${logFile}`));
    });
  });
  crashed.catch(() => undefined); // observed by whoever races with it
  return { crashed, stopping: () => (stopping = true) };
}

async function stopProcess(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return;
  const exited = once(child, 'exit');
  child.kill('SIGTERM');
  const killer = setTimeout(() => child.kill('SIGKILL'), 10_000);
  await exited;
  clearTimeout(killer);
}

/** Resolves when `url` answers 200, or fails when the process exits first or after 60 s. */
async function waitUntilServing(child: ChildProcess, url: string, logFile: string): Promise<void> {
  let exited = false;
  child.once('exit', () => (exited = true));
  for (let attempt = 0; attempt < 600; attempt++) {
    if (exited) throw new Error(`${url}: the process exited before serving (log: ${logFile})`);
    try {
      if ((await fetch(url)).ok) return;
    } catch {
      // not listening yet
    }
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  throw new Error(`${url} did not answer within 60 s (log: ${logFile})`);
}

/** Starts a Node entry point with its output in a log file, so that a failure can be read afterwards. */
function spawnLogged(
  name: string,
  entry: string,
  env: NodeJS.ProcessEnv,
  nodeFlags: readonly string[] = [],
): { child: ChildProcess; logFile: string } {
  const logFile = join(tmpdir(), `resacoop-bench-${name}.log`);
  const log = createWriteStream(logFile);
  const child = spawn(process.execPath, [...nodeFlags, entry], { env, stdio: ['ignore', 'pipe', 'pipe'] });
  child.stdout?.pipe(log);
  child.stderr?.pipe(log);
  return { child, logFile };
}

function productEnv(settings: BenchSettings, port: number): NodeJS.ProcessEnv {
  return {
    ...process.env,
    NODE_ENV: 'production',
    LOG_LEVEL: 'warn',
    DATABASE_URL: settings.databaseUrl,
    REDIS_URL: settings.redisUrl,
    REDIS_PREFIX: settings.redisPrefix,
    PORT: String(port),
    APP_ORIGIN: `http://localhost:${port}`,
    DEMO_PASSWORD,
  };
}

async function startHttpService(
  name: string,
  entry: string,
  env: NodeJS.ProcessEnv,
  port: number,
  healthPath: string,
  nodeFlags: readonly string[] = [],
): Promise<Service> {
  const { child, logFile } = spawnLogged(name, entry, env, nodeFlags);
  const url = `http://127.0.0.1:${port}`;
  try {
    await waitUntilServing(child, `${url}${healthPath}`, logFile);
  } catch (error) {
    await stopProcess(child);
    throw error;
  }
  const crash = crashOf(name, child, logFile);
  const stop = () => {
    crash.stopping();
    return stopProcess(child);
  };
  return { name, pid: child.pid!, url, origin: `http://localhost:${port}`, logFile, crashed: crash.crashed, stop };
}

/** The production build of the API (it also serves the built console), as `npm start` runs it: same entry, same Node flags. */
export async function startApi(settings: BenchSettings, extraEnv: NodeJS.ProcessEnv = {}): Promise<Service> {
  const port = await freePort();
  const env = { ...productEnv(settings, port), ...extraEnv };
  return startHttpService('api', join(API_BUILD, 'main.js'), env, port, '/api/health', API_NODE_FLAGS);
}

/** The bare node:http + pg server the product is compared with. */
export async function startCeiling(settings: BenchSettings, authorId: number): Promise<Service> {
  const port = await freePort();
  const env = { ...process.env, DATABASE_URL: settings.databaseUrl, PORT: String(port), CEILING_AUTHOR_ID: String(authorId) };
  return startHttpService('ceiling', join(PERF_BUILD, 'ceiling.js'), env, port, '/health');
}

/**
 * The worker of the production build; it reconciles only when asked (the benchmark adds the job).
 * `extraEnv` adds settings (the mailbox scenario's MAILBOXES); `name` names its log file.
 */
export function startWorker(settings: BenchSettings, smtpUrl: string, extraEnv: NodeJS.ProcessEnv = {}, name = 'worker'): Service {
  // The worker serves nothing: the port only makes APP_ORIGIN, the origin of the links its e-mails carry.
  // BENCH_SMTP_QUERY tries nodemailer options through the product's own SMTP_URL (e.g. `?pool=true`).
  const env = {
    ...productEnv(settings, 3000),
    SMTP_URL: `${smtpUrl}${process.env.BENCH_SMTP_QUERY ?? ''}`,
    RECONCILE_EVERY_MS: '3600000',
    ...extraEnv,
  };
  const { child, logFile } = spawnLogged(name, join(API_BUILD, 'worker.js'), env, WORKER_NODE_FLAGS);
  const crash = crashOf(name, child, logFile);
  const stop = () => {
    crash.stopping();
    return stopProcess(child);
  };
  return { name, pid: child.pid!, url: '', origin: '', logFile, crashed: crash.crashed, stop };
}

async function readRssKb(pid: number): Promise<number | null> {
  try {
    const status = await readFile(`/proc/${pid}/status`, 'utf8');
    const match = /VmRSS:\s+(\d+) kB/.exec(status);
    return match ? Number(match[1]) : null;
  } catch {
    return null;
  }
}

/** Samples a process's resident memory (VmRSS) every few hundred milliseconds for the whole run. */
export class RssSampler {
  private readonly samples: { at: number; kb: number }[] = [];
  private readonly timer: NodeJS.Timeout;

  constructor(
    private readonly pid: number,
    intervalMs = 200,
  ) {
    this.timer = setInterval(() => void this.sample(), intervalMs);
    this.timer.unref();
  }

  async sample(): Promise<number | null> {
    const kb = await readRssKb(this.pid);
    if (kb !== null) this.samples.push({ at: performance.now(), kb });
    return kb;
  }

  /** The highest sample since `since` (a performance.now() instant), in MB. */
  peakMb(since = 0): number {
    const kb = this.samples.filter((sample) => sample.at >= since).reduce((max, sample) => Math.max(max, sample.kb), 0);
    return kb / 1024;
  }

  stop(): void {
    clearInterval(this.timer);
  }
}
