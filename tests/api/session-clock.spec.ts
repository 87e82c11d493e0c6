import type { INestApplication } from '@nestjs/common';
import type TestAgent from 'supertest/lib/agent';
import type Redis from 'ioredis';
import { hashToken, SessionsService } from '../../apps/api/src/auth/sessions.service';
import { LIVE_SESSION } from '../../apps/api/src/auth/sessions.sql';
import { Database } from '../../apps/api/src/database/database';
import { REDIS } from '../../apps/api/src/common/redis.module';
import { client, database, DEMO_PASSWORD, loginAs, startApp, unique } from './support/app';
import { freezeDateAt } from './support/clock';

/**
 * Session lifetimes as a user lives them: time passes by moving a session's timestamps back, and the
 * process's short memory of sessions it just checked is cleared, as those seconds would have.
 */
describe('a session lives 30 minutes after its last request and 12 hours in all', () => {
  let app: INestApplication;
  let admin: TestAgent;

  beforeAll(async () => {
    // Login counters of its own: this suite's failures never throttle other suites' logins.
    app = await startApp({ REDIS_PREFIX: unique('session-clock-') });
    admin = await loginAs(app, 'admin');
  });
  afterAll(() => app.close());

  async function newUser(): Promise<{ id: number; email: string }> {
    const email = `${unique('clock-')}@resacoop.test`;
    const { body } = await admin
      .post('/api/users')
      .send({ email, fullName: 'Horloge', role: 'staff', site: 'lyon', password: DEMO_PASSWORD })
      .expect(201);
    return { id: body.id, email };
  }

  /**
   * Lets `interval` (a PostgreSQL interval) pass for the user's sessions: with no request meanwhile,
   * or (`active`) with requests all along, the last one 5 minutes ago.
   */
  async function pass(user: { id: number }, interval: string, active = false): Promise<void> {
    await database(app).query(
      `UPDATE sessions SET created_at = created_at - $2::interval, last_seen_at = CASE WHEN $3 THEN now() - interval '5 minutes' ELSE last_seen_at - $2::interval END
        WHERE user_id = $1`,
      [user.id, interval, active],
    );
    app.get(SessionsService).forgetUser(user.id);
  }

  it('counts the 30 idle minutes from the last request, not from the login', async () => {
    const user = await newUser();
    const agent = await loginAs(app, user.email);
    await agent.get('/api/auth/me').expect(200);
    await pass(user, '29 minutes');
    await agent.get('/api/organisations').expect(200);
    const [touched] = await database(app).query(
      `SELECT now() - last_seen_at < interval '1 minute' AS fresh FROM sessions WHERE user_id = $1`,
      [user.id],
    );
    expect(touched.fresh).toBe(true);
    // 31 minutes after the login, 2 after the last request: still logged in, and each request keeps it so.
    await pass(user, '2 minutes');
    await agent.get('/api/auth/me').expect(200);
    await pass(user, '29 minutes 30 seconds');
    await agent.get('/api/auth/me').expect(200);
    // Then 30 minutes without a request end it.
    await pass(user, '30 minutes 30 seconds');
    await agent.get('/api/auth/me').expect(401);
  });

  it('ends a session 12 hours after the login however active it was', async () => {
    const user = await newUser();
    const agent = await loginAs(app, user.email);
    await pass(user, '11 hours 58 minutes', true);
    await agent.get('/api/auth/me').expect(200);
    await pass(user, '3 minutes', true);
    await agent.get('/api/auth/me').expect(401);
  });

  it('ends a session at logout for good, in every API process once its few seconds of trust have passed', async () => {
    const user = await newUser();
    const other = await startApp();
    try {
      const login = await client(app).post('/api/auth/login').send({ email: user.email, password: DEMO_PASSWORD }).expect(200);
      const cookie = String(login.headers['set-cookie']).match(/resacoop_sid=[^;]+/)![0];
      const elsewhere = () => client(other).set('Cookie', cookie).get('/api/auth/me');
      await elsewhere().expect(200);
      await client(app).set('Cookie', cookie).post('/api/auth/logout').expect(204);
      // The cookie kept after logout opens nothing here,
      await client(app).set('Cookie', cookie).get('/api/auth/me').expect(401);
      // nor in the other process, which trusts a session it checked for 5 seconds (sessions.service.ts).
      freezeDateAt(Date.now() + 5_001);
      await elsewhere().expect(401);
    } finally {
      jest.useRealTimers();
      await other.close();
    }
  });

  /** A new session's token, as its cookie carries it. */
  async function tokenOf(user: { email: string }): Promise<string> {
    const login = await client(app).post('/api/auth/login').send({ email: user.email, password: DEMO_PASSWORD }).expect(200);
    return String(login.headers['set-cookie']).match(/resacoop_sid=([^;]+)/)![1];
  }

  /** The session look-ups the API sends PostgreSQL while `work` runs. */
  async function lookUpsDuring(work: () => Promise<unknown>): Promise<number> {
    const statements = jest.spyOn(app.get(Database), 'one');
    try {
      await work();
      return statements.mock.calls.filter(([statement]) => statement === LIVE_SESSION).length;
    } finally {
      statements.mockRestore();
    }
  }

  it('asks PostgreSQL once for the requests of one session that find its check expired together', async () => {
    const token = await tokenOf(await newUser());
    const sessions = app.get(SessionsService);
    const together = () => Promise.all(Array.from({ length: 32 }, () => sessions.resolve(token)));
    let answers: Awaited<ReturnType<typeof together>> = [];
    expect(await lookUpsDuring(async () => (answers = await together()))).toBe(1);
    expect(new Set(answers.map((session) => session?.user.id)).size).toBe(1);
    expect(answers[0]).not.toBeNull();
    // Its check trusted for 5 seconds, then looked up again once.
    expect(await lookUpsDuring(together)).toBe(0);
    try {
      freezeDateAt(Date.now() + 5_001);
      expect(await lookUpsDuring(together)).toBe(1);
    } finally {
      jest.useRealTimers();
    }
  });

  it('keeps nothing of a token that opens no session: each request with it is looked up', async () => {
    const sessions = app.get(SessionsService);
    const madeUp = unique('made-up-token-');
    const together = () => Promise.all(Array.from({ length: 8 }, () => sessions.resolve(madeUp)));
    for (let round = 0; round < 2; round++) {
      let answers: Awaited<ReturnType<typeof together>> = [];
      expect(await lookUpsDuring(async () => (answers = await together()))).toBe(1);
      expect(answers).toEqual(Array(8).fill(null));
    }
  });

  it('keeps no look-up that a logout overtook: the next request is refused', async () => {
    const user = await newUser();
    const token = await tokenOf(user);
    const sessions = app.get(SessionsService);
    const db = app.get(Database);
    // The look-up reads the session live, then is held until the logout has been written.
    let readLive: () => void = () => undefined;
    const read = new Promise<void>((done) => (readLive = done));
    let logoutWritten: () => void = () => undefined;
    const held = new Promise<void>((resume) => (logoutWritten = resume));
    const one = db.one.bind(db);
    const statements = jest.spyOn(db, 'one').mockImplementationOnce(async (...args: Parameters<Database['one']>) => {
      const row = await one(...args);
      readLive();
      await held;
      return row;
    });
    try {
      const overtaken = sessions.resolve(token);
      await read;
      await sessions.revoke(hashToken(token));
      logoutWritten();
      expect((await overtaken)?.user.id).toBe(user.id);
    } finally {
      statements.mockRestore();
    }
    expect(await sessions.resolve(token)).toBeNull();
  });

  it('hashes a password again only when it was made with other parameters', async () => {
    const user = await newUser();
    const hashOf = async () => (await database(app).query(`SELECT password_hash FROM users WHERE id = $1`, [user.id]))[0].password_hash;
    const before = await hashOf();
    await loginAs(app, user.email);
    expect(await hashOf()).toBe(before);
  });

  it('keeps of a session its address and the first 300 characters of its user agent', async () => {
    const user = await newUser();
    const userAgent = `Mozilla/5.0 ${'x'.repeat(400)}`;
    await client(app)
      .set('User-Agent', userAgent)
      .set('X-Forwarded-For', '198.51.100.23')
      .post('/api/auth/login')
      .send({ email: user.email, password: DEMO_PASSWORD })
      .expect(200);
    const [session] = await database(app).query(`SELECT ip, user_agent FROM sessions WHERE user_id = $1`, [user.id]);
    expect(session).toEqual({ ip: '198.51.100.23', user_agent: userAgent.slice(0, 300) });
    expect(session.user_agent).toHaveLength(300);
  });

  it('refuses every login past 10 failures of an address, however its case and spaces are typed, at the default limits', async () => {
    const known = (await newUser()).email;
    const unknown = `${unique('ghost-')}@resacoop.test`;
    // Each attempt from an address of its own: only the account's counter can throttle.
    let addresses = 0;
    const from = () => client(app).set('X-Forwarded-For', `198.18.${Math.floor(++addresses / 250)}.${addresses % 250}`);
    // Typed in full-width characters (as some Asian keyboards do), an address is still the same one, though no account has it so.
    const fullWidth = (email: string) => String.fromCharCode(...[...email].map((character) => character.charCodeAt(0) + 0xfee0));
    for (const [email, ...others] of [[known], [unknown, fullWidth(unknown)]]) {
      const spellings = [
        email,
        email.toUpperCase(),
        ` ${email}\t`,
        `${email[0].toUpperCase()}${email.slice(1)}`,
        email.replace(/@.+$/, (domain) => domain.toUpperCase()),
        ...others,
      ];
      for (let failure = 0; failure < 10; failure++) {
        await from()
          .post('/api/auth/login')
          .send({ email: spellings[failure % spellings.length], password: 'wrong-password' })
          .expect(401);
      }
      for (const spelling of spellings) {
        await from().post('/api/auth/login').send({ email: spelling, password: DEMO_PASSWORD }).expect(429);
      }
    }
  });

  it('forgets an account’s failures 15 minutes after the first, or at its next login', async () => {
    const user = await newUser();
    const redis = app.get<Redis>(REDIS);
    const fail = () => client(app).post('/api/auth/login').send({ email: user.email, password: 'wrong-password' }).expect(401);
    for (let failure = 0; failure < 9; failure++) await fail();
    const counter = `login-failures:account:user:${user.id}`;
    expect(await redis.get(counter)).toBe('9');
    const ttl = await redis.ttl(counter);
    expect(ttl).toBeGreaterThan(14 * 60);
    expect(ttl).toBeLessThanOrEqual(15 * 60);
    // A login with the right password clears them: 9 more failures are not yet too many.
    await loginAs(app, user.email);
    expect(await redis.get(counter)).toBeNull();
    for (let failure = 0; failure < 9; failure++) await fail();
    await loginAs(app, user.email);
  });
});
