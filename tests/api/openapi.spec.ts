import type { INestApplication } from '@nestjs/common';
import Ajv from 'ajv';
import addFormats from 'ajv-formats';
import type TestAgent from 'supertest/lib/agent';
import { client, loginAs, startApp } from './support/app';

/**
 * The OpenAPI document at /api/docs against the API itself: every route documents its answer
 * (and its body when it takes one), every documented body is what the validation accepts (no
 * field more, no field less, the same required ones), and what the API answers to reads fits the
 * documented answer, field for field.
 */

interface Schema {
  type?: string;
  properties?: Record<string, Schema>;
  required?: string[];
  $ref?: string;
  items?: Schema;
}
interface Operation {
  requestBody?: { content: Record<string, { schema: Schema }> };
  responses: Record<string, { content?: Record<string, { schema: Schema }> }>;
  parameters?: { name: string; in: string; content?: Record<string, { schema: Schema }> }[];
}
interface OpenApiDocument {
  paths: Record<string, Record<string, Operation>>;
  components: { schemas: Record<string, Schema> };
}

const UNKNOWN_FIELD = 'champ inconnu ou non modifiable';
const NO_SUCH_ID = 999_999_999;

describe('the OpenAPI document', () => {
  let app: INestApplication;
  let admin: TestAgent;
  let document: OpenApiDocument;
  let ajv: Ajv;

  const operations = () =>
    Object.entries(document.paths).flatMap(([path, methods]) =>
      Object.entries(methods).map(([method, operation]) => ({ path, method, operation })),
    );
  const resolve = (schema: Schema): Schema => (schema.$ref ? document.components.schemas[schema.$ref.split('/').pop()!] : schema);
  const jsonBodyOf = (operation: Operation) => operation.requestBody?.content['application/json']?.schema;
  /** A path of the route with ids no record has (a body refused or accepted never reaches a record). */
  const concrete = (path: string) =>
    path
      .replace('{queue}', 'reminders')
      .replace('{jobId}', 'none')
      .replace(/\{\w+\}/g, String(NO_SUCH_ID));
  type Send = (url: string) => { send(body: object): Promise<{ status: number; body: { errors?: Record<string, string> } }> };
  const send = (method: string, path: string, body: object) => {
    const call = (admin as unknown as Record<string, Send>)[method];
    return call.call(admin, path).send(body);
  };

  beforeAll(async () => {
    app = await startApp();
    admin = await loginAs(app, 'admin');
    document = (await client(app).get('/api/docs-json').expect(200)).body as OpenApiDocument;
    ajv = new Ajv({ strict: false, allErrors: true });
    addFormats(ajv);
    for (const [name, schema] of Object.entries(document.components.schemas)) ajv.addSchema(schema, `#/components/schemas/${name}`);
  });
  afterAll(() => app.close());

  it('documents every route’s answer, and every body a route takes, with its fields', () => {
    const undocumented = operations().flatMap(({ path, method, operation }) => {
      const problems: string[] = [];
      const answered = Object.entries(operation.responses).some(
        ([status, response]) =>
          status === '204' || Object.values(response.content ?? {}).some(({ schema }) => Object.keys(schema).length > 0),
      );
      if (!answered) problems.push('no answer schema');
      const body = jsonBodyOf(operation);
      if (body && Object.keys(resolve(body).properties ?? {}).length === 0) problems.push('an empty body schema');
      return problems.map((problem) => `${method.toUpperCase()} ${path}: ${problem}`);
    });
    expect(undocumented).toEqual([]);
    const emptySchemas = Object.entries(document.components.schemas).filter(
      ([, schema]) => !schema.properties || Object.keys(schema.properties).length === 0,
    );
    expect(emptySchemas.map(([name]) => name)).toEqual([]);
    expect(operations().length).toBeGreaterThan(70);
  });

  it('describes the list contract: sort, range and filter, and the total in Content-Range', () => {
    const list = document.paths['/api/cases'].get;
    expect(list.parameters!.map((parameter) => parameter.name)).toEqual(expect.arrayContaining(['sort', 'range', 'filter']));
    const filter = list.parameters!.find((parameter) => parameter.name === 'filter')!.content!['application/json'].schema;
    expect(Object.keys(filter.properties!)).toEqual(expect.arrayContaining(['q', 'id', 'stage', 'status', 'zones', 'relayId']));
    expect((list.responses['200'] as { headers?: Record<string, unknown> }).headers).toHaveProperty('Content-Range');
  });

  it('documents for each body exactly the fields the API takes, and those it requires', async () => {
    const mismatches: string[] = [];
    for (const { path, method, operation } of operations()) {
      const body = jsonBodyOf(operation);
      if (!body) continue;
      const schema = resolve(body);
      const documented = Object.keys(schema.properties ?? {});
      const route = `${method.toUpperCase()} ${path}`;
      // Every documented field at once, as null: none may be refused as unknown.
      const all = await send(method, concrete(path), Object.fromEntries(documented.map((field) => [field, null])));
      const refused = Object.entries(all.body.errors ?? {})
        .filter(([, why]) => why === UNKNOWN_FIELD)
        .map(([field]) => field);
      if (refused.length > 0) mismatches.push(`${route}: documented but refused: ${refused.join(', ')}`);
      // A field the document does not name is refused.
      const extra = await send(method, concrete(path), { undocumentedField: 1 });
      if (extra.body.errors?.undocumentedField !== UNKNOWN_FIELD)
        mismatches.push(`${route}: an undocumented field was not refused (${extra.status})`);
      // An empty body: exactly the documented required fields are missing.
      const empty = await send(method, concrete(path), {});
      const missing = Object.entries(empty.body.errors ?? {})
        .filter(([, why]) => why === 'champ obligatoire')
        .map(([field]) => field)
        .sort();
      const required = [...(schema.required ?? [])].sort();
      if (JSON.stringify(missing) !== JSON.stringify(required)) {
        mismatches.push(`${route}: required ${JSON.stringify(required)}, the API asks for ${JSON.stringify(missing)}`);
      }
    }
    expect(mismatches).toEqual([]);
  });

  it('answers reads exactly as documented, field for field', async () => {
    const first = async (resource: string) => {
      const [record] = (await admin.get(`/api/${resource}?range=[0,0]`).expect(200)).body as { id: number }[];
      if (!record) throw new Error(`no ${resource} in the seeded database`);
      return record.id;
    };
    // A write of its own, so the audit trail has an event; its answer is checked against the documented 201 too.
    const created = (
      await admin
        .post('/api/organisations')
        .send({ name: `Schéma ${Date.now()}`, type: 'association' })
        .expect(201)
    ).body;
    const createdSchema = document.paths['/api/organisations'].post.responses['201'].content!['application/json'].schema;
    expect([ajv.validate(createdSchema, created), ajv.errorsText(ajv.errors)]).toEqual([true, 'No errors']);
    const ids: Record<string, number> = {};
    for (const resource of [
      'organisations',
      'contacts',
      'requests',
      'cases',
      'relays',
      'assignments',
      'interactions',
      'users',
      'audit-events',
    ]) {
      ids[resource] = await first(resource);
    }
    const relay = await loginAs(app, 'relayIsere');
    const [relayCase] = (await relay.get('/api/cases?range=[0,0]').expect(200)).body as { id: number }[];
    const reads: [TestAgent, string, string][] = [
      [admin, '/api/health', '/api/health'],
      [admin, '/api/health/ready', '/api/health/ready'],
      [admin, '/api/auth/me', '/api/auth/me'],
      [admin, '/api/dashboard', '/api/dashboard'],
      [admin, '/api/queues', '/api/queues'],
      [admin, '/api/reports/key-figures', '/api/reports/key-figures?from=2024-01-01&to=2024-12-31'],
      [admin, '/api/reports/publications', '/api/reports/publications'],
      [admin, '/api/personal-data-reads', '/api/personal-data-reads'],
      [admin, '/api/notifications', '/api/notifications'],
      [admin, '/api/organisations/{id}/duplicates', `/api/organisations/${ids.organisations}/duplicates`],
      [admin, '/api/contacts/{id}/personal-data', `/api/contacts/${ids.contacts}/personal-data`],
      [admin, '/api/cases/{id}/stage-history', `/api/cases/${ids.cases}/stage-history`],
      [relay, '/api/cases/{id}/adviser', `/api/cases/${relayCase.id}/adviser`],
      ...Object.entries(ids).flatMap(([resource, id]): [TestAgent, string, string][] => [
        [admin, `/api/${resource}`, `/api/${resource}?range=[0,9]`],
        [admin, `/api/${resource}/{id}`, `/api/${resource}/${id}`],
      ]),
    ];
    const misfits: string[] = [];
    for (const [agent, documented, url] of reads) {
      const operation = document.paths[documented]?.get;
      if (!operation) {
        misfits.push(`${documented}: not in the document`);
        continue;
      }
      const schema = operation.responses['200'].content!['application/json'].schema;
      const answer = (await agent.get(url).expect(200)).body as unknown;
      if (!ajv.validate(schema, answer)) misfits.push(`${url}: ${ajv.errorsText(ajv.errors, { separator: '; ' })}`);
    }
    expect(misfits).toEqual([]);
  });
});
