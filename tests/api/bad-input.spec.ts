import type { INestApplication } from '@nestjs/common';
import fc from 'fast-check';
import type TestAgent from 'supertest/lib/agent';
import { loginAs, startApp } from './support/app';

/** Anything a client might send: JSON of every shape, strings of every kind, huge and nested values. */
const anyJson = fc.jsonValue({ maxDepth: 3 });
const anyText = fc.oneof(
  fc.string({ maxLength: 50 }),
  fc.string({ unit: 'grapheme', maxLength: 30 }),
  fc.constant('x'.repeat(5000)),
  anyJson.map((value) => JSON.stringify(value)),
);

describe('malformed input never gets a 5xx', () => {
  let app: INestApplication;
  let staff: TestAgent;
  let admin: TestAgent;
  let organisationId: number;
  let tried = 0;
  let serverErrors = 0;

  beforeAll(async () => {
    app = await startApp();
    staff = await loginAs(app, 'staff');
    admin = await loginAs(app, 'admin');
    organisationId = (await staff.post('/api/organisations').send({ name: 'Cible des tests', type: 'association' })).body.id;
  });
  afterAll(async () => {
    console.log(`bad input: inputs ${tried}, 5xx ${serverErrors}`);
    await app.close();
  });

  function check(status: number, body: unknown): void {
    tried++;
    if (status >= 500) serverErrors++;
    expect(status).toBeLessThan(500);
    if (status === 400) expect(Object.keys((body as { errors?: object }).errors ?? {}).length).toBeGreaterThan(0);
  }

  it.each(['organisations', 'contacts', 'users', 'audit-events', 'relays'])('list parameters of %s', async (resource) => {
    await fc.assert(
      fc.asyncProperty(fc.record({ sort: anyText, range: anyText, filter: anyText }, { requiredKeys: [] }), async (query) => {
        const response = await staff.get(`/api/${resource}`).query(query);
        check(response.status, response.body);
      }),
      { numRuns: 60 },
    );
  });

  it('filter values of every known field', async () => {
    const field = fc.constantFrom('q', 'id', 'type', 'departement', 'membership', 'zones', 'siret');
    await fc.assert(
      fc.asyncProperty(field, anyJson, async (name, value) => {
        const response = await staff.get('/api/organisations').query({ filter: JSON.stringify({ [name]: value }) });
        check(response.status, response.body);
      }),
      { numRuns: 150 },
    );
  });

  it.each([
    ['post', '/api/organisations', () => staff],
    ['put', '/api/organisations/{id}', () => staff],
    ['post', '/api/contacts', () => staff],
    ['post', '/api/users', () => admin],
    ['post', '/api/auth/login', () => staff],
  ] as const)('%s %s bodies', async (method, path, agent) => {
    const fields = fc.dictionary(
      fc.constantFrom(
        'name',
        'type',
        'siret',
        'rna',
        'zones',
        'tags',
        'version',
        'organisationId',
        'email',
        'newsletterConsentAt',
        'role',
        'site',
        'relayId',
        'password',
        'firstName',
        '__proto__',
        'constructor',
      ),
      anyJson,
    );
    await fc.assert(
      fc.asyncProperty(fc.oneof(fields, anyJson), async (body) => {
        const send = agent()[method].bind(agent());
        const response = await send(path.replace('{id}', String(organisationId)))
          .set('Content-Type', 'application/json')
          .send(JSON.stringify(body));
        check(response.status, response.body);
      }),
      { numRuns: 80 },
    );
  });

  it('record ids in paths', async () => {
    await fc.assert(
      fc.asyncProperty(fc.oneof(fc.string({ maxLength: 30 }), fc.bigInt().map(String), fc.double().map(String)), async (id) => {
        const response = await staff.get(`/api/organisations/${encodeURIComponent(id)}`);
        if (response.status === 400) tried++;
        else check(response.status, response.body);
        expect(response.status).toBeLessThan(500);
      }),
      { numRuns: 100 },
    );
  });
});
