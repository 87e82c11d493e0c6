import { Logger, type INestApplication } from '@nestjs/common';
import * as argon2 from 'argon2';
import type { Response } from 'supertest';
import type TestAgent from 'supertest/lib/agent';
import { client, database, DEMO_PASSWORD, loginAs, ORIGIN, startApp, unique, USERS } from './support/app';

describe('authentication and sessions', () => {
  let app: INestApplication;

  beforeAll(async () => {
    app = await startApp();
  });
  afterAll(() => app.close());

  async function createUser(role: 'staff' | 'admin' = 'staff') {
    const admin = await loginAs(app, 'admin');
    const email = `${unique('user-')}@resacoop.test`;
    const { body } = await admin
      .post('/api/users')
      .send({ email, fullName: 'Test User', role, site: 'lyon', password: DEMO_PASSWORD })
      .expect(201);
    return { admin, email, id: body.id as number, version: body.version as number };
  }

  it('logs in with an HttpOnly SameSite cookie and tells who is logged in', async () => {
    const response = await client(app).post('/api/auth/login').send({ email: USERS.staff, password: DEMO_PASSWORD }).expect(200);
    const cookie = String(response.headers['set-cookie']);
    expect(cookie).toMatch(/resacoop_sid=/);
    expect(cookie).toMatch(/HttpOnly/);
    expect(cookie).toMatch(/SameSite=Lax/);
    expect(response.body).toMatchObject({ email: USERS.staff, role: 'staff', site: 'lyon' });
    expect(response.body.passwordHash).toBeUndefined();
    const agent = await loginAs(app, 'staff');
    const me = await agent.get('/api/auth/me').expect(200);
    expect(me.body.permissions.organisations).toContain('create');
    expect(me.body.permissions.users).not.toContain('create');
  });

  it('refuses a wrong password or an unknown e-mail with the same answer, never sooner than 400 ms', async () => {
    const refusal = async (email: string, password: string) => {
      const started = performance.now();
      const response = await client(app).post('/api/auth/login').send({ email, password }).expect(401);
      return { response, ms: performance.now() - started };
    };
    const wrong = await refusal(USERS.staffClermont, 'not-the-password');
    const unknown = await refusal('nobody@resacoop.test', 'x');
    expect(wrong.response.body.message).toBe(unknown.response.body.message);
    expect(wrong.response.body.message).toBe('E-mail ou mot de passe incorrect.');
    expect(wrong.response.headers['set-cookie']).toBeUndefined();
    // A floor, not a speed: whatever was verified, a refusal does not come back sooner (a timer's few ms of slack aside).
    for (const { ms } of [wrong, unknown]) expect(ms).toBeGreaterThanOrEqual(395);
  });

  it('answers 401 without a session', async () => {
    await client(app).get('/api/auth/me').expect(401);
    await client(app).get('/api/organisations').set('Cookie', 'resacoop_sid=forged').expect(401);
  });

  it('issues a new session id at every login', async () => {
    const first = await client(app).post('/api/auth/login').send({ email: USERS.staff, password: DEMO_PASSWORD });
    const second = await client(app).post('/api/auth/login').send({ email: USERS.staff, password: DEMO_PASSWORD });
    expect(String(first.headers['set-cookie'])).not.toBe(String(second.headers['set-cookie']));
  });

  it('revokes the session on logout', async () => {
    const agent = await loginAs(app, 'staff');
    const cookie = await agent.get('/api/auth/me').expect(200);
    expect(cookie.body.email).toBe(USERS.staff);
    await agent.post('/api/auth/logout').expect(204);
    await agent.get('/api/auth/me').expect(401);
  });

  it('expires a session after 30 idle minutes and after 12 hours in all', async () => {
    const { email } = await createUser();
    const idle = await loginAs(app, email);
    const old = await loginAs(app, email);
    const [idleSession, oldSession] = await database(app).query(
      `SELECT token_hash FROM sessions s JOIN users u ON u.id = s.user_id WHERE u.email = $1 ORDER BY s.created_at`,
      [email],
    );
    await database(app).query(`UPDATE sessions SET last_seen_at = now() - interval '31 minutes' WHERE token_hash = $1`, [
      idleSession.token_hash,
    ]);
    await database(app).query(`UPDATE sessions SET created_at = now() - interval '12 hours 1 minute' WHERE token_hash = $1`, [
      oldSession.token_hash,
    ]);
    await idle.get('/api/auth/me').expect(401);
    await old.get('/api/auth/me').expect(401);
  });

  it('ends every session of a deactivated user, who can no longer log in', async () => {
    const { admin, email, id, version } = await createUser();
    const user = await loginAs(app, email);
    await user.get('/api/auth/me').expect(200);
    await admin.put(`/api/users/${id}`).send({ active: false, version }).expect(200);
    await user.get('/api/auth/me').expect(401);
    await client(app).post('/api/auth/login').send({ email, password: DEMO_PASSWORD }).expect(401);
  });

  it('applies a change of role to a live session at its next request', async () => {
    const { admin, email, id, version } = await createUser('staff');
    const user = await loginAs(app, email);
    await user.get('/api/personal-data-reads').expect(403);
    await admin.put(`/api/users/${id}`).send({ role: 'admin', version }).expect(200);
    await user.get('/api/personal-data-reads').expect(200);
    const me = await user.get('/api/auth/me').expect(200);
    expect(me.body.role).toBe('admin');
  });

  it('ends every session when the password changes', async () => {
    const { admin, email, id, version } = await createUser();
    const user = await loginAs(app, email);
    await admin.put(`/api/users/${id}`).send({ password: 'a-brand-new-password', version }).expect(200);
    await user.get('/api/auth/me').expect(401);
    await client(app).post('/api/auth/login').send({ email, password: 'a-brand-new-password' }).expect(200);
  });

  it('audits a password changed by an admin, without the password or its hash', async () => {
    const { admin, id, version } = await createUser();
    await admin.put(`/api/users/${id}`).send({ password: 'another-new-password', version }).expect(200);
    const [event] = await database(app).query(
      `SELECT actor_id, changes FROM audit_events WHERE entity = 'user' AND entity_id = $1 AND action = 'update' ORDER BY id DESC LIMIT 1`,
      [id],
    );
    expect(event.actor_id).not.toBeNull();
    expect(event.changes).toEqual({ before: { passwordChanged: false }, after: { passwordChanged: true } });
    expect(JSON.stringify(event.changes)).not.toMatch(/another-new-password|argon2/);
  });

  it('stores passwords only as argon2id hashes', async () => {
    const rows: { password_hash: string }[] = await database(app).query(`SELECT password_hash FROM users`);
    expect(rows.length).toBeGreaterThan(0);
    for (const row of rows) expect(row.password_hash).toMatch(/^\$argon2id\$/);
  });

  it('hashes a password made with other parameters again at the next login, the user otherwise unchanged', async () => {
    const { admin, email, id, version } = await createUser();
    const hashOf = async () =>
      ((await database(app).query(`SELECT password_hash FROM users WHERE id = $1`, [id])) as { password_hash: string }[])[0].password_hash;
    // OWASP's configuration, as the API hashes today.
    expect(await hashOf()).toMatch(/^\$argon2id\$v=19\$m=19456,t=2,p=1\$/);
    const older = await argon2.hash(DEMO_PASSWORD, { type: argon2.argon2id, memoryCost: 65_536, timeCost: 3, parallelism: 4 });
    await database(app).query(`UPDATE users SET password_hash = $2 WHERE id = $1`, [id, older]);

    await client(app).post('/api/auth/login').send({ email, password: DEMO_PASSWORD }).expect(200);
    const rehashed = await hashOf();
    expect(rehashed).toMatch(/^\$argon2id\$v=19\$m=19456,t=2,p=1\$/);
    expect(await argon2.verify(rehashed, DEMO_PASSWORD)).toBe(true);
    // A wrong password changes nothing.
    await client(app).post('/api/auth/login').send({ email, password: 'not-the-password' }).expect(401);
    expect(await hashOf()).toBe(rehashed);
    expect((await admin.get(`/api/users/${id}`).expect(200)).body.version).toBe(version);
    await client(app).post('/api/auth/login').send({ email, password: DEMO_PASSWORD }).expect(200);
  });

  describe('CSRF', () => {
    it('refuses a write from a foreign origin or with no origin at all', async () => {
      const agent = await loginAs(app, 'staff');
      const body = { name: unique('CSRF '), type: 'association' };
      await agent.post('/api/organisations').set('Origin', 'https://evil.example').send(body).expect(403);
      await agent.post('/api/organisations').set('Origin', '').send(body).expect(403);
      const count = await database(app).query(`SELECT count(*)::int AS n FROM organisations WHERE name = $1`, [body.name]);
      expect(count[0].n).toBe(0);
    });

    it('accepts a write whose Referer is the app when Origin is absent', async () => {
      const agent = await loginAs(app, 'staff');
      await agent
        .post('/api/organisations')
        .set('Origin', '')
        .set('Referer', `${ORIGIN}/organisations/create`)
        .send({ name: unique('Referer '), type: 'association' })
        .expect(201);
    });
  });
});

describe('login rate limit across two API processes', () => {
  let first: INestApplication;
  let second: INestApplication;

  beforeAll(async () => {
    const limits = { LOGIN_MAX_FAILURES_PER_EMAIL: '4' };
    [first, second] = await Promise.all([startApp(limits), startApp(limits)]);
  });
  afterAll(() => Promise.all([first.close(), second.close()]));

  it('counts failures in Redis, so the limit holds whichever process answers', async () => {
    const admin = await loginAs(first, 'admin');
    const email = `${unique('limited-')}@resacoop.test`;
    await admin
      .post('/api/users')
      .send({ email, fullName: 'Limited', role: 'staff', site: 'clermont', password: DEMO_PASSWORD })
      .expect(201);
    for (const app of [first, second, first, second]) {
      await client(app).post('/api/auth/login').send({ email, password: 'wrong-password' }).expect(401);
    }
    await client(first).post('/api/auth/login').send({ email, password: DEMO_PASSWORD }).expect(429);
    await client(second).post('/api/auth/login').send({ email, password: DEMO_PASSWORD }).expect(429);
  });
});

describe('login throttling that never locks the real user out (device cookies)', () => {
  const LIMIT = 4;
  const ADDRESS_LIMIT = 12;
  let app: INestApplication;

  beforeAll(async () => {
    // Counters of its own: this suite's failures must not throttle the other suites' logins from 127.0.0.1.
    app = await startApp({
      REDIS_PREFIX: unique('device-cookies-'),
      LOGIN_MAX_FAILURES_PER_EMAIL: String(LIMIT),
      LOGIN_MAX_FAILURES_PER_DEVICE: String(LIMIT),
      LOGIN_MAX_FAILURES_PER_IP: String(ADDRESS_LIMIT),
    });
  });
  afterAll(() => app.close());

  async function newUser(): Promise<string> {
    const email = `${unique('device-')}@resacoop.test`;
    const admin = await loginAs(app, 'admin');
    await admin
      .post('/api/users')
      .send({ email, fullName: 'Device User', role: 'staff', site: 'lyon', password: DEMO_PASSWORD })
      .expect(201);
    return email;
  }

  const login = (agent: TestAgent, email: string, password: string) => agent.post('/api/auth/login').send({ email, password });
  const deviceTokenOf = (response: Response) => String(response.headers['set-cookie']).match(/resacoop_device=([^;]+)/)?.[1];
  const from = (address: string) => client(app).set('X-Forwarded-For', address);
  // An address of its own per test, so that no test meets the address limit through another's failures.
  let attackerAddresses = 0;
  let ATTACKER: string;
  beforeEach(() => {
    ATTACKER = `203.0.113.${++attackerAddresses}`;
  });

  async function lockOutUntrustedClients(email: string): Promise<void> {
    for (let attempt = 0; attempt < LIMIT; attempt++) await login(from(ATTACKER), email, `guess-${attempt}`).expect(401);
    await login(from(ATTACKER), email, DEMO_PASSWORD).expect(429);
  }

  it('lets the real user in from their browser after an attacker’s failures, the attacker and other clients staying throttled', async () => {
    const email = await newUser();
    const browser = client(app);
    const first = await login(browser, email, DEMO_PASSWORD).expect(200);
    const cookie = String(first.headers['set-cookie'])
      .split(/,(?=\s*resacoop_)/)
      .find((part) => part.includes('resacoop_device='));
    expect(cookie).toMatch(/resacoop_device=[\w-]{43};/);
    expect(cookie).toMatch(/; HttpOnly/);
    expect(cookie).toMatch(/; SameSite=Strict/);
    expect(cookie).toMatch(/; Path=\/api\/auth/);
    expect(cookie).toMatch(/; Max-Age=15552000/);

    await lockOutUntrustedClients(email);
    // A client without the cookie, even from the user's own address and with the right password, is throttled.
    await login(client(app), email, DEMO_PASSWORD).expect(429);
    // The browser that logged in before gets in at once, and is given a new device cookie.
    const again = await login(browser, email, DEMO_PASSWORD).expect(200);
    expect(deviceTokenOf(again)).not.toBe(deviceTokenOf(first));
    await browser.get('/api/auth/me').expect(200);
    // Neither that success nor the old cookie frees the attacker.
    await login(from(ATTACKER), email, DEMO_PASSWORD).expect(429);
    await login(from(ATTACKER).set('Cookie', `resacoop_device=${deviceTokenOf(first)}`), email, DEMO_PASSWORD).expect(429);
    console.log('lockout: real user let in, attacker throttled');
  });

  it('gives nothing for a forged device cookie or another account’s', async () => {
    const [email, other] = [await newUser(), await newUser()];
    const othersDevice = deviceTokenOf(await login(client(app), other, DEMO_PASSWORD).expect(200));
    expect(othersDevice).toBeDefined();
    await lockOutUntrustedClients(email);
    await login(from(ATTACKER).set('Cookie', `resacoop_device=${'A'.repeat(43)}`), email, DEMO_PASSWORD).expect(429);
    await login(from(ATTACKER).set('Cookie', `resacoop_device=${othersDevice}`), email, DEMO_PASSWORD).expect(429);
    // That cookie still stands for its own account.
    await login(client(app).set('Cookie', `resacoop_device=${othersDevice}`), other, DEMO_PASSWORD).expect(200);
  });

  it('locks out a device that fails too often, and that device alone', async () => {
    const email = await newUser();
    const [laptop, phone] = [client(app), client(app)];
    await login(laptop, email, DEMO_PASSWORD).expect(200);
    await login(phone, email, DEMO_PASSWORD).expect(200);
    for (let attempt = 0; attempt < LIMIT; attempt++) await login(laptop, email, `typo-${attempt}`).expect(401);
    await login(laptop, email, DEMO_PASSWORD).expect(429);
    await login(phone, email, DEMO_PASSWORD).expect(200);
    // The laptop's failures were its own: a new browser is not throttled either.
    await login(client(app), email, DEMO_PASSWORD).expect(200);
  });

  it('throttles an address that sprays accounts, but not the browsers that logged in from it before', async () => {
    const email = await newUser();
    const OFFICE = '198.51.100.7';
    const colleague = from(OFFICE);
    await login(colleague, email, DEMO_PASSWORD).expect(200);
    for (let attempt = 0; attempt < ADDRESS_LIMIT; attempt++) {
      await login(from(OFFICE), `${unique('nobody-')}@resacoop.test`, 'sprayed-password').expect(401);
    }
    await login(from(OFFICE), email, DEMO_PASSWORD).expect(429);
    await login(colleague, email, DEMO_PASSWORD).expect(200);
  });

  it('verifies no more passwords than the limit when the wrong ones come all at once', async () => {
    const email = await newUser();
    const statuses = await Promise.all(
      Array.from({ length: 60 }, async (_, attempt) => (await login(from(ATTACKER), email, `burst-${attempt}`)).status),
    );
    // A 401 is a password verified; every other attempt must have been throttled before its verification.
    expect(statuses.filter((status) => status === 401)).toHaveLength(LIMIT);
    expect(statuses.filter((status) => status === 429)).toHaveLength(60 - LIMIT);
    await login(from(ATTACKER), email, DEMO_PASSWORD).expect(429);
  });

  it('gives back to the address what a successful login took from it', async () => {
    const email = await newUser();
    for (let success = 0; success <= ADDRESS_LIMIT; success++) await login(from(ATTACKER), email, DEMO_PASSWORD).expect(200);
    await login(from(ATTACKER), email, 'wrong-password').expect(401);
  });

  it('counts every spelling of an address against one counter, known account or not', async () => {
    const email = await newUser();
    for (const address of [email, `ghost-${email}`]) {
      const spellings = [address, address.toUpperCase(), `  ${address}  `, `\t${address[0].toUpperCase()}${address.slice(1)}`];
      for (let attempt = 0; attempt < LIMIT; attempt++) await login(from(ATTACKER), spellings[attempt], 'wrong-password').expect(401);
      for (const spelling of spellings) await login(from(ATTACKER), spelling, DEMO_PASSWORD).expect(429);
    }
  });

  it('logs refused and throttled logins without the password, what was typed as e-mail or the device token', async () => {
    const warnings = jest.spyOn(Logger.prototype, 'warn');
    try {
      const email = await newUser();
      const browser = client(app);
      const device = deviceTokenOf(await login(browser, email, DEMO_PASSWORD).expect(200));
      await login(browser, email, 'secret-guess-1').expect(401);
      // A password typed in the e-mail field.
      await login(from(ATTACKER), 'Typed-Password-In-Email-Field', 'x').expect(401);
      await lockOutUntrustedClients(email);
      const lines = warnings.mock.calls.map(([message]) => String(message));
      expect(lines).toContainEqual(expect.stringMatching(/^login refused for user:\d+ from .*\(known device\): wrong password$/));
      expect(lines).toContainEqual(
        expect.stringMatching(/^login refused for email:[0-9a-f]{16} from 203\.0\.113\.\d+ .*: unknown e-mail$/),
      );
      expect(lines).toContainEqual(expect.stringMatching(/^login throttled for user:\d+ from 203\.0\.113\.\d+ \(untrusted client\)$/));
      for (const secret of ['secret-guess-1', 'guess-0', 'Typed-Password-In-Email-Field', email, device!, DEMO_PASSWORD]) {
        expect(lines.filter((line) => line.includes(secret))).toEqual([]);
      }
    } finally {
      warnings.mockRestore();
    }
  });
});
