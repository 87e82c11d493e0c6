/// <reference types="jest" />
// (tests/perf/tsconfig.json compiles every .ts of this folder, this spec included: the reference gives it Jest's globals.)
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { chmodSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import type { ExportFigures } from './csv-export';
import type { Dataset } from './dataset';
import { httpScenarios } from './http-scenarios';
import type { Service } from './processes';
import type { Summary } from './report';
import { SCENARIO_KEYS, type ScenarioKey } from './settings';

/**
 * The CI smoke run of the benchmark (`npm run test:bench`, not part of `npm test`): `npm run bench`
 * on the small dataset, generated afresh, every scenario end to end. It checks that every scenario
 * ran and answered correctly, never how fast: the figures are printed (and kept in
 * reports/bench-small.md) for a human to read, as quality.md wants timings kept out of tests.
 */

const ROOT = resolve(__dirname, '..', '..');
const PERF_SOURCES = __dirname;
const BENCH = join(ROOT, 'dist', 'perf', 'bench.js');
const REPORTS = join(ROOT, 'reports');
const SUMMARY_FILE = join(REPORTS, 'bench-small.json');
const TABLE_FILE = join(REPORTS, 'bench-small.md');

/** Generating the small dataset takes under a minute and the run about two; a loaded CI machine may need several times that. */
const RUN_TIMEOUT_MS = 9.5 * 60_000;

type BenchSummary = Summary & {
  machine: string;
  scale: string;
  scenarios: ScenarioKey[];
  dataset: Dataset;
  export: ExportFigures | null;
  apiRssPeakMb: number;
};

interface BenchRun {
  code: number | null;
  signal: NodeJS.Signals | null;
  output: string;
  timedOut: boolean;
  seconds: number;
}

/** The bench must be the compiled form of the sources beside this spec (`npm run test:bench` compiles it first). */
function assertCompiled(): void {
  if (!existsSync(BENCH)) throw new Error(`${BENCH} is missing: run \`npm run test:bench\` (it builds and compiles tests/perf first)`);
  const compiledAt = statSync(BENCH).mtimeMs;
  const newer = readdirSync(PERF_SOURCES).filter(
    (file) => file.endsWith('.ts') && !file.endsWith('.spec.ts') && statSync(join(PERF_SOURCES, file)).mtimeMs > compiledAt,
  );
  if (newer.length > 0) throw new Error(`tests/perf/${newer.join(', ')} changed since dist/perf was compiled: run \`npm run test:bench\``);
}

/** Every process below `pid` (the API, the worker, the ceiling, Chromium…), deepest first. */
function descendantsOf(pid: number): number[] {
  const table = spawnSync('ps', ['-eo', 'pid=,ppid='], { encoding: 'utf8' }).stdout ?? '';
  const children = new Map<number, number[]>();
  for (const line of table.split('\n')) {
    const [child, parent] = line.trim().split(/\s+/).map(Number);
    if (!child || !parent) continue;
    children.set(parent, [...(children.get(parent) ?? []), child]);
  }
  const walk = (parent: number): number[] => (children.get(parent) ?? []).flatMap((child) => [...walk(child), child]);
  return walk(pid);
}

/** Stops a bench that overran: its own children first, so that no API or worker outlives it. */
function stopBench(child: ChildProcess): void {
  if (child.pid === undefined || child.exitCode !== null || child.signalCode !== null) return;
  for (const pid of [...descendantsOf(child.pid), child.pid]) {
    try {
      process.kill(pid, 'SIGKILL');
    } catch {
      // already gone
    }
  }
}

let running: ChildProcess | null = null;

/** `node dist/perf/bench.js` as `npm run bench` runs it, its output streamed to the Jest output and kept. */
function runBench(args: string[], env: NodeJS.ProcessEnv): Promise<BenchRun> {
  const started = performance.now();
  const child = spawn(process.execPath, [BENCH, ...args], { cwd: ROOT, env, stdio: ['ignore', 'pipe', 'pipe'] });
  running = child;
  let output = '';
  const keep = (chunk: Buffer) => {
    output += chunk.toString('utf8');
    process.stdout.write(chunk);
  };
  child.stdout!.on('data', keep);
  child.stderr!.on('data', keep);
  let timedOut = false;
  const timer = setTimeout(() => {
    timedOut = true;
    stopBench(child);
  }, RUN_TIMEOUT_MS);
  return new Promise((resolveRun, reject) => {
    child.once('error', reject);
    child.once('close', (code, signal) => {
      clearTimeout(timer);
      running = null;
      resolveRun({ code, signal, output, timedOut, seconds: (performance.now() - started) / 1000 });
    });
  });
}

/** The last lines of the bench's own output and of the logs of the processes it started, to explain a failure. */
function diagnosis(run: BenchRun, logDir: string): string {
  const tail = (text: string, lines: number) => text.trimEnd().split('\n').slice(-lines).join('\n');
  const logs = readdirSync(logDir)
    .filter((file) => file.startsWith('resacoop-bench-') && file.endsWith('.log'))
    .map((file) => `--- ${file} (last lines) ---\n${tail(readFileSync(join(logDir, file), 'utf8'), 30)}`);
  const ending = run.timedOut ? `stopped after ${RUN_TIMEOUT_MS / 60_000} minutes` : `exit ${run.code ?? run.signal}`;
  return [`the bench failed (${ending}); its last lines:`, tail(run.output, 40), ...logs].join('\n');
}

/** The table's lines as printed: the header, the separator, then one line per row. */
function printedTable(output: string): string[] {
  const lines = output.split('\n');
  const header = lines.findIndex((line) => /^\| scenario +\| product req\/s/.test(line));
  if (header < 0) return [];
  const end = lines.findIndex((line, index) => index > header && !line.startsWith('|'));
  return lines.slice(header, end < 0 ? undefined : end);
}

/** Stand-ins for the API and the ceiling: only the scenarios' keys and labels are read from them. */
const nowhere: Service = {
  name: 'nowhere',
  pid: 0,
  url: 'http://127.0.0.1:9',
  origin: 'http://localhost:9',
  logFile: '',
  crashed: new Promise<never>(() => undefined),
  stop: async () => undefined,
};

describe('npm run bench on the small dataset (CI smoke run: every scenario runs; no timing is asserted)', () => {
  let run: BenchRun;
  let failure: string | null = null;
  let loaded: BenchSummary | null = null;
  /** The bench's figures; a test reading them after a failed run fails in one line (the first test gives the reasons). */
  const summary = (): BenchSummary => {
    if (!loaded) throw new Error('the bench did not complete: see the first test');
    return loaded;
  };

  beforeAll(async () => {
    try {
      assertCompiled();
    } catch (error) {
      failure = (error as Error).message;
      return;
    }
    mkdirSync(REPORTS, { recursive: true });
    rmSync(SUMMARY_FILE, { force: true });
    rmSync(TABLE_FILE, { force: true });
    // The API, worker and ceiling logs of this run only (the bench writes them to $TMPDIR).
    const logDir = mkdtempSync(join(tmpdir(), 'resacoop-bench-smoke-'));
    // Scenario i's Dovecot makes its folder under TMPDIR and reads it as the user dovecot: mkdtemp's 0700 would stop it.
    chmodSync(logDir, 0o755);
    const env: NodeJS.ProcessEnv = { ...process.env, BENCH_SCALE: 'small', TMPDIR: logDir };
    // --regenerate drops the bench database: never one that BENCH_DATABASE_URL may point at (the full dataset, say).
    delete env.BENCH_DATABASE_URL;
    run = await runBench(['--regenerate', `--summary=${SUMMARY_FILE}`], env);
    process.stdout.write(`\n[bench-smoke] npm run bench (small, --regenerate) took ${run.seconds.toFixed(0)} s\n`);
    if (run.timedOut || run.code !== 0 || !existsSync(SUMMARY_FILE)) {
      failure = diagnosis(run, logDir);
      return;
    }
    rmSync(logDir, { recursive: true, force: true });
    const parsed = JSON.parse(readFileSync(SUMMARY_FILE, 'utf8')) as BenchSummary;
    loaded = parsed;
    writeFileSync(
      TABLE_FILE,
      [
        `# npm run bench, BENCH_SCALE=small (CI smoke run; figures of a small dataset on a shared machine: read, never asserted)`,
        '',
        parsed.machine,
        '',
        parsed.table,
        '',
        ...parsed.notes.map((note) => `- ${note}`),
        '',
      ].join('\n'),
    );
    process.stdout.write(`[bench-smoke] table and notes written to ${TABLE_FILE}, figures to ${SUMMARY_FILE}\n`);
  }, RUN_TIMEOUT_MS + 30_000);

  afterAll(() => {
    if (running) stopBench(running);
  });

  it('exits 0 on a freshly generated small dataset', () => {
    if (failure) throw new Error(failure);
    expect(run.code).toBe(0);
    expect(summary().scale).toBe('small');
    expect(run.output).toMatch(/\[dataset\] dropping \S+ \(--regenerate\)/);
    expect(run.output).toMatch(/\[dataset\] generating the small dataset/);
    expect(summary().dataset.counts.requests).toBeGreaterThan(0);
  });

  it('runs every scenario of the bench', () => {
    expect([...summary().scenarios].sort()).toEqual([...SCENARIO_KEYS].sort());
  });

  it('prints one table row per scenario (c: its two questions; export: a memory line)', () => {
    // The rows the bench's own code defines: its HTTP questions (a–d), then one row for each other scenario but the export.
    const { dataset, rows: printed, table: expectedTable } = summary();
    const questions = httpScenarios(nowhere, nowhere, '', dataset);
    const expected = SCENARIO_KEYS.filter((key) => key !== 'export').flatMap((key) => {
      const asked = questions.filter((question) => question.key === key);
      return asked.length > 0 ? asked.map((question) => `${key}: ${question.label}`) : [key];
    });
    const rows = printed.map((row) => (questions.some((question) => question.key === row.key) ? `${row.key}: ${row.scenario}` : row.key));
    expect([...rows].sort()).toEqual([...expected].sort());

    // What was printed is that table: a header, a separator, one line per row.
    const table = printedTable(run.output);
    expect(table.join('\n')).toBe(expectedTable);
    expect(table).toHaveLength(2 + expected.length);
    for (const row of printed) expect(table.some((line) => line.startsWith(`| ${row.scenario} `))).toBe(true);
  });

  it('gets the same answers from the product and the ceiling', () => {
    // Every question's differences at once, so that one run names them all.
    const differing = summary()
      .http.filter((question) => question.differences.length > 0)
      .map((question) => `${question.label}: ${question.differences.join('; ')}`);
    expect(differing).toEqual([]);
    expect(run.output).not.toContain('the ceiling answers differently');
  });

  it('has no failed request during the load runs', () => {
    const failing = summary()
      .http.filter((question) => question.product.failures + question.ceiling.failures > 0)
      .map((question) => `${question.label}: product ${question.product.failures}, ceiling ${question.ceiling.failures}`);
    expect(failing).toEqual([]);
    expect(run.output).not.toMatch(/failed (product|ceiling) requests/);
  });

  it('counts what each request cost in CPU, server and PostgreSQL, on both sides', () => {
    const uncounted = summary()
      .http.flatMap((question) =>
        (['product', 'ceiling'] as const).map((side) => ({ label: `${question.label} (${side})`, cpu: question[side].cpu })),
      )
      .filter(({ cpu }) => !cpu || !(cpu.serverMs > 0) || !(cpu.postgresMs > 0))
      .map(({ label }) => label);
    expect(uncounted).toEqual([]);
    expect(run.output).toMatch(/CPU per request, server \+ PostgreSQL: product [\d.]+ \+ [\d.]+ ms, ceiling [\d.]+ \+ [\d.]+ ms/);
  });

  it('delivers every due reminder once: 0 duplicates', () => {
    const reminders = summary().reminders;
    if (!reminders) throw new Error('no reminder figures in the summary');
    expect(reminders.due).toBeGreaterThan(0);
    expect(reminders.duplicates).toBe(0);
    // All of them arrived (the bench waits up to 2 minutes for a hundred e-mails: a liveness check, not a timing).
    expect(reminders.complete).toBe(true);
    expect(reminders.mailed).toBe(reminders.due);
    expect(reminders.notified).toBe(reminders.due);
  });

  it('turns every message waiting in the mailbox into one request: 0 duplicates, 0 lost', () => {
    const mailbox = summary().mailbox;
    if (!mailbox) throw new Error('no mailbox figures in the summary');
    expect(mailbox.messages).toBeGreaterThan(0);
    // Varied messages: HTML, files kept and refused, senders of the directory.
    expect(Object.values(mailbox.kinds).every((count) => count > 0)).toBe(true);
    // All of them (the bench waits up to 2 minutes for a hundred: a liveness check, not a timing).
    expect(mailbox.complete).toBe(true);
    expect({ requests: mailbox.requests, duplicates: mailbox.duplicates, lost: mailbox.lost }).toEqual({
      requests: mailbox.messages,
      duplicates: 0,
      lost: 0,
    });
    // Every message flagged and moved to the processed folder, none to the errors.
    expect(mailbox.folders).toEqual({ inbox: 0, processed: mailbox.messages, errors: 0 });
  });

  it('reads the CSV export to its end, logs in through the console and reads the key figures', () => {
    const { export: exported, console: browser, keyFigures } = summary();
    expect(exported?.rows).toBeGreaterThan(0);
    expect(browser?.attempts).toBeGreaterThan(0);
    expect(browser?.initialJs.files).toBeGreaterThan(0);
    expect(keyFigures?.calls).toBeGreaterThan(0);
  });
});
