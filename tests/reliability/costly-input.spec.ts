import type { INestApplication } from '@nestjs/common';
import type TestAgent from 'supertest/lib/agent';
import { client, loginAs } from '../api/support/app';
import { startIsolatedApp } from './support/environment';

// A database of its own and megabyte bodies: minutes on a loaded 2-core machine.
jest.setTimeout(300_000);

/** The JSON body limit of apps/api/src/http/server-hooks.ts: hostile bodies stay just under it. */
const BODY_LIMIT = 1024 * 1024;
/** Node's default limit on a request's head, which bounds a query string. */
const HEAD_LIMIT = 16 * 1024;
const MAX_ANSWER_BYTES = 4096;
const MAX_FIELDS_NAMED = 20;

/** An object of `count` keys whose JSON is close to `bytes` long. */
function manyKeys(count: number, bytes: number): Record<string, string> {
  const filler = 'v'.repeat(Math.max(0, Math.floor(bytes / count) - 14));
  return Object.fromEntries(Array.from({ length: count }, (_, index) => [`k${index}`, filler]));
}

/** Arrays nested `depth` deep, as text: JSON.stringify of such a value would itself overflow the stack. */
const nested = (depth: number) => `${'['.repeat(depth)}${']'.repeat(depth)}`;

interface HostileInput {
  label: string;
  /** The logged-in client, or none for the anonymous routes. */
  as: 'anonymous' | 'admin';
  method: 'post' | 'put' | 'get';
  path: string;
  /** The body as JSON text. */
  body?: string;
  query?: Record<string, string>;
}

const HOSTILE: HostileInput[] = [
  {
    label: 'login, 50,000 keys',
    as: 'anonymous',
    method: 'post',
    path: '/api/auth/login',
    body: JSON.stringify(manyKeys(50_000, 1_000_000)),
  },
  {
    label: 'login, 50,000 keys in a field',
    as: 'anonymous',
    method: 'post',
    path: '/api/auth/login',
    body: `{"email":${JSON.stringify(manyKeys(50_000, 1_000_000))}}`,
  },
  { label: 'login, nested 400,000 deep', as: 'anonymous', method: 'post', path: '/api/auth/login', body: `{"email":${nested(400_000)}}` },
  {
    label: 'login, an array of 400,000 values',
    as: 'anonymous',
    method: 'post',
    path: '/api/auth/login',
    body: `{"password":[${Array(400_000).fill(0).join(',')}]}`,
  },
  {
    label: 'login, a string of a megabyte',
    as: 'anonymous',
    method: 'post',
    path: '/api/auth/login',
    body: JSON.stringify({ email: 'x'.repeat(1_000_000) }),
  },
  {
    label: 'login, a field name of a megabyte',
    as: 'anonymous',
    method: 'post',
    path: '/api/auth/login',
    body: JSON.stringify({ ['k'.repeat(1_000_000)]: 1 }),
  },
  {
    label: 'organisation, 50,000 keys',
    as: 'admin',
    method: 'post',
    path: '/api/organisations',
    body: JSON.stringify(manyKeys(50_000, 1_000_000)),
  },
  {
    label: 'organisation, 50,000 keys in a field',
    as: 'admin',
    method: 'post',
    path: '/api/organisations',
    body: JSON.stringify({ name: manyKeys(50_000, 1_000_000) }),
  },
  {
    label: 'organisation, nested 400,000 deep',
    as: 'admin',
    method: 'post',
    path: '/api/organisations',
    body: `{"name":${nested(400_000)}}`,
  },
  {
    label: 'case, 40,000 objects in an array',
    as: 'admin',
    method: 'post',
    path: '/api/cases',
    body: JSON.stringify({ countries: Array(40_000).fill({ a: 1, b: 2 }) }),
  },
  {
    label: 'preferences, 50,000 keys',
    as: 'admin',
    method: 'put',
    path: '/api/users/me/preferences',
    body: JSON.stringify(manyKeys(50_000, 1_000_000)),
  },
  {
    label: 'list filter, as many keys as a request head holds',
    as: 'admin',
    method: 'get',
    path: '/api/organisations',
    query: { filter: JSON.stringify(manyKeys(600, 0)) },
  },
  {
    label: 'list filter, many keys in a filter',
    as: 'admin',
    method: 'get',
    path: '/api/requests',
    query: { filter: JSON.stringify({ openedSince: manyKeys(600, 0) }) },
  },
];

/**
 * Requests whose cost is out of proportion to their size: bodies just under the limit with tens of thousands
 * of keys, nested hundreds of thousands deep or holding huge arrays, and list filters with as many keys as a
 * request head holds, on anonymous and authenticated routes. Each is refused with a small 400 naming a bounded
 * number of fields, and the API keeps answering other requests meanwhile. The slowest answer is printed, never
 * asserted.
 */
describe('costly input', () => {
  let app: INestApplication;
  let stop: () => Promise<void>;
  let admin: TestAgent;
  let staff: TestAgent;

  beforeAll(async () => {
    ({ app, stop } = await startIsolatedApp('costly_input'));
    admin = await loginAs(app, 'admin');
    staff = await loginAs(app, 'staff');
  });
  afterAll(() => stop());

  it('refuses hostile bodies and filters with a small 400 and keeps answering others', async () => {
    // Hostile, not oversized: each one gets past the limits on a body and on a request's head.
    for (const input of HOSTILE) {
      if (input.body) expect(Buffer.byteLength(input.body)).toBeLessThan(BODY_LIMIT);
      if (input.query) expect(new URLSearchParams(input.query).toString().length).toBeLessThan(HEAD_LIMIT - 1024);
    }
    let hostileDone = false;
    const otherStatuses: number[] = [];
    const others = (async () => {
      do otherStatuses.push((await staff.get('/api/organisations').query({ range: '[0,4]' })).status);
      while (!hostileDone);
    })();

    const problems: string[] = [];
    let largestAnswer = 0;
    let slowest = { label: '', ms: 0 };
    for (const input of HOSTILE) {
      const agent = input.as === 'admin' ? admin : client(app);
      const started = performance.now();
      const response =
        input.method === 'get'
          ? await agent.get(input.path).query(input.query ?? {})
          : await agent[input.method](input.path).set('Content-Type', 'application/json').send(input.body);
      const ms = performance.now() - started;
      if (ms > slowest.ms) slowest = { label: input.label, ms };
      const bytes = Buffer.byteLength(response.text ?? '');
      largestAnswer = Math.max(largestAnswer, bytes);
      const named = Object.keys((response.body as { errors?: object }).errors ?? {}).length;
      if (response.status !== 400) problems.push(`${input.label} → ${response.status}`);
      if (bytes > MAX_ANSWER_BYTES) problems.push(`${input.label}: answer of ${bytes} bytes`);
      if (named === 0 || named > MAX_FIELDS_NAMED) problems.push(`${input.label}: ${named} fields named`);
    }
    hostileDone = true;
    await others;

    console.log(
      `costly input: hostile bodies ${HOSTILE.length}, largest answer ${largestAnswer} bytes, ` +
        `the API's other answers meanwhile ${otherStatuses.length}; slowest hostile answer ${Math.round(slowest.ms)} ms (${slowest.label})`,
    );
    expect(problems).toEqual([]);
    expect(otherStatuses.filter((status) => status !== 200)).toEqual([]);
    // The API still answers once the hostile requests are over.
    expect((await staff.get('/api/organisations').query({ range: '[0,4]' })).status).toBe(200);
  });
});
