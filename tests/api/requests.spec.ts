import type { INestApplication } from '@nestjs/common';
import type TestAgent from 'supertest/lib/agent';
import { database, DEMO_PASSWORD, loginAs, startApp, unique } from './support/app';

describe('information requests', () => {
  let app: INestApplication;
  let staff: TestAgent;
  let clermont: TestAgent;
  let staffId: number;

  beforeAll(async () => {
    app = await startApp();
    staff = await loginAs(app, 'staff');
    clermont = await loginAs(app, 'staffClermont');
    staffId = (await staff.get('/api/auth/me')).body.id;
  });
  afterAll(() => app.close());

  const log = (body: Record<string, unknown> = {}, agent = staff) =>
    agent.post('/api/requests').send({
      channel: 'phone',
      topic: 'funding',
      subject: unique('Appel '),
      question: 'Quels financements ?',
      requesterName: 'Mme Diallo',
      ...body,
    });

  const timeline = async (requestId: number) =>
    (await staff.get(`/api/interactions?filter=${JSON.stringify({ requestId })}&sort=["id","ASC"]&range=[0,99]`).expect(200)).body as {
      kind: string;
      body: string;
      minutesSpent: number;
    }[];

  it('logs a request at the caller’s site with a yearly reference and a due date 5 working days on', async () => {
    // Across a year end (the demo data owns 2024's numbers): 25 Dec and 1 Jan are holidays.
    const receivedAt = '2023-12-22T10:00:00+01:00';
    const { body } = await log({ receivedAt }).expect(201);
    expect(body).toMatchObject({ site: 'lyon', status: 'new', version: expect.any(Number) });
    expect(body.reference).toMatch(/^DI-2023-\d{4}$/);
    expect(new Date(body.dueAt)).toEqual(new Date('2024-01-02T23:59:59.999+01:00'));
  });

  it('allocates references without duplicates or gaps under concurrent creation', async () => {
    // A year no other test logs requests in, so that its numbers start at 1.
    const year = 2011;
    const created = await Promise.all(Array.from({ length: 20 }, () => log({ receivedAt: `${year}-03-03T10:00:00Z` })));
    expect(created.map((response) => response.status)).toEqual(Array(20).fill(201));
    const numbers = created.map((response) => Number(response.body.reference.split('-')[2])).sort((a, b) => a - b);
    expect(numbers).toEqual(Array.from({ length: 20 }, (_, index) => index + 1));
  });

  it('refuses a request received in the future, naming the field, and accepts a clock a little ahead', async () => {
    const response = await log({ receivedAt: new Date(Date.now() + 3_600_000).toISOString() }).expect(400);
    expect(response.body.errors).toEqual({ receivedAt: 'ne peut pas être dans le futur' });
    await log({ receivedAt: new Date(Date.now() + 60_000).toISOString() }).expect(201);
  });

  it('names the field when a value that always exists is sent as null', async () => {
    const response = await log({ minutesSpent: null, site: null }).expect(400);
    expect(Object.keys(response.body.errors).sort()).toEqual(['minutesSpent', 'site']);
  });

  it('needs a requester, and checks the directory links', async () => {
    const none = await log({ requesterName: undefined }).expect(400);
    expect(none.body.errors).toEqual({ requesterName: 'indiquez le demandeur : une organisation, un contact ou un nom' });
    const ghost = await log({ organisationId: 999999, contactId: 999999 }).expect(400);
    expect(ghost.body.errors).toEqual({ organisationId: 'organisation introuvable', contactId: 'contact introuvable' });
    const relayAssignee = await log({
      assigneeId: (await database(app).query(`SELECT id FROM users WHERE role = 'relay' LIMIT 1`))[0].id,
    }).expect(400);
    expect(relayAssignee.body.errors).toEqual({ assigneeId: 'membre actif de l’équipe attendu' });
  });

  it('needs a site from the request or its author', async () => {
    // An admin need not have a site of their own.
    const email = `${unique('sans-site-')}@resacoop.test`;
    await (
      await loginAs(app, 'admin')
    )
      .post('/api/users')
      .send({ email, fullName: 'Sans site', role: 'admin', password: DEMO_PASSWORD })
      .expect(201);
    const admin = await loginAs(app, email);
    const response = await log({}, admin).expect(400);
    expect(response.body.errors).toEqual({ site: 'obligatoire' });
    expect((await log({ site: 'clermont' }, admin).expect(201)).body.site).toBe('clermont');
  });

  it('saves an edit that sends the current status again without moving it', async () => {
    const { body } = await log().expect(201);
    const edited = (
      await staff.put(`/api/requests/${body.id}`).send({ status: 'new', subject: 'Sujet corrigé', version: body.version }).expect(200)
    ).body;
    expect(edited).toMatchObject({ status: 'new', subject: 'Sujet corrigé' });
    expect((await timeline(body.id)).filter((entry) => entry.kind === 'status_change')).toEqual([]);
  });

  it('answers now and closes in the same form, with the moves on the timeline', async () => {
    const { body } = await log({ status: 'closed', answer: 'Voir l’appel à projets régional.', minutesSpent: 12 }).expect(201);
    expect(body).toMatchObject({ status: 'closed', answer: 'Voir l’appel à projets régional.', minutesSpent: 12 });
    expect(body.answeredAt).not.toBeNull();
    expect(body.firstResponseAt).not.toBeNull();
    expect((await timeline(body.id)).map((entry) => entry.body)).toEqual(['Nouvelle → Répondue', 'Répondue → Clôturée']);
    const noAnswer = await log({ status: 'closed' }).expect(400);
    expect(noAnswer.body.errors).toHaveProperty('answer');
  });

  describe('status transitions', () => {
    const legal: [string, string][] = [
      ['new', 'in_progress'],
      ['new', 'waiting'],
      ['new', 'answered'],
      ['in_progress', 'waiting'],
      ['in_progress', 'answered'],
      ['waiting', 'in_progress'],
      ['waiting', 'answered'],
      ['answered', 'closed'],
      ['answered', 'in_progress'],
      ['closed', 'in_progress'],
    ];
    const statuses = ['new', 'in_progress', 'waiting', 'answered', 'closed'];
    const illegal = statuses.flatMap((from) =>
      statuses.filter((to) => to !== from && !legal.some(([a, b]) => a === from && b === to)).map((to) => [from, to]),
    );

    /** A request brought to `status` along legal moves. */
    async function requestIn(status: string) {
      const path: Record<string, string[]> = {
        new: [],
        in_progress: ['in_progress'],
        waiting: ['waiting'],
        answered: ['answered'],
        closed: ['answered', 'closed'],
      };
      let { body } = await log({ answer: 'Réponse type.' }).expect(201);
      for (const step of path[status])
        body = (await staff.put(`/api/requests/${body.id}`).send({ status: step, version: body.version }).expect(200)).body;
      return body;
    }

    it.each(legal)('%s → %s is allowed and written on the timeline', async (from, to) => {
      const request = await requestIn(from);
      const { body } = await staff.put(`/api/requests/${request.id}`).send({ status: to, version: request.version }).expect(200);
      expect(body.status).toBe(to);
      expect((await timeline(request.id)).at(-1)).toMatchObject({ kind: 'status_change' });
    });

    it.each(illegal)('%s → %s is refused with 400 naming the status', async (from, to) => {
      const request = await requestIn(from);
      const response = await staff.put(`/api/requests/${request.id}`).send({ status: to, version: request.version }).expect(400);
      expect(response.body.errors.status).toMatch(/interdit/);
      expect((await staff.get(`/api/requests/${request.id}`)).body.status).toBe(from);
    });
  });

  it('refuses a stale version with 409', async () => {
    const { body } = await log().expect(201);
    await staff.put(`/api/requests/${body.id}`).send({ assigneeId: staffId, version: body.version }).expect(200);
    await staff.put(`/api/requests/${body.id}`).send({ status: 'in_progress', version: body.version }).expect(409);
  });

  it('adds notes and calls to the timeline, with their minutes on the request', async () => {
    const { body } = await log().expect(201);
    await staff.post('/api/interactions').send({ requestId: body.id, kind: 'note', body: 'Rappeler jeudi', minutesSpent: 5 }).expect(201);
    await staff.post('/api/interactions').send({ requestId: body.id, kind: 'call', body: 'Rappelée', minutesSpent: 20 }).expect(201);
    const request = (await staff.get(`/api/requests/${body.id}`)).body;
    expect(request.minutesSpent).toBe(25);
    expect(request.firstResponseAt).not.toBeNull();
    const refused = await staff.post('/api/interactions').send({ requestId: body.id, kind: 'status_change', body: 'forged' }).expect(400);
    expect(refused.body.errors).toHaveProperty('kind');
    await staff.post('/api/interactions').send({ requestId: 999999, kind: 'note', body: 'x' }).expect(400);
  });

  describe('views', () => {
    const ids = async (filter: object) =>
      (
        (await staff.get(`/api/requests?filter=${encodeURIComponent(JSON.stringify(filter))}&range=[0,999]`).expect(200)).body as {
          id: number;
        }[]
      ).map((row) => row.id);
    let mine: number;
    let unassignedLyon: number;
    let unassignedClermont: number;
    let overdue: number;
    let answered: number;

    beforeAll(async () => {
      mine = (await log({ assigneeId: staffId }).expect(201)).body.id;
      unassignedLyon = (await log().expect(201)).body.id;
      unassignedClermont = (await log({}, clermont).expect(201)).body.id;
      overdue = (await log({ receivedAt: new Date(Date.now() - 20 * 86_400_000).toISOString() }).expect(201)).body.id;
      answered = (await log({ status: 'answered', answer: 'Fait.' }).expect(201)).body.id;
    });

    it('mine', async () => {
      const found = await ids({ assigneeId: staffId, open: true });
      expect(found).toContain(mine);
      expect(found).not.toContain(unassignedLyon);
    });

    it('unassigned at my site', async () => {
      const found = await ids({ unassigned: true, site: 'lyon', open: true });
      expect(found).toEqual(expect.arrayContaining([unassignedLyon]));
      expect(found).not.toContain(unassignedClermont);
      expect(found).not.toContain(mine);
    });

    it('overdue', async () => {
      const found = await ids({ overdue: true });
      expect(found).toContain(overdue);
      expect(found).not.toContain(unassignedLyon);
      expect(found).not.toContain(answered);
    });

    it('due this week', async () => {
      const dueThisWeek = await ids({ dueThisWeek: true });
      const rows: { id: number }[] = await database(app).query(
        `SELECT id FROM requests WHERE status IN ('new','in_progress','waiting')
           AND due_at >= date_trunc('week', now() AT TIME ZONE 'Europe/Paris') AT TIME ZONE 'Europe/Paris'
           AND due_at < (date_trunc('week', now() AT TIME ZONE 'Europe/Paris') + interval '7 days') AT TIME ZONE 'Europe/Paris'`,
      );
      expect(dueThisWeek.sort()).toEqual(rows.map((row) => row.id).sort());
      expect(dueThisWeek).not.toContain(overdue);
    });

    it('answered this month', async () => {
      const found = await ids({ answeredThisMonth: true });
      expect(found).toContain(answered);
      expect(found).not.toContain(mine);
    });

    it('by period, channel and topic, sorted by due date', async () => {
      const response = await staff
        .get(
          `/api/requests?filter=${encodeURIComponent(JSON.stringify({ receivedSince: '2024-01-01', receivedBefore: '2025-01-01', channel: 'email', topic: 'funding' }))}&sort=["dueAt","ASC"]&range=[0,999]`,
        )
        .expect(200);
      expect(response.body.length).toBeGreaterThan(0);
      for (const row of response.body) {
        expect(row).toMatchObject({ channel: 'email', topic: 'funding' });
        expect(row.receivedAt >= '2023-12-31T23:00:00.000Z' && row.receivedAt < '2024-12-31T23:00:00.000Z').toBe(true);
      }
      const dues = response.body.map((row: { dueAt: string }) => row.dueAt);
      expect([...dues].sort()).toEqual(dues);
    });
  });

  it('is closed to relay users and to anonymous callers', async () => {
    const relay = await loginAs(app, 'relayIsere');
    await relay.get('/api/requests').expect(403);
    await relay.post('/api/requests').send({}).expect(403);
    await relay.get('/api/requests/export.csv').expect(403);
    const timeline = await relay.get('/api/interactions?range=[0,999]').expect(200);
    expect(timeline.body.filter((entry: { requestId: number | null }) => entry.requestId !== null)).toEqual([]);
    const { body } = await log().expect(201);
    await relay.post('/api/interactions').send({ requestId: body.id, kind: 'note', body: 'x' }).expect(403);
  });

  it('audits every write and exports the filtered list', async () => {
    const { body } = await log().expect(201);
    const events = (await staff.get(`/api/audit-events?filter=${JSON.stringify({ entity: 'request', entityId: body.id })}`).expect(200))
      .body;
    expect(events.map((event: { action: string }) => event.action)).toEqual(['create']);
    const csv = await staff.get(`/api/requests/export.csv?filter=${JSON.stringify({ id: [body.id] })}`).expect(200);
    expect(csv.text).toContain(body.reference);
  });

  describe('conversion into a support case', () => {
    const contact = async (body: Record<string, unknown> = {}) =>
      (
        await staff
          .post('/api/contacts')
          .send({ firstName: 'Awa', lastName: unique('Diallo '), ...body })
          .expect(201)
      ).body.id as number;
    const convert = (requestId: number, body: Record<string, unknown>) =>
      staff.post(`/api/requests/${requestId}/convert-to-case`).send({ nextFollowUpAt: '2030-04-01', ...body });

    it('closes the request as converted, linked to its case, taken by whoever converted it, with the case on its timeline', async () => {
      const organisationId = (
        await staff
          .post('/api/organisations')
          .send({ name: unique('Porteur '), type: 'association', departement: '69M' })
          .expect(201)
      ).body.id;
      const contactId = await contact({ organisationId });
      const request = (await log({ channel: 'phone', organisationId, contactId, requesterName: null }).expect(201)).body;
      expect(request.assigneeId).toBeNull();

      const supportCase = (await convert(request.id, { countries: ['MA', 'SN'] }).expect(201)).body;
      expect(supportCase).toMatchObject({
        reference: expect.stringMatching(/^AC-\d{4}-\d{4}$/),
        organisationId,
        contactId,
        countries: ['MA', 'SN'],
        zones: expect.arrayContaining(['maghreb', 'sub_saharan_africa']),
      });

      const converted = (await staff.get(`/api/requests/${request.id}`).expect(200)).body;
      expect(converted).toMatchObject({ status: 'converted', caseId: supportCase.id, assigneeId: staffId });
      expect(converted.answeredAt).not.toBeNull();
      expect(converted.firstResponseAt).not.toBeNull();
      expect((await timeline(request.id)).at(-1)).toMatchObject({
        kind: 'status_change',
        body: `Nouvelle → Convertie en accompagnement ${supportCase.reference}`,
      });

      // Out of the open queues, and no status button moves it anywhere.
      const open = await staff.get(`/api/requests?filter=${JSON.stringify({ open: true, id: [request.id] })}`).expect(200);
      expect(open.body).toEqual([]);
      const reopened = await staff
        .put(`/api/requests/${request.id}`)
        .send({ status: 'in_progress', version: converted.version })
        .expect(400);
      expect(reopened.body.errors).toHaveProperty('status');
      // Found from its case, and exported with it.
      const fromCase = await staff.get(`/api/requests?filter=${JSON.stringify({ caseId: supportCase.id })}`).expect(200);
      expect(fromCase.body.map((row: { id: number }) => row.id)).toEqual([request.id]);
      const csv = await staff.get(`/api/requests/export.csv?filter=${JSON.stringify({ id: [request.id] })}`).expect(200);
      expect(csv.text.split('\n')[0]).toContain('caseId');

      const again = await convert(request.id, {}).expect(409);
      expect(again.body.message).toContain(supportCase.reference);
    });

    it('cannot be reached by a status move, nor logged as converted', async () => {
      const request = (await log().expect(201)).body;
      const moved = await staff.put(`/api/requests/${request.id}`).send({ status: 'converted', version: request.version }).expect(400);
      expect(moved.body.errors).toHaveProperty('status');
      const logged = await log({ status: 'converted' }).expect(400);
      expect(logged.body.errors).toEqual({ status: 'une nouvelle demande ne peut pas être « Convertie en accompagnement »' });
    });

    it('turns a private individual’s request into a case held by the contact, counted as an individual in the key figures', async () => {
      const contactId = await contact();
      const request = (await log({ contactId, requesterName: null, receivedAt: '2016-05-09T10:00:00+02:00' }).expect(201)).body;
      const supportCase = (await convert(request.id, { countries: ['BF'], openedAt: '2016-05-10T10:00:00+02:00' }).expect(201)).body;
      // Closed within 2016 at once: left open, the case would count as active in every later year, 2019's known dataset included.
      await database(app).query(
        `UPDATE cases SET status = 'closed', outcome = 'abandoned', closed_at = '2016-06-30T12:00:00+02:00' WHERE id = $1`,
        [supportCase.id],
      );
      expect(supportCase).toMatchObject({ organisationId: null, contactId, zones: ['sub_saharan_africa'] });
      expect((await staff.get(`/api/requests/${request.id}`).expect(200)).body).toMatchObject({
        status: 'converted',
        caseId: supportCase.id,
      });

      const held = await staff.get(`/api/cases?filter=${JSON.stringify({ contactId })}`).expect(200);
      expect(held.body.map((row: { id: number }) => row.id)).toEqual([supportCase.id]);
      const csv = await staff.get(`/api/cases/export.csv?filter=${JSON.stringify({ contactId })}`).expect(200);
      const [header, row] = csv.text
        .replace(/^\uFEFF/, '')
        .trim()
        .split(/\r?\n/);
      expect(header.split(';')).toContain('contactId');
      expect(row).toContain(supportCase.reference);

      const { figures } = (await staff.get('/api/reports/key-figures?from=2016-01-01&to=2016-12-31').expect(200)).body;
      expect(figures.cases.opened).toBe(1);
      const individual = figures.cases.byOrganisationType.items.find((item: { key: string }) => item.key === 'individual');
      expect(individual).toEqual({ key: 'individual', count: 1, percent: 100 });
      // Converted before its due date: answered in time.
      expect(figures.requests.answeredWithinDue).toMatchObject({ count: 1, of: 1 });
    });

    it('refuses a request whose requester is only a name, naming what to link', async () => {
      const request = (await log({ requesterName: 'M. X' }).expect(201)).body;
      const refused = await convert(request.id, {}).expect(400);
      expect(refused.body.errors).toEqual({ organisationId: expect.stringContaining('contact') });
      expect((await staff.get(`/api/requests/${request.id}`).expect(200)).body).toMatchObject({ status: 'new', caseId: null });
    });

    it('refuses a case opened before the request came in', async () => {
      const request = (await log({ contactId: await contact(), requesterName: null, receivedAt: '2025-03-03T10:00:00+01:00' }).expect(201))
        .body;
      const refused = await convert(request.id, { openedAt: '2025-03-02T10:00:00+01:00' }).expect(400);
      expect(refused.body.errors).toEqual({ openedAt: expect.any(String) });
    });
  });
});
