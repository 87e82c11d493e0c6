import type { INestApplication } from '@nestjs/common';
import * as argon2 from 'argon2';
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
