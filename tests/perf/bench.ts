import { mkdir, writeFile } from 'node:fs/promises';
import { cpus, loadavg, tmpdir, totalmem } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { measureConsole } from './console-load';
import { measureExport, type ExportFigures } from './csv-export';
import { withClient } from './database';
import { prepareDataset, type Dataset } from './dataset';
import { explainScenarios } from './explain';
import { httpScenarios, runHttpScenario, type HttpScenario } from './http-scenarios';
import { measureKeyFigures } from './key-figures';
import { measureMailbox } from './mailbox';
import { PERF_BUILD, snapshotBuild } from './paths';
import { RssSampler, startApi, startCeiling, type Service } from './processes';
import { measureReminders } from './reminders';
import { Report } from './report';
import { BENCH_USER, logIn } from './session';
import { readSettings, type BenchSettings, type ScenarioKey } from './settings';

/**
 * `npm run bench`: the large dataset (generated once), the production build of the API against a
 * bare node:http + pg ceiling, scenario by scenario, then one table of figures. Timing never fails
 * the run: only a broken scenario does.
 */

function log(line: string): void {
  console.log(`[bench] ${line}`);
}

/**
 * `--summary=FILE`: also write the table, its notes and the figures behind them as JSON, so that
 * a smoke run (tests/perf/bench-smoke.spec.ts) checks what was measured without parsing the text.
 */
function summaryFile(argv: readonly string[] = process.argv.slice(2)): string | null {
  const option = argv.find((arg) => arg.startsWith('--summary='));
  return option ? resolve(option.slice('--summary='.length)) : null;
}

async function describeMachine(settings: BenchSettings): Promise<string> {
  const postgres = await withClient(settings.databaseUrl.replace(/\/[^/]*$/, '/postgres'), async (client) => {
    const { rows } = await client.query<{ server_version: string }>('SHOW server_version');
    return rows[0].server_version;
  });
  return (
    `${new Date().toISOString()}: ${cpus().length} CPUs (${cpus()[0]?.model.trim()}), ${(totalmem() / 1024 ** 3).toFixed(1)} GB RAM, ` +
    `PostgreSQL ${postgres}, Node ${process.version}, load average ${loadavg()
      .map((load) => load.toFixed(1))
      .join(' ')}; scale ${settings.scale}`
  );
}

async function userId(settings: BenchSettings, email: string): Promise<number> {
  return withClient(settings.databaseUrl, async (client) => {
    const { rows } = await client.query<{ id: number }>('SELECT id FROM users WHERE email = $1', [email]);
    return rows[0].id;
  });
}

/** The notes the write scenario added (product and ceiling) are removed, so that every run starts from the same data. */
async function undoWrites(settings: BenchSettings, dataset: Dataset, run: () => Promise<void>): Promise<void> {
  const marks = await withClient(settings.databaseUrl, async (client) => {
    const { rows } = await client.query<{ interaction: number; audit: number }>(
      `SELECT (SELECT coalesce(max(id), 0) FROM interactions)::int AS interaction, (SELECT coalesce(max(id), 0) FROM audit_events)::bigint AS audit`,
    );
    return rows[0];
  });
  try {
    await run();
  } finally {
    await withClient(settings.databaseUrl, async (client) => {
      await client.query('DELETE FROM interactions WHERE case_id = $1 AND id > $2', [dataset.writeCaseId, marks.interaction]);
      await client.query(`DELETE FROM audit_events WHERE entity = 'interaction' AND id > $1`, [marks.audit]);
    });
  }
}

/**
 * The API's memory peak and the machine's load at the end of each phase, so that a high figure
 * can be traced to what caused it, and a slow one to other work competing for the CPUs.
 */
class PhasePeaks {
  private readonly peaks: string[] = [];

  constructor(private readonly rss: RssSampler) {}

  async track<T>(label: string, work: () => Promise<T>): Promise<T> {
    const started = performance.now();
    try {
      return await work();
    } finally {
      await this.rss.sample();
      this.peaks.push(`${label} ${this.rss.peakMb(started).toFixed(0)} MB (load ${loadavg()[0].toFixed(1)})`);
    }
  }

  get isEmpty(): boolean {
    return this.peaks.length === 0;
  }

  toString(): string {
    return `API RSS peak by phase (and 1-minute load average at its end): ${this.peaks.join(', ')}`;
  }
}

async function runHttpScenarios(
  settings: BenchSettings,
  dataset: Dataset,
  api: Service,
  cookie: string,
  report: Report,
  phases: PhasePeaks,
): Promise<void> {
  const ceiling = await startCeiling(settings, await userId(settings, BENCH_USER));
  try {
    const wanted = httpScenarios(api, ceiling, cookie, dataset).filter((scenario) => settings.scenarios.has(scenario.key));
    for (const scenario of wanted) {
      const measure = async () => {
        const result = await runHttpScenario(scenario, settings, { product: api, ceiling });
        report.addHttp(result);
        log(
          `${scenario.label}: product ${result.product.requestsPerSecond.toFixed(0)} req/s p99 ${result.product.p99Ms} ms, ` +
            `ceiling ${result.ceiling.requestsPerSecond.toFixed(0)} req/s p99 ${result.ceiling.p99Ms} ms`,
        );
      };
      await phases.track(scenario.short, () => (scenario.product.method === 'POST' ? undoWrites(settings, dataset, measure) : measure()));
    }
  } finally {
    await ceiling.stop();
  }
}

async function runBenchmark(settings: BenchSettings, dataset: Dataset, machine: string): Promise<void> {
  const report = new Report();
  const api = await startApi(settings);
  const rss = new RssSampler(api.pid);
  const phases = new PhasePeaks(rss);
  let exported: ExportFigures | null = null;
  try {
    const cookie = await logIn(api);
    const wants = (key: ScenarioKey) => settings.scenarios.has(key);
    if ((['a', 'b', 'c', 'd'] as const).some(wants)) await runHttpScenarios(settings, dataset, api, cookie, report, phases);
    if (wants('e')) {
      report.addKeyFigures(await phases.track('e', () => measureKeyFigures(api, cookie, settings.keyFigureCalls)));
      log('e. key figures measured');
    }
    if (wants('export')) {
      exported = await phases.track('export', () => measureExport(api, cookie, rss));
      log(`CSV export: ${exported.rows} rows in ${exported.seconds.toFixed(1)} s`);
    }
    if (wants('g')) {
      report.addConsole(await phases.track('g', () => measureConsole(api, settings.consoleAttempts)));
      log('g. console measured');
    }
    if (wants('f')) {
      report.addReminders(await phases.track('f', () => measureReminders(settings, dataset)));
      log('f. reminders measured');
    }
    if (wants('i')) {
      report.addMailbox(await phases.track('i', () => measureMailbox(settings)));
      log('i. mailbox measured');
    }
  } finally {
    rss.stop();
    await api.stop();
  }
  const notes = [
    ...report.notes,
    ...report.memoryLines(rss.peakMb(), exported),
    ...(phases.isEmpty ? [] : [String(phases)]),
    `load average at the end: ${loadavg()
      .map((load) => load.toFixed(1))
      .join(' ')} (on ${cpus().length} CPUs: above that, other work competed with the benchmark)`,
  ];
  console.log(`\n${report.table()}\n`);
  for (const note of notes) console.log(`- ${note}`);
  const file = summaryFile();
  if (file) {
    const summary = {
      machine,
      scale: settings.scale,
      scenarios: [...settings.scenarios],
      dataset,
      export: exported,
      apiRssPeakMb: rss.peakMb(),
      ...report.summary(notes),
    };
    await mkdir(dirname(file), { recursive: true });
    await writeFile(file, `${JSON.stringify(summary, null, 2)}\n`);
    log(`summary written to ${file}`);
  }
}

/** `--explain`: the API with the SQL tap preloaded, one request per question, the statements and their plans. */
async function runExplain(settings: BenchSettings, dataset: Dataset): Promise<void> {
  const tapFile = join(tmpdir(), `resacoop-bench-sql-${process.pid}.jsonl`);
  const api = await startApi(settings, { NODE_OPTIONS: `--require ${join(PERF_BUILD, 'sql-tap.js')}`, BENCH_SQL_TAP: tapFile });
  try {
    const cookie = await logIn(api);
    // Only the product's side of each question is explained.
    const scenarios: HttpScenario[] = httpScenarios(api, api, cookie, dataset);
    await undoWrites(settings, dataset, () =>
      withClient(settings.databaseUrl, (db) => explainScenarios(db, tapFile, api, cookie, scenarios)),
    );
  } finally {
    await api.stop();
  }
}

async function main(): Promise<void> {
  const settings = readSettings();
  const machine = await describeMachine(settings);
  log(machine);
  await snapshotBuild();
  const dataset = await prepareDataset(settings);
  await (settings.explain ? runExplain(settings, dataset) : runBenchmark(settings, dataset, machine));
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? (error.stack ?? error.message) : error);
  process.exit(1);
});
