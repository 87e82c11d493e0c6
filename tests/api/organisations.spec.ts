import type { INestApplication } from '@nestjs/common';
import type TestAgent from 'supertest/lib/agent';
import { database, loginAs, startApp, unique } from './support/app';
import { freshSiret } from './support/identifiers';

describe('organisations', () => {
  let app: INestApplication;
  let staff: TestAgent;

  beforeAll(async () => {
    app = await startApp();
    staff = await loginAs(app, 'staff');
  });
  afterAll(() => app.close());

  const create = (body: Record<string, unknown>) => staff.post('/api/organisations').send({ type: 'association', ...body });

  it('creates, reads, updates and deletes, each write audited with before and after', async () => {
    const name = unique('Coopération Théâtre ');
    const created = await create({
      name,
      city: 'Vénissieux',
      departement: '69M',
      zones: ['sub_saharan_africa'],
      siret: freshSiret(),
      rna: 'W691234567',
    }).expect(201);
    expect(created.body).toMatchObject({ name, version: 1, membership: 'none', tags: [] });
    const id = created.body.id;
    await staff
      .get(`/api/organisations/${id}`)
      .expect(200)
      .expect((response) => expect(response.body.name).toBe(name));

    const updated = await staff.put(`/api/organisations/${id}`).send({ city: 'Lyon', version: 1 }).expect(200);
    expect(updated.body).toMatchObject({ city: 'Lyon', version: 2, name });

    await staff.delete(`/api/organisations/${id}`).expect(200);
    await staff.get(`/api/organisations/${id}`).expect(404);

    const history = await staff
      .get(`/api/audit-events?filter=${JSON.stringify({ entity: 'organisation', entityId: id })}&sort=["id","ASC"]`)
      .expect(200);
    expect(history.body.map((event: { action: string }) => event.action)).toEqual(['create', 'update', 'delete']);
    const [creation, update] = history.body;
    expect(creation.actorId).toBe((await staff.get('/api/auth/me')).body.id);
    expect(update.changes).toEqual({ before: { city: 'Vénissieux' }, after: { city: 'Lyon' } });
  });

  it('writes only what changes: the same values keep the version and leave no event, a corrected capital is a change', async () => {
    const { body } = await create({ name: unique('Unchanged '), city: 'Riom', email: 'contact@asso.example', tags: ['eau'] }).expect(201);
    const history = async () =>
      (
        await staff
          .get(`/api/audit-events?filter=${JSON.stringify({ entity: 'organisation', entityId: body.id })}&sort=["id","ASC"]`)
          .expect(200)
      ).body.map((event: { action: string; changes: unknown }) => [event.action, event.changes]);

    const same = await staff
      .put(`/api/organisations/${body.id}`)
      .send({ city: 'Riom', email: 'contact@asso.example', tags: ['eau'], version: 1 })
      .expect(200);
    expect(same.body).toMatchObject({ version: 1, updatedAt: body.updatedAt });
    expect(await history()).toHaveLength(1);

    const corrected = await staff
      .put(`/api/organisations/${body.id}`)
      .send({ email: 'Contact@Asso.example', tags: ['eau'], version: 1 })
      .expect(200);
    expect(corrected.body).toMatchObject({ version: 2, email: 'Contact@Asso.example', city: 'Riom' });
    expect(corrected.body.updatedAt > body.updatedAt).toBe(true);
    expect((await staff.get(`/api/organisations/${body.id}`).expect(200)).body).toEqual(corrected.body);
    expect((await history())[1]).toEqual([
      'update',
      { before: { email: 'contact@asso.example' }, after: { email: 'Contact@Asso.example' } },
    ]);
  });

  it('refuses a stale version with 409 and changes nothing', async () => {
    const { body } = await create({ name: unique('Versioned ') }).expect(201);
    await staff.put(`/api/organisations/${body.id}`).send({ city: 'Riom', version: 1 }).expect(200);
    const stale = await staff.put(`/api/organisations/${body.id}`).send({ city: 'Thiers', version: 1 }).expect(409);
    expect(stale.body.message).toMatch(/modifiée/);
    const current = await staff.get(`/api/organisations/${body.id}`).expect(200);
    expect(current.body).toMatchObject({ city: 'Riom', version: 2 });
  });

  it('lets only one of two concurrent writers at the same version win', async () => {
    const { body } = await create({ name: unique('Concurrent ') }).expect(201);
    const results = await Promise.all(
      ['Aurillac', 'Moulins', 'Vichy'].map((city) => staff.put(`/api/organisations/${body.id}`).send({ city, version: 1 })),
    );
    const statuses = results.map((result) => result.status).sort();
    expect(statuses).toEqual([200, 409, 409]);
    const winner = results.find((result) => result.status === 200)!;
    const current = await staff.get(`/api/organisations/${body.id}`);
    expect(current.body.city).toBe(winner.body.city);
  });

  it('checks SIRET (Luhn) and RNA, and names the field', async () => {
    const badSiret = await create({ name: unique('Bad '), siret: '12345678901234' }).expect(400);
    expect(badSiret.body.errors.siret).toMatch(/SIRET/);
    const badRna = await create({ name: unique('Bad '), rna: 'W12' }).expect(400);
    expect(badRna.body.errors.rna).toMatch(/RNA/);
    const spaced = await create({
      name: unique('Spaced '),
      siret: freshSiret().replace(/(\d{3})(\d{3})(\d{3})(\d{5})/, '$1 $2 $3 $4'),
    }).expect(201);
    expect(spaced.body.siret).toMatch(/^\d{14}$/);
  });

  it('refuses unknown and read-only fields rather than ignoring them', async () => {
    const created = await create({ name: unique('Mass '), id: 1, createdAt: '2020-01-01' }).expect(400);
    expect(Object.keys(created.body.errors).sort()).toEqual(['createdAt', 'id']);
    const { body } = await create({ name: unique('Mass ') }).expect(201);
    const update = await staff.put(`/api/organisations/${body.id}`).send({ version: 1, isAdmin: true }).expect(400);
    expect(update.body.errors).toHaveProperty('isAdmin');
  });

  it('requires a name and a known type; a required field cannot be nulled', async () => {
    const missing = await staff.post('/api/organisations').send({}).expect(400);
    expect(missing.body.errors).toMatchObject({ name: expect.any(String), type: expect.any(String) });
    const { body } = await create({ name: unique('Required ') }).expect(201);
    const nulled = await staff.put(`/api/organisations/${body.id}`).send({ name: null, version: 1 }).expect(400);
    expect(nulled.body.errors).toHaveProperty('name');
    const cleared = await staff.put(`/api/organisations/${body.id}`).send({ acronym: null, city: '', version: 1 }).expect(200);
    expect(cleared.body).toMatchObject({ acronym: null, city: null });
  });

  describe('lists (ra-data-simple-rest contract)', () => {
    const tag = unique('liste');
    beforeAll(async () => {
      for (const [name, departement] of [
        ['Éducation Sans Frontières Ardèche', '07'],
        ['Association des Élèves Solidaires', '15'],
        ['EDUCATION et partage', '15'],
      ]) {
        await create({ name: `${name} ${tag}`, departement, tags: [tag] }).expect(201);
      }
    });

    it('pages with Content-Range and sorts', async () => {
      const response = await staff
        .get(`/api/organisations?sort=["name","DESC"]&range=[0,1]&filter=${JSON.stringify({ q: tag })}`)
        .expect(200);
      expect(response.headers['content-range']).toBe('organisations 0-1/3');
      expect(response.body.map((row: { name: string }) => row.name)).toEqual([
        `Éducation Sans Frontières Ardèche ${tag}`,
        `EDUCATION et partage ${tag}`,
      ]);
    });

    it('sorts names as French readers do: accents with their letter, case after it, not by code point', async () => {
      const french = unique('tri');
      const names = ['Zèbre', 'Laos (Voiron)', 'Éléphant', 'eau vive', 'Laos (Vénissieux)', 'Eau', 'Ecole'];
      for (const name of names) await create({ name: `${french} ${name}`, departement: '38' }).expect(201);
      const sorted = async (order: string) =>
        (await staff.get(`/api/organisations?sort=["name","${order}"]&filter=${JSON.stringify({ q: french })}`).expect(200)).body.map(
          (row: { name: string }) => row.name.slice(french.length + 1),
        );
      const expected = ['Eau', 'eau vive', 'Ecole', 'Éléphant', 'Laos (Vénissieux)', 'Laos (Voiron)', 'Zèbre'];
      expect(await sorted('ASC')).toEqual(expected);
      expect(await sorted('DESC')).toEqual([...expected].reverse());
    });

    it('searches names ignoring accents and case, word by word', async () => {
      const search = async (q: string) =>
        (await staff.get(`/api/organisations?filter=${encodeURIComponent(JSON.stringify({ q }))}`).expect(200)).body.map(
          (row: { name: string }) => row.name,
        );
      expect(await search(`education ${tag}`)).toHaveLength(2);
      expect(await search(`ELEVES ${tag}`)).toEqual([`Association des Élèves Solidaires ${tag}`]);
      expect(await search(`100% ${tag}`)).toEqual([]);
    });

    it('filters by fields and fetches many by id', async () => {
      const filtered = await staff.get(`/api/organisations?filter=${JSON.stringify({ q: tag, departement: '15' })}`).expect(200);
      expect(filtered.body).toHaveLength(2);
      const ids = filtered.body.map((row: { id: number }) => row.id);
      const many = await staff.get(`/api/organisations?filter=${JSON.stringify({ id: ids })}`).expect(200);
      expect(many.body.map((row: { id: number }) => row.id).sort()).toEqual([...ids].sort());
    });

    it.each([
      ['sort=["password","ASC"]', 'sort'],
      ['sort=["name","SIDEWAYS"]', 'sort'],
      ['sort=name', 'sort'],
      ['range=[5,1]', 'range'],
      ['range=[0,100000]', 'range'],
      ['range=["a",2]', 'range'],
      ['filter={"name; DROP TABLE organisations":1}', 'filter.name; DROP TABLE organisations'],
      ['filter={"departement":"99"}', 'filter.departement'],
      ['filter={"id":["1 OR 1=1"]}', 'filter.id'],
      ['filter=[1]', 'filter'],
      ['filter={', 'filter'],
    ])('answers 400 naming the parameter for %s', async (query, field) => {
      const response = await staff.get(`/api/organisations?${encodeURI(query)}`).expect(400);
      expect(Object.keys(response.body.errors)).toEqual([field]);
      expect(JSON.stringify(response.body)).not.toMatch(/SELECT|stack|at .*\.js/);
    });
  });

  it('exports a filtered list as CSV with a BOM, formula-safe', async () => {
    const tag = unique('export');
    await create({ name: `=HYPERLINK("x") ${tag}`, tags: [tag] }).expect(201);
    await create({ name: `Plain ${tag}`, tags: [tag] }).expect(201);
    const response = await staff
      .get(`/api/organisations/export.csv?filter=${JSON.stringify({ q: tag })}&sort=["name","ASC"]`)
      .buffer(true)
      .parse((res, done) => {
        const chunks: Buffer[] = [];
        res.on('data', (chunk: Buffer) => chunks.push(chunk));
        res.on('end', () => done(null, Buffer.concat(chunks).toString('utf8')));
      });
    expect(response.status).toBe(200);
    expect(response.headers['content-type']).toMatch(/text\/csv/);
    const text = response.body as string;
    expect(text.charCodeAt(0)).toBe(0xfeff);
    const lines = text.slice(1).trim().split('\n');
    expect(lines[0]).toMatch(/^id;name;acronym;type/);
    expect(lines).toHaveLength(3);
    expect(lines[1]).toContain(`"'=HYPERLINK(""x"") ${tag}"`);
    expect(lines[2]).toContain(`Plain ${tag}`);
  });

  it('keeps the write and its audit event together', async () => {
    const { body } = await create({ name: unique('Atomic ') }).expect(201);
    const events = await database(app).query(
      `SELECT count(*)::int AS n FROM audit_events WHERE entity = 'organisation' AND entity_id = $1`,
      [body.id],
    );
    expect(events[0].n).toBe(1);
  });

  describe('delete', () => {
    it('refuses to delete an organisation with history, naming what holds it, and unlinks nothing', async () => {
      const { body: organisation } = await create({ name: unique('Tenue '), departement: '38' }).expect(201);
      const { body: contact } = await staff
        .post('/api/contacts')
        .send({ organisationId: organisation.id, firstName: 'Léa', lastName: unique() })
        .expect(201);
      const requestIds: number[] = [];
      for (const subject of ['Financement', 'Partenaires']) {
        const { body: request } = await staff
          .post('/api/requests')
          .send({ channel: 'phone', topic: 'funding', subject, question: '?', organisationId: organisation.id })
          .expect(201);
        requestIds.push(request.id);
      }
      await staff
        .post('/api/cases')
        .send({ organisationId: organisation.id, projectTitle: unique('Projet '), nextFollowUpAt: '2030-01-15', countries: ['SN'] })
        .expect(201);

      const refused = await staff.delete(`/api/organisations/${organisation.id}`).expect(409);
      expect(refused.body).toEqual({
        message: 'Cette organisation est liée à 1 contact, 2 demandes et 1 accompagnement : elle ne peut pas être supprimée.',
        errors: { contacts: '1 contact', requests: '2 demandes', cases: '1 accompagnement' },
      });
      await staff.get(`/api/organisations/${organisation.id}`).expect(200);
      expect((await staff.get(`/api/contacts/${contact.id}`).expect(200)).body.organisationId).toBe(organisation.id);
      for (const id of requestIds) expect((await staff.get(`/api/requests/${id}`).expect(200)).body.organisationId).toBe(organisation.id);
      const deletes = await database(app).query(
        `SELECT count(*)::int AS n FROM audit_events WHERE entity = 'organisation' AND entity_id = $1 AND action = 'delete'`,
        [organisation.id],
      );
      expect(deletes[0].n).toBe(0);
    });

    it('lets staff delete an organisation without history, as the console asks (an empty text/plain body)', async () => {
      const { body } = await create({ name: unique('Sans suite ') }).expect(201);
      // ra-data-simple-rest labels its DELETE text/plain, and the browser sends a zero length.
      await staff.delete(`/api/organisations/${body.id}`).set('Content-Type', 'text/plain').send('').expect(200);
      await staff.get(`/api/organisations/${body.id}`).expect(404);
      const { body: other } = await create({ name: unique('Sans suite ') }).expect(201);
      const text = await staff.put(`/api/organisations/${other.id}`).set('Content-Type', 'text/plain').send('city=Lyon').expect(415);
      expect(text.body.errors).toEqual({ body: expect.any(String) });
    });

    it('has the database refuse, as a last guard, any delete that would unlink or take history along', async () => {
      const db = database(app);
      const { body: organisation } = await create({ name: unique('Garde '), departement: '38' }).expect(201);
      const { body: contact } = await staff
        .post('/api/contacts')
        .send({ organisationId: organisation.id, firstName: 'Ana', lastName: unique() })
        .expect(201);
      const { body: request } = await staff
        .post('/api/requests')
        .send({ channel: 'email', topic: 'funding', subject: 'x', question: 'y', organisationId: organisation.id, contactId: contact.id })
        .expect(201);
      await staff.post('/api/interactions').send({ requestId: request.id, kind: 'note', body: 'Rappelée' }).expect(201);
      const { body: supportCase } = await staff
        .post('/api/cases')
        .send({ organisationId: organisation.id, projectTitle: unique('Projet '), nextFollowUpAt: '2030-01-15', countries: ['SN'] })
        .expect(201);
      await staff.post('/api/interactions').send({ caseId: supportCase.id, kind: 'note', body: 'Suivi' }).expect(201);
      await staff.post('/api/assignments').send({ caseId: supportCase.id }).expect(201);
      await db.query(`UPDATE requests SET case_id = $1 WHERE id = $2`, [supportCase.id, request.id]);

      const refusals: Record<string, string | null> = {};
      for (const [table, id] of [
        ['organisations', organisation.id],
        ['contacts', contact.id],
        ['requests', request.id],
        ['cases', supportCase.id],
      ] as const) {
        refusals[table] = await db.query(`DELETE FROM ${table} WHERE id = $1`, [id]).then(
          () => null,
          (error: { driverError?: { code?: string } }) => error.driverError?.code ?? 'other',
        );
      }
      expect(refusals).toEqual({ organisations: '23503', contacts: '23503', requests: '23503', cases: '23503' });
    });
  });
});
