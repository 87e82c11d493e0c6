import type { INestApplication } from '@nestjs/common';
import { spawn } from 'node:child_process';
import { once } from 'node:events';
import { join } from 'node:path';
import { client, database, DEMO_PASSWORD, loginAs, startApp, unique } from './support/app';

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
