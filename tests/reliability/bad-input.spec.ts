import type { INestApplication } from '@nestjs/common';
import fc from 'fast-check';
import type TestAgent from 'supertest/lib/agent';
import { database, loginAs, unique } from '../api/support/app';
import { startIsolatedApp } from './support/environment';
import { routesOf } from './support/routes';

// Databases of its own, many requests: minutes on a loaded 2-core machine.
jest.setTimeout(300_000);

const RUNS_PER_ROUTE = 30;

/** Anything a client might send: JSON of every shape, strings of every kind, huge, nested, out of range. */
const anyJson = fc.jsonValue({ maxDepth: 3 });
const edgeValues = fc.constantFrom<unknown>(
  null,
  '',
  ' ',
  'x'.repeat(20_000),
  '\u0000',
  '𝕏🙂é\u202e',
  "'; DROP TABLE organisations; --",
  '=HYPERLINK("http://x")',
  -1,
  0,
  2 ** 31,
  -(2 ** 53),
  1e308,
  1.5,
  true,
  [],
  {},
  [[[[]]]],
  { $gt: '' },
  '2024-02-30',
  '9999-12-31T23:59:59Z',
);
/** Text PostgreSQL refuses or alters: a NUL character or a lone surrogate anywhere in it. */
const unstorableText = fc
  .tuple(fc.string({ maxLength: 20 }), fc.constantFrom('\u0000', '\ud800', '\udbff', '\udc00', '\udfff'), fc.string({ maxLength: 20 }))
  .map(([before, bad, after]) => `${before}${bad}${after}`);
const year = fc.integer({ min: 0, max: 9999 });
/** Days the calendar does not have, as a day or a date-time: month 00 or 13-99, 30 February, 31 April, day 00 or 32-99. */
const impossibleDate = fc
  .tuple(
    fc.oneof(
      fc.tuple(year, fc.integer({ min: 13, max: 99 }), fc.integer({ min: 1, max: 28 })),
      fc.tuple(year, fc.constant(0), fc.integer({ min: 1, max: 28 })),
      fc.tuple(year, fc.constant(2), fc.integer({ min: 30, max: 31 })),
      fc.tuple(year, fc.constantFrom(4, 6, 9, 11), fc.constant(31)),
      fc.tuple(year, fc.integer({ min: 1, max: 12 }), fc.constantFrom(0, 32, 99)),
    ),
    fc.constantFrom('', 'T10:00', 'T10:00:00Z', 'T23:59:59.999+02:00'),
  )
  .map(([[y, m, d], time]) => `${String(y).padStart(4, '0')}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}${time}`);
const hostileText = fc.oneof(unstorableText, impossibleDate);
const anyValue = fc.oneof(anyJson, edgeValues, hostileText);
const anyText = fc.oneof(
  fc.string({ maxLength: 50 }),
  fc.string({ unit: 'grapheme', maxLength: 30 }),
  hostileText,
  anyValue.map((value) => JSON.stringify(value)),
);
/** Bodies whose cost is out of proportion to their size: thousands of keys, at the top or in a field, or nested deep. */
const costlyBody = fc.oneof(
  fc
    .integer({ min: 101, max: 20_000 })
    .map((count) => Object.fromEntries(Array.from({ length: count }, (_, index) => [`k${index}`, index]))),
  fc
    .integer({ min: 101, max: 5_000 })
    .map((count) => ({ name: Object.fromEntries(Array.from({ length: count }, (_, index) => [`k${index}`, 1])) })),
  fc.integer({ min: 9, max: 1_000 }).map((depth) => ({ name: JSON.parse(`${'['.repeat(depth)}${']'.repeat(depth)}`) as unknown })),
);

/** Routes that end the caller's session or need no body: fuzzing them tells nothing more. */
const SKIPPED = new Set([
  'POST /api/auth/logout',
  'DELETE /api/organisations/:id',
  'DELETE /api/contacts/:id',
  'DELETE /api/events/:id',
  'DELETE /api/answer-templates/:id',
]);

/**
 * Property-based inputs (fast-check) against every route the application serves, read from its
 * router: list parameters (sort, range, filter with every field name), path ids, and write bodies
 * of every shape, with the resource's own field names and hostile values: NUL characters and lone
 * surrogates anywhere in a text, impossible calendar days in every date field, filter, report period
 * and CSV cell, bodies and filters of thousands of keys or nested deep. No answer may be a 5xx,
 * every 400 names a field, and no answer carries a stack trace or SQL.
 */
describe('bad input on every route', () => {
  let app: INestApplication;
  let stop: () => Promise<void>;
  let admin: TestAgent;
  let fieldNames: string[];
  /** Every date-ish field and filter: each gets impossible days on purpose, not only by chance. */
  let dateFields: string[];
  const ids: Record<string, number> = {};
  /** The public registration page of the event above. */
  let publicToken: string;
  let tried = 0;
  const failures: string[] = [];

  beforeAll(async () => {
    ({ app, stop } = await startIsolatedApp('bad_input'));
    admin = await loginAs(app, 'admin');
    const db = database(app);
    fieldNames = [
      ...new Set([
        ...db.entityMetadatas.flatMap((metadata) => metadata.columns.map((column) => column.propertyName)),
        ...[
          'version',
          'duplicateId',
          'duplicateVersion',
          'year',
          'declineReason',
          'password',
          'email',
          'q',
          'open',
          'overdue',
          'from',
          'to',
          // The list filters on dates, named after no column.
          'openedSince',
          'openedBefore',
          'receivedSince',
          'receivedBefore',
          'startsSince',
          'startsBefore',
        ],
      ]),
    ];
    dateFields = fieldNames.filter((name) => /(At|Since|Before)$|^(from|to)$/.test(name));
    const organisation = (
      await admin
        .post('/api/organisations')
        .send({ name: unique('Cible '), type: 'association', departement: '38' })
        .expect(201)
    ).body;
    const supportCase = (
      await admin
        .post('/api/cases')
        .send({ organisationId: organisation.id, projectTitle: unique('Projet '), nextFollowUpAt: '2030-01-15' })
        .expect(201)
    ).body;
    ids.organisation = organisation.id;
    ids.contact = (
      await admin.post('/api/contacts').send({ organisationId: organisation.id, firstName: 'Ana', lastName: unique() }).expect(201)
    ).body.id;
    ids.case = supportCase.id;
    ids.assignment = (await admin.post('/api/assignments').send({ caseId: supportCase.id }).expect(201)).body.id;
    ids.event = (
      await admin
        .post('/api/events')
        .send({
          title: unique('Atelier '),
          kind: 'training',
          role: 'organised',
          startsAt: '2030-01-15T14:00:00Z',
          endsAt: '2030-01-15T16:00:00Z',
          online: true,
        })
        .expect(201)
    ).body.id;
    ids.registration = (await admin.post('/api/registrations').send({ eventId: ids.event, name: 'Participante' }).expect(201)).body.id;
    publicToken = (await admin.post(`/api/events/${ids.event}/publish`).send({ version: 1 }).expect(200)).body.publicToken;
    ids.answerTemplate = (
      await admin
        .post('/api/answer-templates')
        .send({ title: unique('Réponse '), body: 'Bonjour {{requesterName}}' })
        .expect(201)
    ).body.id;
    ids.request = (
      await admin
        .post('/api/requests')
        .send({ channel: 'phone', topic: 'funding', subject: 'x', question: 'y', requesterName: 'M. X' })
        .expect(201)
    ).body.id;
  });

  afterAll(async () => {
    console.log(`bad input: routes ${routesOf(app).length}, inputs ${tried}, 5xx ${failures.filter((f) => f.includes('→ 5')).length}`);
    await stop();
  });

  /** A real id for the route's resource, so bodies reach validation rather than a 404. */
  function pathOf(route: string, id?: string): string {
    const path = route.split(' ')[1];
    const resource = path.split('/')[2];
    const known: Record<string, number | undefined> = {
      organisations: ids.organisation,
      contacts: ids.contact,
      cases: ids.case,
      assignments: ids.assignment,
      requests: ids.request,
      events: ids.event,
      registrations: ids.registration,
      'answer-templates': ids.answerTemplate,
    };
    return path.replace(/:id|:jobId|:token/g, id ?? (path.includes(':token') ? publicToken : String(known[resource] ?? 1)));
  }

  function judge(route: string, input: unknown, status: number, body: unknown, text: string): void {
    tried++;
    const problems = [
      status >= 500 && `→ ${status}`,
      status === 400 && Object.keys((body as { errors?: object } | undefined)?.errors ?? {}).length === 0 && '400 without a field',
      /\bat .+\(.+:\d+:\d+\)|QueryFailedError|\bSELECT\b.+\bFROM\b|\bINSERT INTO\b/.test(text) && 'stack trace or SQL in the answer',
    ].filter(Boolean);
    if (problems.length > 0) failures.push(`${route} ${JSON.stringify(input).slice(0, 200)} ${problems.join(', ')}`);
  }

  const datedFields = () =>
    fc.dictionary(fc.constantFrom(...dateFields), fc.oneof(impossibleDate, unstorableText), { minKeys: 1, maxKeys: 3 });

  /** The three list parameters of the react-admin contract (and a report's period), filters keyed by every field name. */
  const listQuery = () =>
    fc.record(
      {
        sort: fc.oneof(
          anyText,
          fc.tuple(fc.constantFrom(...fieldNames), anyValue).map((sort) => JSON.stringify(sort)),
        ),
        range: fc.oneof(
          anyText,
          fc.tuple(anyValue, anyValue).map((range) => JSON.stringify(range)),
        ),
        filter: fc.oneof(
          anyText,
          fc.dictionary(fc.constantFrom(...fieldNames), anyValue, { maxKeys: 4 }).map((filter) => JSON.stringify(filter)),
          datedFields().map((filter) => JSON.stringify(filter)),
          fc
            .integer({ min: 101, max: 600 })
            .map((count) => JSON.stringify(Object.fromEntries(Array.from({ length: count }, (_, index) => [`k${index}`, 1])))),
        ),
        from: fc.oneof(anyText, impossibleDate),
        to: fc.oneof(anyText, impossibleDate),
      },
      { requiredKeys: [] },
    );

  it('never answers 5xx, always names the field of a 400, never shows a stack or SQL', async () => {
    const routes = routesOf(app).filter((route) => route.includes(' /api/') && !route.includes('/docs') && !SKIPPED.has(route));
    for (const route of routes) {
      const method = route.split(' ')[0].toLowerCase() as 'get' | 'post' | 'put';
      const hasId = /:id|:jobId|:token/.test(route);
      if (method === 'get' && !hasId) {
        await fc.assert(
          fc.asyncProperty(listQuery(), async (query) => {
            const response = await admin.get(pathOf(route)).query(query);
            judge(route, query, response.status, response.body, response.text ?? '');
          }),
          { numRuns: RUNS_PER_ROUTE },
        );
      } else if (method === 'get') {
        await fc.assert(
          fc.asyncProperty(fc.oneof(fc.string({ maxLength: 30 }), fc.bigInt().map(String), fc.double().map(String)), async (id) => {
            const response = await admin.get(pathOf(route, encodeURIComponent(id) || '%20'));
            judge(route, id, response.status, response.body, response.text ?? '');
          }),
          { numRuns: RUNS_PER_ROUTE / 3 },
        );
      } else if (route.endsWith('/import')) {
        await fc.assert(
          fc.asyncProperty(
            fc.oneof(
              fc.string({ maxLength: 500 }),
              hostileText.map((cell) => `name,type,departement,createdAt\n${cell},association,38,${cell}`),
            ),
            fc.record({ mode: anyText, mapping: anyText }, { requiredKeys: [] }),
            async (csv, query) => {
              const response = await admin.post(pathOf(route)).query(query).set('Content-Type', 'text/csv').send(csv);
              judge(route, { csv, query }, response.status, response.body, response.text ?? '');
            },
          ),
          { numRuns: RUNS_PER_ROUTE },
        );
      } else {
        const body = fc.oneof(anyValue, fc.dictionary(fc.constantFrom(...fieldNames), anyValue, { maxKeys: 6 }), datedFields(), costlyBody);
        await fc.assert(
          fc.asyncProperty(body, async (sent) => {
            const response = await admin[method](pathOf(route)).set('Content-Type', 'application/json').send(JSON.stringify(sent));
            judge(route, sent, response.status, response.body, response.text ?? '');
          }),
          { numRuns: RUNS_PER_ROUTE },
        );
      }
    }
    expect(failures).toEqual([]);
  });
});
