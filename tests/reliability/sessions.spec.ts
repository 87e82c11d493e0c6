import type { INestApplication } from '@nestjs/common';
import request from 'supertest';
import { client, DEMO_PASSWORD, loginAs, ORIGIN, startApp } from '../api/support/app';
import { startIsolatedApp } from './support/environment';
import { routesOf } from './support/routes';

// Databases of its own, many requests: minutes on a loaded 2-core machine.
jest.setTimeout(300_000);

const SECURITY_HEADERS: Record<string, RegExp> = {
  'x-content-type-options': /^nosniff$/,
  'content-security-policy': /frame-ancestors 'none'/,
  'x-frame-options': /^SAMEORIGIN$|^DENY$/,
  'referrer-policy': /no-referrer/,
  'cross-origin-opener-policy': /same-origin/,
};

const concrete = (path: string) => path.replace(/:[a-zA-Z]+/g, '1');

/**
 * Sessions and abuse, over every route the application serves: security headers on every answer,
 * writes from a foreign origin refused everywhere, a planted session id never adopted, and cookies
 * that are Secure once the app is served over TLS. (Logout, password change, deactivation, expiry
 * and the login rate limit across two processes are in tests/api/auth.spec.ts.)
 */
/**
 * Writes of the public registration pages: they act on no session (no account, no cookie read or
 * set), so a forged cross-site request can do nothing a direct call cannot; any origin may send
 * them, and rate limits bound them (apps/api/src/events/public-registration-limiter.ts).
 */
const SESSIONLESS_WRITES = ['POST /api/public/events/:token/registrations'];

describe('sessions and abuse', () => {
  let app: INestApplication;
  let stop: () => Promise<void>;
  let routes: string[];

  beforeAll(async () => {
    ({ app, stop } = await startIsolatedApp('sessions'));
    routes = routesOf(app).filter((route) => route.includes(' /api/'));
  });
  afterAll(() => stop());

  it('sends the security headers on every answer, error or not, and never lets an API answer be cached', async () => {
    const staff = await loginAs(app, 'staff');
    const missing: string[] = [];
    let answers = 0;
    for (const route of [...routes, 'GET /api/no-such-route', 'GET /']) {
      const [method, path] = route.split(' ');
      for (const agent of [client(app), staff]) {
        const response = await agent[method.toLowerCase() as 'get'](concrete(path)).send(method === 'GET' ? undefined : {});
        answers++;
        for (const [header, expected] of Object.entries(SECURITY_HEADERS)) {
          if (!expected.test(String(response.headers[header] ?? ''))) missing.push(`${route} → ${response.status}: ${header}`);
        }
        if (path.startsWith('/api') && !path.startsWith('/api/docs') && response.headers['cache-control'] !== 'no-store') {
          missing.push(`${route} → ${response.status}: cache-control ${response.headers['cache-control']}`);
        }
        if (response.headers['x-powered-by']) missing.push(`${route}: x-powered-by`);
      }
    }
    console.log(`security headers: answers checked ${answers}, missing ${missing.length}`);
    expect(missing).toEqual([]);
  });

  it('refuses every write from a foreign origin, logged in or not, but the public pages’ sessionless ones', async () => {
    const staff = await loginAs(app, 'staff');
    const accepted: string[] = [];
    const writes = routes.filter((route) => !route.startsWith('GET ') && !SESSIONLESS_WRITES.includes(route));
    expect(routes.filter((route) => SESSIONLESS_WRITES.includes(route))).toEqual(SESSIONLESS_WRITES);
    for (const route of SESSIONLESS_WRITES) {
      const [method, path] = route.split(' ');
      // Let through (the body is refused), and answered without a session: nothing a forged request could ride on.
      const response = await staff[method.toLowerCase() as 'post'](concrete(path)).set('Origin', 'https://evil.example').send({});
      if (response.status === 403 || response.headers['set-cookie'])
        accepted.push(`${route} → ${response.status}, refused or with a cookie`);
    }
    for (const route of writes) {
      const [method, path] = route.split(' ');
      const response = await staff[method.toLowerCase() as 'post'](concrete(path)).set('Origin', 'https://evil.example').send({});
      if (response.status !== 403) accepted.push(`${route} → ${response.status}`);
    }
    console.log(`csrf: writes tried ${writes.length}, accepted from a foreign origin ${accepted.length}`);
    expect(accepted).toEqual([]);
  });

  it('never adopts a session id planted before login', async () => {
    const planted = 'a'.repeat(43);
    const agent = client(app).set('Cookie', `resacoop_sid=${planted}`);
    const login = await agent.post('/api/auth/login').send({ email: 'lyon@resacoop.test', password: DEMO_PASSWORD }).expect(200);
    const issued = String(login.headers['set-cookie']).match(/resacoop_sid=([^;]+)/)?.[1];
    expect(issued).toBeDefined();
    expect(issued).not.toBe(planted);
    await request(app.getHttpServer()).get('/api/auth/me').set('Cookie', `resacoop_sid=${planted}`).expect(401);
  });

  it('marks the session and device cookies Secure, HttpOnly and SameSite behind TLS, with HSTS', async () => {
    const tls = await startApp({ APP_ORIGIN: 'https://backoffice.resacoop.test' });
    try {
      const response = await request(tls.getHttpServer())
        .post('/api/auth/login')
        .set('Origin', 'https://backoffice.resacoop.test')
        .set('X-Forwarded-Proto', 'https')
        .send({ email: 'lyon@resacoop.test', password: DEMO_PASSWORD })
        .expect(200);
      const [session, device] = ['resacoop_sid=', 'resacoop_device='].map((name) =>
        String((response.headers['set-cookie'] as unknown as string[]).find((cookie) => cookie.startsWith(name))),
      );
      expect(session).toMatch(/; Secure/);
      expect(session).toMatch(/; HttpOnly/);
      expect(session).toMatch(/; SameSite=Lax/);
      expect(device).toMatch(/; Secure/);
      expect(device).toMatch(/; HttpOnly/);
      expect(device).toMatch(/; SameSite=Strict/);
      expect(response.headers['strict-transport-security']).toMatch(/max-age=\d+/);
    } finally {
      await tls.close();
    }
    // Over plain HTTP on a developer's machine the cookie cannot be Secure, or the browser would drop it.
    const plain = await client(app)
      .post('/api/auth/login')
      .set('Origin', ORIGIN)
      .send({ email: 'lyon@resacoop.test', password: DEMO_PASSWORD });
    expect(String(plain.headers['set-cookie'])).not.toMatch(/; Secure/);
  });
});
