import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import { Pool } from 'pg';

/**
 * The ceiling: what a bare node:http + pg server does with the same questions on the same data.
 * No framework, no authentication, one hand-written statement per question, named so that pg
 * prepares it once per connection as the product prepares its own, the same JSON shape and
 * Content-Range header as the product. Its write does what the product's must: it refuses a note on
 * a closed case and records the audit event in the same statement. The product's figures are read
 * against these.
 */

const pool = new Pool({ connectionString: process.env.DATABASE_URL, max: 10, application_name: 'resacoop-ceiling' });
const AUTHOR_ID = Number(process.env.CEILING_AUTHOR_ID);
const PAGE = 25;
const TIMELINE_PAGE = 50;

/**
 * Each table's columns under the API's camelCase names, read from the schema once at start-up;
 * generated columns (the stored `search_text`) are the database's own, never in an answer, and so
 * are the secrets the product never selects (a registration's unsubscribe key).
 */
const selectLists = new Map<string, string>();

const camelCase = (column: string) => column.replace(/_([a-z])/g, (_match, letter: string) => letter.toUpperCase());

async function loadSelectLists(): Promise<void> {
  const { rows } = await pool.query<{ table_name: string; columns: string[] }>(
    `SELECT table_name, array_agg(column_name::text ORDER BY ordinal_position) AS columns
       FROM information_schema.columns
      WHERE table_schema = 'public' AND is_generated = 'NEVER' AND column_name <> 'unsubscribe_token' AND table_name IN ('requests', 'organisations', 'cases', 'interactions', 'events', 'registrations')
      GROUP BY table_name`,
  );
  for (const { table_name, columns } of rows) {
    selectLists.set(table_name, columns.map((column) => `"${column}" AS "${camelCase(column)}"`).join(', '));
  }
}

const columnsOf = (table: string) => selectLists.get(table)!;

/** Rows carrying their total (a scalar subquery), answered the ra-data-simple-rest way. */
function sendPage(response: ServerResponse, resource: string, rows: Record<string, unknown>[]): void {
  const total = rows.length > 0 ? Number(rows[0].total) : 0;
  for (const row of rows) delete row.total;
  const end = rows.length > 0 ? rows.length - 1 : 0;
  sendJson(response, 200, rows, { 'Content-Range': `${resource} 0-${end}/${total}` });
}

function sendJson(response: ServerResponse, status: number, body: unknown, headers: Record<string, string> = {}): void {
  const text = JSON.stringify(body);
  response.writeHead(status, { 'Content-Type': 'application/json; charset=utf-8', 'Content-Length': Buffer.byteLength(text), ...headers });
  response.end(text);
}

async function readJson(request: IncomingMessage): Promise<Record<string, unknown>> {
  const chunks: Buffer[] = [];
  for await (const chunk of request) chunks.push(chunk as Buffer);
  return JSON.parse(Buffer.concat(chunks).toString('utf8')) as Record<string, unknown>;
}

const OPEN_OF_SITE = `site = $1 AND status IN ('new', 'in_progress', 'waiting')`;

/** (a) Open requests of one site by due date, first page, with the total (counted from the index alone). */
async function openRequests(response: ServerResponse, site: string): Promise<void> {
  const { rows } = await pool.query({
    name: 'open-requests',
    text: `SELECT ${columnsOf('requests')}, (SELECT count(*) FROM requests WHERE ${OPEN_OF_SITE}) AS total
             FROM requests WHERE ${OPEN_OF_SITE} ORDER BY due_at, id LIMIT ${PAGE}`,
    values: [site],
  });
  sendPage(response, 'requests', rows);
}

/**
 * (b) Organisations whose name, acronym or city contains a fragment, accents and case ignored
 * (`search_text`, the unaccented text PostgreSQL stores on every write). The matches are gathered
 * once through the trigram index, then counted and sorted: left to itself the planner walks the
 * name index and tests every organisation it meets.
 */
async function searchOrganisations(response: ServerResponse, fragment: string): Promise<void> {
  const { rows } = await pool.query({
    name: 'search-organisations',
    text: `WITH matches AS MATERIALIZED (
             SELECT * FROM organisations
              WHERE search_text LIKE '%' || f_unaccent(lower($1)) || '%')
           SELECT ${columnsOf('organisations')}, (SELECT count(*) FROM matches) AS total FROM matches ORDER BY name COLLATE "fr-x-icu", id LIMIT ${PAGE}`,
    values: [fragment],
  });
  sendPage(response, 'organisations', rows);
}

/** (c) The last entries of a case's timeline, with their total. */
async function caseTimeline(response: ServerResponse, caseId: number): Promise<void> {
  const { rows } = await pool.query({
    name: 'case-timeline',
    text: `SELECT ${columnsOf('interactions')}, (SELECT count(*) FROM interactions WHERE case_id = $1) AS total
             FROM interactions WHERE case_id = $1 ORDER BY occurred_at DESC, id DESC LIMIT ${TIMELINE_PAGE}`,
    values: [caseId],
  });
  sendPage(response, 'interactions', rows);
}

async function oneCase(response: ServerResponse, caseId: number): Promise<void> {
  const { rows } = await pool.query({ name: 'one-case', text: `SELECT ${columnsOf('cases')} FROM cases WHERE id = $1`, values: [caseId] });
  if (rows.length === 0) return sendJson(response, 404, { message: 'not found' });
  sendJson(response, 200, rows[0]);
}

/** (d) A note on a case that is not closed, and its audit event, in one statement. */
async function addInteraction(request: IncomingMessage, response: ServerResponse): Promise<void> {
  const body = await readJson(request);
  const { rows } = await pool.query({
    name: 'add-interaction',
    text: `WITH created AS (
             INSERT INTO interactions (version, case_id, kind, author_id, occurred_at, minutes_spent, body)
             SELECT 1, $1, $2, $3, now(), $4, $5 FROM cases WHERE id = $1 AND status <> 'closed' FOR SHARE
             RETURNING ${columnsOf('interactions')}),
           recorded AS (
             INSERT INTO audit_events (actor_id, action, entity, entity_id, changes)
             SELECT $3, 'create', 'interaction', created.id, jsonb_build_object('before', NULL, 'after', to_jsonb(created)) FROM created)
           SELECT * FROM created`,
    values: [body.caseId, body.kind, AUTHOR_ID, body.minutesSpent ?? 0, body.body],
  });
  if (rows.length === 0) return sendJson(response, 409, { message: 'closed or missing case' });
  sendJson(response, 201, rows[0]);
}

/** (h) A year's events by start, first page, with the total; the year's bounds are Paris midnights, as the product reads a bare date. */
async function eventsOfYear(response: ServerResponse, year: number): Promise<void> {
  const { rows } = await pool.query({
    name: 'events-of-year',
    text: `WITH bounds AS (SELECT make_timestamptz($1, 1, 1, 0, 0, 0, 'Europe/Paris') AS since,
                                  make_timestamptz($1 + 1, 1, 1, 0, 0, 0, 'Europe/Paris') AS before)
           SELECT ${columnsOf('events')},
                  (SELECT count(*) FROM events, bounds WHERE starts_at >= bounds.since AND starts_at < bounds.before) AS total
             FROM events, bounds WHERE starts_at >= bounds.since AND starts_at < bounds.before ORDER BY starts_at, id LIMIT ${PAGE}`,
    values: [year],
  });
  sendPage(response, 'events', rows);
}

/** (h) An event's registrations by name, first page, with the total. */
async function eventRegistrations(response: ServerResponse, eventId: number): Promise<void> {
  const { rows } = await pool.query({
    name: 'event-registrations',
    text: `SELECT ${columnsOf('registrations')}, (SELECT count(*) FROM registrations WHERE event_id = $1) AS total
             FROM registrations WHERE event_id = $1 ORDER BY name COLLATE "fr-x-icu", id LIMIT ${PAGE}`,
    values: [eventId],
  });
  sendPage(response, 'registrations', rows);
}

async function route(request: IncomingMessage, response: ServerResponse): Promise<void> {
  const url = new URL(request.url ?? '/', 'http://ceiling');
  const caseMatch = /^\/cases\/(\d+)(\/interactions)?$/.exec(url.pathname);
  if (request.method === 'GET' && url.pathname === '/health') return sendJson(response, 200, { status: 'ok' });
  if (request.method === 'GET' && url.pathname === '/requests/open') return openRequests(response, url.searchParams.get('site') ?? 'lyon');
  if (request.method === 'GET' && url.pathname === '/organisations') return searchOrganisations(response, url.searchParams.get('q') ?? '');
  if (request.method === 'GET' && caseMatch?.[2]) return caseTimeline(response, Number(caseMatch[1]));
  if (request.method === 'GET' && caseMatch) return oneCase(response, Number(caseMatch[1]));
  if (request.method === 'POST' && url.pathname === '/interactions') return addInteraction(request, response);
  const registrationsMatch = /^\/events\/(\d+)\/registrations$/.exec(url.pathname);
  if (request.method === 'GET' && url.pathname === '/events') return eventsOfYear(response, Number(url.searchParams.get('year')));
  if (request.method === 'GET' && registrationsMatch) return eventRegistrations(response, Number(registrationsMatch[1]));
  sendJson(response, 404, { message: 'not found' });
}

async function main(): Promise<void> {
  await loadSelectLists();
  const server = createServer((request, response) => {
    route(request, response).catch((error: unknown) => {
      console.error(error);
      if (!response.headersSent) sendJson(response, 500, { message: 'error' });
      else response.destroy();
    });
  });
  server.keepAliveTimeout = 65_000;
  server.listen(Number(process.env.PORT), '127.0.0.1');
  const stop = () => server.close(() => void pool.end());
  process.on('SIGTERM', stop);
  process.on('SIGINT', stop);
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
