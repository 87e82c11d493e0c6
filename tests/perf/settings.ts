/** What one run of the benchmark measures, and on what: read from the command line and the environment. */

export type Scale = 'full' | 'small';

export interface DatasetSizes {
  organisations: number;
  contacts: number;
  requests: number;
  cases: number;
  interactions: number;
}

/** The sizes quality.md asks for; `small` is a hundredth of them, for a CI smoke run. */
const FULL_SIZES: DatasetSizes = {
  organisations: 50_000,
  contacts: 100_000,
  requests: 500_000,
  cases: 100_000,
  interactions: 1_000_000,
};

export const SCENARIO_KEYS = ['a', 'b', 'c', 'd', 'e', 'export', 'f', 'g', 'h', 'i'] as const;
export type ScenarioKey = (typeof SCENARIO_KEYS)[number];

export interface BenchSettings {
  scale: Scale;
  sizes: DatasetSizes;
  databaseUrl: string;
  redisUrl: string;
  /** Keeps the benchmark's queues and rate-limit counters apart from every other user of this Redis. */
  redisPrefix: string;
  regenerate: boolean;
  /** Print the product's SQL for each HTTP scenario with EXPLAIN (ANALYZE, BUFFERS), instead of the load run. */
  explain: boolean;
  scenarios: ReadonlySet<ScenarioKey>;
  connections: number;
  warmupSeconds: number;
  measureSeconds: number;
  /** How many reminders the worker scenario makes due at once. */
  dueReminders: number;
  /** How many new messages the mailbox scenario leaves waiting in the inbox for the worker. */
  mailboxMessages: number;
  keyFigureCalls: number;
  consoleAttempts: number;
}

function scaled(sizes: DatasetSizes, divisor: number): DatasetSizes {
  const divide = (count: number) => Math.max(1, Math.round(count / divisor));
  return {
    organisations: divide(sizes.organisations),
    contacts: divide(sizes.contacts),
    requests: divide(sizes.requests),
    cases: divide(sizes.cases),
    interactions: divide(sizes.interactions),
  };
}

function readScale(env: NodeJS.ProcessEnv): Scale {
  const value = env.BENCH_SCALE ?? 'full';
  if (value !== 'full' && value !== 'small') throw new Error(`BENCH_SCALE=${value}: expected full or small`);
  return value;
}

function readScenarios(argv: readonly string[]): ReadonlySet<ScenarioKey> {
  const option = argv.find((arg) => arg.startsWith('--only='));
  if (!option) return new Set(SCENARIO_KEYS);
  const wanted = option.slice('--only='.length).split(',');
  const unknown = wanted.filter((key) => !(SCENARIO_KEYS as readonly string[]).includes(key));
  if (unknown.length > 0) throw new Error(`--only: unknown scenario ${unknown.join(', ')} (known: ${SCENARIO_KEYS.join(', ')})`);
  return new Set(wanted as ScenarioKey[]);
}

function databaseUrlFor(scale: Scale, env: NodeJS.ProcessEnv): string {
  if (env.BENCH_DATABASE_URL) return env.BENCH_DATABASE_URL;
  const name = scale === 'full' ? 'resacoop_bench' : 'resacoop_bench_small';
  return `postgres://postgres@127.0.0.1:5432/${name}`;
}

export function readSettings(argv: readonly string[] = process.argv.slice(2), env: NodeJS.ProcessEnv = process.env): BenchSettings {
  const scale = readScale(env);
  const full = scale === 'full';
  return {
    scale,
    sizes: full ? FULL_SIZES : scaled(FULL_SIZES, 100),
    databaseUrl: databaseUrlFor(scale, env),
    redisUrl: env.REDIS_URL ?? 'redis://127.0.0.1:6379',
    redisPrefix: `resacoop-bench-${scale}`,
    regenerate: argv.includes('--regenerate') || env.BENCH_REGENERATE === '1',
    explain: argv.includes('--explain'),
    scenarios: readScenarios(argv),
    connections: 32,
    warmupSeconds: full ? 3 : 1,
    measureSeconds: full ? 10 : 3,
    dueReminders: full ? 10_000 : 100,
    mailboxMessages: full ? 1_000 : 100,
    keyFigureCalls: full ? 7 : 3,
    consoleAttempts: full ? 3 : 1,
  };
}
