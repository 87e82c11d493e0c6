import type { INestApplication } from '@nestjs/common';
import type TestAgent from 'supertest/lib/agent';
import { client, loginAs, startApp, unique, type Who } from './support/app';

type Caller = Who | 'anonymous';

/** Every directory and administration endpoint, and who may call it. */
const ROUTES: { method: 'get' | 'post' | 'put' | 'delete'; path: string; body?: object; allowed: Caller[] }[] = [
  { method: 'get', path: '/api/organisations', allowed: ['admin', 'staff'] },
  { method: 'get', path: '/api/organisations/export.csv', allowed: ['admin', 'staff'] },
  { method: 'get', path: '/api/organisations/{organisation}', allowed: ['admin', 'staff'] },
  { method: 'post', path: '/api/organisations', body: { type: 'association' }, allowed: ['admin', 'staff'] },
  { method: 'put', path: '/api/organisations/{organisation}', body: { version: 1 }, allowed: ['admin', 'staff'] },
  { method: 'get', path: '/api/contacts', allowed: ['admin', 'staff'] },
  { method: 'get', path: '/api/contacts/export.csv', allowed: ['admin', 'staff'] },
  { method: 'get', path: '/api/contacts/{contact}', allowed: ['admin', 'staff'] },
  { method: 'post', path: '/api/contacts', body: { firstName: 'A' }, allowed: ['admin', 'staff'] },
  { method: 'put', path: '/api/contacts/{contact}', body: { version: 1 }, allowed: ['admin', 'staff'] },
  { method: 'get', path: '/api/audit-events', allowed: ['admin', 'staff'] },
  { method: 'get', path: '/api/users', allowed: ['admin', 'staff'] },
  { method: 'post', path: '/api/users', body: { role: 'staff' }, allowed: ['admin'] },
  { method: 'put', path: '/api/users/{user}', body: { version: 1 }, allowed: ['admin'] },
  { method: 'get', path: '/api/users/export.csv', allowed: ['admin'] },
  { method: 'get', path: '/api/relays', allowed: ['admin', 'staff'] },
  { method: 'get', path: '/api/auth/me', allowed: ['admin', 'staff', 'relayIsere', 'relayRhone'] },
];

const CALLERS: Caller[] = ['anonymous', 'admin', 'staff', 'relayIsere', 'relayRhone'];

describe('access to the directory and administration', () => {
  let app: INestApplication;
  const agents = new Map<Caller, TestAgent>();
  const ids: Record<string, number> = {};

  beforeAll(async () => {
    app = await startApp();
    agents.set('anonymous', client(app));
    for (const caller of CALLERS.filter((caller) => caller !== 'anonymous')) agents.set(caller, await loginAs(app, caller as Who));
    const staff = agents.get('staff')!;
    ids.organisation = (await staff.post('/api/organisations').send({ name: unique('Access '), type: 'association' })).body.id;
    ids.contact = (await staff.post('/api/contacts').send({ firstName: 'Access', lastName: 'Check' })).body.id;
    ids.user = (await staff.get('/api/auth/me')).body.id;
  });
  afterAll(() => app.close());

  it('answers every route as the matrix says, and never leaks a record to a relay', async () => {
    let cells = 0;
    const leaks: string[] = [];
    for (const route of ROUTES) {
      const path = route.path.replace(/\{(\w+)\}/, (_, kind: string) => String(ids[kind]));
      for (const caller of CALLERS) {
        const agent = agents.get(caller)!;
        const call = agent[route.method](path);
        const response = await (route.body ? call.send(route.body) : call);
        cells++;
        const allowed = route.allowed.includes(caller);
        // An allowed caller may still get a 400/409 for the deliberately incomplete bodies: what matters is no 401/403.
        const refused = response.status === 401 || response.status === 403;
        const expectedRefusal = caller === 'anonymous' ? 401 : 403;
        if (allowed ? refused : response.status !== expectedRefusal) {
          leaks.push(`${caller} ${route.method.toUpperCase()} ${route.path} → ${response.status}`);
        }
      }
    }
    console.log(`directory access matrix: cells checked ${cells}, leaks ${leaks.length}`);
    expect(leaks).toEqual([]);
  });
});
