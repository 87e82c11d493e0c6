import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import type { Client } from 'pg';
import { connect, databaseName, dropDatabase } from './database';
import {
  advanceReferenceCounters,
  createSessionFunctions,
  insertAssignments,
  insertCases,
  insertContacts,
  insertEvents,
  insertInteractions,
  insertLargeEvent,
  insertOrganisations,
  insertRequests,
  insertStaff,
  insertStageChanges,
  type IdRange,
} from './dataset-sql';
import { API_BUILD, DEMO_PASSWORD } from './paths';
import type { BenchSettings, DatasetSizes, Scale } from './settings';
import { BENCH_STAFF } from './vocabulary';

/** What the scenarios need to know about the generated data. */
export interface Dataset {
  scale: Scale;
  generatedAt: Date;
  generationSeconds: number;
  /** The case with the longest timeline: the read scenario shows its last 50 entries. */
  readCaseId: number;
  /** An open case the write scenario adds notes to (they are deleted afterwards). */
  writeCaseId: number;
  /** The year's event of LARGE_EVENT_REGISTRANTS registrants: the registrations scenario lists them. */
  largeEventId: number;
  counts: DatasetSizes;
}

/** Collective events generated over ten years (a year holds a few hundred, the demo's included), each with a few registrants. */
const EVENTS: Record<Scale, { count: number; registrantsEach: number }> = {
  full: { count: 2000, registrantsEach: 20 },
  small: { count: 20, registrantsEach: 20 },
};
/** The size of a large regional meeting; at both scales, since it is the question the scenario asks. */
const LARGE_EVENT_REGISTRANTS = 1000;

/** Share of the timeline entries written on cases; the rest are on requests. */
const CASE_SHARE = 0.85;

function log(line: string): void {
  console.log(`[dataset] ${line}`);
}

/**
 * Creates the database if missing, runs the product's pending migrations (on a reused dataset too:
 * it is measured on the current schema) and loads its demo data (users, relays, 2024) into an
 * empty one. Returns how many migrations it applied.
 */
function migrateWithDemoData(settings: BenchSettings): number {
  const result = spawnSync(process.execPath, [join(API_BUILD, 'cli', 'prepare-database.js')], {
    env: {
      ...process.env,
      DATABASE_URL: settings.databaseUrl,
      REDIS_URL: settings.redisUrl,
      NODE_ENV: 'development',
      DEMO_PASSWORD,
    },
    stdio: ['ignore', 'pipe', 'inherit'],
    encoding: 'utf8',
  });
  const lines = result.stdout.split('\n').filter((text) => /^(Created|Migrated|Loaded)/.test(text));
  for (const line of lines) log(line);
  if (result.status !== 0) throw new Error(`prepare-database failed (exit ${result.status}): is the API built (npm run build)?`);
  return lines.filter((line) => line.startsWith('Migrated')).length;
}

/**
 * The collective events and their registrations, generated once in a transaction of their own and
 * marked by `bench_events`: added to a dataset generated before events existed, as to a fresh one.
 */
async function ensureEvents(client: Client, scale: Scale): Promise<number> {
  const { rows } = await client.query<{ exists: boolean }>(`SELECT to_regclass('bench_events') IS NOT NULL AS exists`);
  if (!rows[0].exists) {
    await client.query('BEGIN');
    await client.query(`SELECT setseed(0.2024)`);
    const { count, registrantsEach } = EVENTS[scale];
    await timed('events and registrations', () => insertEvents(client, count, registrantsEach), rangeSize);
    const largeEventId = await insertLargeEvent(client, LARGE_EVENT_REGISTRANTS);
    await client.query(`CREATE TABLE bench_events (large_event_id int NOT NULL)`);
    await client.query(`INSERT INTO bench_events (large_event_id) VALUES ($1)`, [largeEventId]);
    await timed('commit', () => client.query('COMMIT'));
    await timed('vacuum analyze events', () => client.query('VACUUM (ANALYZE) events, registrations'));
  }
  return (await client.query<{ id: number }>(`SELECT large_event_id AS id FROM bench_events`)).rows[0].id;
}

async function readMarker(client: Client): Promise<Omit<Dataset, 'counts' | 'largeEventId'> | null> {
  const { rows } = await client.query<{ exists: boolean }>(`SELECT to_regclass('bench_dataset') IS NOT NULL AS exists`);
  if (!rows[0].exists) return null;
  const marker = await client.query<Omit<Dataset, 'counts' | 'largeEventId'>>(
    `SELECT scale, generated_at AS "generatedAt", generation_seconds::float8 AS "generationSeconds",
            read_case_id AS "readCaseId", write_case_id AS "writeCaseId"
       FROM bench_dataset`,
  );
  return marker.rows[0] ?? null;
}

async function countRows(client: Client): Promise<DatasetSizes> {
  const { rows } = await client.query<DatasetSizes>(
    `SELECT (SELECT count(*) FROM organisations)::int AS organisations, (SELECT count(*) FROM contacts)::int AS contacts,
            (SELECT count(*) FROM requests)::int AS requests, (SELECT count(*) FROM cases)::int AS cases,
            (SELECT count(*) FROM interactions)::int AS interactions`,
  );
  return rows[0];
}

/** Each table is filled up to its target size (the demo data already holds a few hundred rows). */
function missing(target: DatasetSizes, present: DatasetSizes): DatasetSizes {
  const gap = (key: keyof DatasetSizes) => Math.max(1, target[key] - present[key]);
  return {
    organisations: gap('organisations'),
    contacts: gap('contacts'),
    requests: gap('requests'),
    cases: gap('cases'),
    interactions: gap('interactions'),
  };
}

async function timed<T>(label: string, work: () => Promise<T>, rows?: (result: T) => number): Promise<T> {
  const started = performance.now();
  const result = await work();
  const count = rows ? `${rows(result).toLocaleString('en')} rows in ` : '';
  log(`${label}: ${count}${((performance.now() - started) / 1000).toFixed(1)} s`);
  return result;
}

const rangeSize = (range: IdRange) => range.count;

/** The cases the read and write scenarios use, chosen once so that every run measures the same thing. */
async function chooseScenarioCases(client: Client, cases: IdRange): Promise<{ readCaseId: number; writeCaseId: number }> {
  const busiest = await client.query<{ case_id: number }>(
    `SELECT case_id FROM interactions WHERE case_id IS NOT NULL GROUP BY case_id ORDER BY count(*) DESC, case_id LIMIT 1`,
  );
  const open = await client.query<{ id: number }>(
    `SELECT id FROM cases WHERE status = 'open' AND id BETWEEN $1 AND $2 ORDER BY id LIMIT 1`,
    [cases.first, cases.first + cases.count - 1],
  );
  return { readCaseId: busiest.rows[0].case_id, writeCaseId: open.rows[0].id };
}

/** Fills the database in one transaction: an interrupted generation leaves nothing half-made behind. */
async function generate(client: Client, settings: BenchSettings): Promise<void> {
  const started = performance.now();
  const toAdd = missing(settings.sizes, await countRows(client));
  await client.query('BEGIN');
  await client.query(`SET LOCAL work_mem = '256MB'`);
  await client.query(`SELECT setseed(0.2024)`);
  await createSessionFunctions(client);
  const staff = await insertStaff(client, BENCH_STAFF);
  const organisations = await timed('organisations', () => insertOrganisations(client, toAdd.organisations), rangeSize);
  const contacts = await timed('contacts', () => insertContacts(client, toAdd.contacts, organisations), rangeSize);
  const cases = await timed('cases', () => insertCases(client, toAdd.cases, organisations, staff), rangeSize);
  await timed('stage history and relay assignments', async () => {
    await insertStageChanges(client, cases);
    await insertAssignments(client, cases);
  });
  const requests = await timed(
    'requests',
    () => insertRequests(client, toAdd.requests, { organisations, contacts, cases, staff }),
    rangeSize,
  );
  const onCases = Math.round(toAdd.interactions * CASE_SHARE);
  await timed(
    'interactions',
    () => insertInteractions(client, { onCases, onRequests: toAdd.interactions - onCases }, { cases, requests, staff }),
    rangeSize,
  );
  await advanceReferenceCounters(client);
  const chosen = await chooseScenarioCases(client, cases);
  await client.query(
    `CREATE TABLE bench_dataset (scale text NOT NULL, generated_at timestamptz NOT NULL DEFAULT now(),
                                 generation_seconds numeric NOT NULL, read_case_id int NOT NULL, write_case_id int NOT NULL)`,
  );
  await client.query(`INSERT INTO bench_dataset (scale, generation_seconds, read_case_id, write_case_id) VALUES ($1, $2, $3, $4)`, [
    settings.scale,
    ((performance.now() - started) / 1000).toFixed(1),
    chosen.readCaseId,
    chosen.writeCaseId,
  ]);
  await timed('commit', () => client.query('COMMIT'));
  // Fresh statistics and visibility maps, as autovacuum would have left them on a live database.
  await timed('vacuum analyze', () => client.query('VACUUM (ANALYZE)'));
}

/**
 * The bench database ready to measure: migrated to the current schema, with the demo data and the
 * large dataset, generated on the first run (or with --regenerate) and reused afterwards.
 */
export async function prepareDataset(settings: BenchSettings): Promise<Dataset> {
  const name = databaseName(settings.databaseUrl);
  if (settings.regenerate) {
    log(`dropping ${name} (--regenerate)`);
    await dropDatabase(settings.databaseUrl);
  }
  const migrated = await timed('migrations', async () => migrateWithDemoData(settings));
  const client = await connect(settings.databaseUrl);
  try {
    let marker = await readMarker(client);
    if (marker && marker.scale !== settings.scale) {
      throw new Error(
        `${name} holds the ${marker.scale} dataset, not ${settings.scale}: run with --regenerate or another BENCH_DATABASE_URL`,
      );
    }
    if (marker) {
      log(`reusing ${name} (${marker.scale}, generated ${marker.generatedAt.toISOString()}; --regenerate to start again)`);
      // A migration that rewrote a table or added a column leaves it without statistics on the new
      // column and with an empty visibility map (no index-only scans): as autovacuum would, soon.
      if (migrated > 0) await timed('vacuum analyze after the migrations', () => client.query('VACUUM (ANALYZE)'));
    } else {
      log(`generating the ${settings.scale} dataset in ${name}`);
      await generate(client, settings);
      marker = (await readMarker(client))!;
    }
    const largeEventId = await ensureEvents(client, settings.scale);
    const counts = await countRows(client);
    log(
      `${Object.entries(counts)
        .map(([table, count]) => `${count.toLocaleString('en')} ${table}`)
        .join(', ')}`,
    );
    return { ...marker, largeEventId, counts };
  } finally {
    await client.end();
  }
}
