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
const anyValue = fc.oneof(anyJson, edgeValues);
const anyText = fc.oneof(
  fc.string({ maxLength: 50 }),
  fc.string({ unit: 'grapheme', maxLength: 30 }),
  anyValue.map((value) => JSON.stringify(value)),
);

/** Routes that end the caller's session or need no body: fuzzing them tells nothing more. */
const SKIPPED = new Set(['POST /api/auth/logout', 'DELETE /api/organisations/:id', 'DELETE /api/contacts/:id']);

/**
 * Property-based inputs (fast-check) against every route the application serves, read from its
 * router: list parameters (sort, range, filter with every field name), path ids, and write bodies
 * of every shape, with the resource's own field names and hostile values. No answer may be a 5xx,
 * every 400 names a field, and no answer carries a stack trace or SQL.
 */
describe('bad input on every route', () => {
  let app: INestApplication;
  let stop: () => Promise<void>;
  let admin: TestAgent;
  let fieldNames: string[];
  const ids: Record<string, number> = {};
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
        ],
      ]),
    ];
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
    };
    return path.replace(/:id|:jobId/g, id ?? String(known[resource] ?? 1));
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
        ),
        from: anyText,
        to: anyText,
      },
      { requiredKeys: [] },
    );

  it('never answers 5xx, always names the field of a 400, never shows a stack or SQL', async () => {
    const routes = routesOf(app).filter((route) => route.includes(' /api/') && !route.includes('/docs') && !SKIPPED.has(route));
    for (const route of routes) {
      const method = route.split(' ')[0].toLowerCase() as 'get' | 'post' | 'put';
      const hasId = /:id|:jobId/.test(route);
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
            fc.string({ maxLength: 500 }),
            fc.record({ mode: anyText, mapping: anyText }, { requiredKeys: [] }),
            async (csv, query) => {
              const response = await admin.post(pathOf(route)).query(query).set('Content-Type', 'text/csv').send(csv);
              judge(route, { csv, query }, response.status, response.body, response.text ?? '');
            },
          ),
          { numRuns: RUNS_PER_ROUTE },
        );
      } else {
        const body = fc.oneof(anyValue, fc.dictionary(fc.constantFrom(...fieldNames), anyValue, { maxKeys: 6 }));
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
