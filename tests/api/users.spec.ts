import type { INestApplication } from '@nestjs/common';
import { spawn } from 'node:child_process';
import { once } from 'node:events';
import { join } from 'node:path';
import { client, database, DEMO_PASSWORD, loginAs, startApp, unique, USERS } from './support/app';
import { createTestEnvironment, destroyTestEnvironment, type TestEnvironment } from './support/test-environment';

const CREATE_ADMIN = join(__dirname, '../../dist/api/apps/api/src/cli/create-admin.js');

describe('passwords, wherever one is set (ASVS 2.1)', () => {
  let app: INestApplication;

  beforeAll(async () => {
    app = await startApp();
  });
  afterAll(() => app.close());

  const refused = (localPart: string) => [
    { password: 'only-eleven', why: '12 caractères au moins' },
    { password: 'qwerty123456', why: /^trop courant/ },
    { password: '1QAZ2WSX3EDC', why: /^trop courant/ },
    { password: `${localPart}@resacoop.test`.toUpperCase(), why: 'ne doit pas reprendre l’adresse e-mail' },
    { password: localPart, why: 'ne doit pas reprendre l’adresse e-mail' },
  ];

  it('refuses a short, common or breached password, or the e-mail, when an admin creates a user', async () => {
    const admin = await loginAs(app, 'admin');
    const localPart = unique('camille.durand-');
    for (const { password, why } of refused(localPart)) {
      const { body } = await admin
        .post('/api/users')
        .send({ email: `${localPart}@resacoop.test`, fullName: 'Camille Durand', role: 'staff', site: 'lyon', password })
        .expect(400);
      expect(body.errors.password).toEqual(typeof why === 'string' ? why : expect.stringMatching(why));
    }
    const [{ n }] = await database(app).query(`SELECT count(*)::int AS n FROM users WHERE email = $1`, [`${localPart}@resacoop.test`]);
    expect(n).toBe(0);
    // No composition rule: a long, uncommon password of lower-case words is welcome.
    await admin
      .post('/api/users')
      .send({
        email: `${localPart}@resacoop.test`,
        fullName: 'Camille Durand',
        role: 'staff',
        site: 'lyon',
        password: 'trois mots au hasard',
      })
      .expect(201);
  });

  it('refuses the same when an admin changes a password, judged against the e-mail it will have', async () => {
    const admin = await loginAs(app, 'admin');
    const localPart = unique('dominique-');
    const created = await admin
      .post('/api/users')
      .send({ email: `${localPart}@resacoop.test`, fullName: 'Dominique', role: 'staff', site: 'lyon', password: DEMO_PASSWORD })
      .expect(201);
    for (const { password, why } of refused(localPart)) {
      const { body } = await admin.put(`/api/users/${created.body.id}`).send({ password, version: created.body.version }).expect(400);
      expect(body.errors.password).toEqual(typeof why === 'string' ? why : expect.stringMatching(why));
    }
    const renamed = unique('renamed-');
    const { body } = await admin
      .put(`/api/users/${created.body.id}`)
      .send({ email: `${renamed}@resacoop.test`, password: `${renamed}@RESACOOP.test`, version: created.body.version })
      .expect(400);
    expect(body.errors.password).toBe('ne doit pas reprendre l’adresse e-mail');
    expect((await admin.get(`/api/users/${created.body.id}`).expect(200)).body.version).toBe(created.body.version);
    await client(app)
      .post('/api/auth/login')
      .send({ email: `${localPart}@resacoop.test`, password: DEMO_PASSWORD })
      .expect(200);
  });

  it('refuses them in `npm run create-admin` too, naming the password', async () => {
    const run = async (email: string, password: string) => {
      const child = spawn(process.execPath, [CREATE_ADMIN], {
        env: { ...process.env, ADMIN_EMAIL: email, ADMIN_NAME: 'Premier Admin', ADMIN_PASSWORD: password },
        stdio: ['ignore', 'pipe', 'pipe'],
      });
      let output = '';
      for (const stream of [child.stdout, child.stderr]) stream.on('data', (chunk: Buffer) => (output += chunk.toString()));
      const [code] = await once(child, 'exit');
      return { code: code as number, output };
    };
    const email = `${unique('first-admin-')}@resacoop.test`;
    const common = await run(email, 'qwerty123456');
    expect(common.code).toBe(1);
    expect(common.output).toMatch(/^password: trop courant/m);
    const same = await run(email, email);
    expect(same.output).toMatch(/^password: ne doit pas reprendre l’adresse e-mail$/m);
    const created = await run(email, 'une phrase de passe rare');
    expect(created).toEqual({ code: 0, output: expect.stringContaining(`Admin ${email} created`) });
  });
});

describe('the last active admin', () => {
  let environment: TestEnvironment;
  let app: INestApplication;

  // A database of its own: demoting admins here must not lock the other suites out of theirs.
  beforeAll(async () => {
    environment = await createTestEnvironment('last_admin');
    app = await startApp({ ...environment });
  });
  afterAll(async () => {
    await app.close();
    await destroyTestEnvironment(environment);
  });

  const adminsLeft = async () =>
    ((await database(app).query(`SELECT count(*)::int AS n FROM users WHERE role = 'admin' AND active`)) as { n: number }[])[0].n;
  const userRow = async (email: string) =>
    ((await database(app).query(`SELECT id, version FROM users WHERE email = $1`, [email])) as { id: number; version: number }[])[0];

  it('can be neither demoted nor deactivated, while another admin can', async () => {
    expect(await adminsLeft()).toBe(1);
    const admin = await loginAs(app, 'admin');
    const { id, version } = await userRow(USERS.admin);
    const demoted = await admin.put(`/api/users/${id}`).send({ role: 'staff', version }).expect(409);
    expect(demoted.body).toEqual({
      message: expect.stringMatching(/dernier administrateur actif/),
      errors: { role: 'dernier administrateur actif' },
    });
    const deactivated = await admin.put(`/api/users/${id}`).send({ active: false, version }).expect(409);
    expect(deactivated.body.errors).toEqual({ active: 'dernier administrateur actif' });
    // Anything else about them may change.
    await admin.put(`/api/users/${id}`).send({ fullName: 'Claire C.', version }).expect(200);

    const second = await admin
      .post('/api/users')
      .send({ email: `${unique('second-admin-')}@resacoop.test`, fullName: 'Second', role: 'admin', password: DEMO_PASSWORD })
      .expect(201);
    await admin.put(`/api/users/${second.body.id}`).send({ active: false, version: second.body.version }).expect(200);
    expect(await adminsLeft()).toBe(1);
  });

  it('keeps one of the last two admins when each demotes the other at the same moment', async () => {
    const email = `${unique('twin-admin-')}@resacoop.test`;
    const first = await loginAs(app, 'admin');
    await first.post('/api/users').send({ email, fullName: 'Twin', role: 'admin', password: DEMO_PASSWORD }).expect(201);
    const second = await loginAs(app, email);
    const outcomes: number[][] = [];
    for (let round = 0; round < 8; round++) {
      await database(app).query(`UPDATE users SET role = 'admin', active = true WHERE email = ANY($1)`, [[USERS.admin, email]]);
      expect(await adminsLeft()).toBe(2);
      const [a, b] = [await userRow(USERS.admin), await userRow(email)];
      const answers = await Promise.all([
        first.put(`/api/users/${b.id}`).send({ role: 'staff', site: 'lyon', version: b.version }),
        second.put(`/api/users/${a.id}`).send({ role: 'staff', version: a.version }),
      ]);
      outcomes.push(answers.map((answer) => answer.status).sort());
      expect(await adminsLeft()).toBe(1);
    }
    // The later of the two is refused by the check (409), or already by its demoted session (403).
    for (const outcome of outcomes)
      expect([
        [200, 403],
        [200, 409],
      ]).toContainEqual(outcome);
    // The check itself was raced at least once.
    expect(outcomes).toContainEqual([200, 409]);
  });
});
