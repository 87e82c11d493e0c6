import type { INestApplication } from '@nestjs/common';
import { parisDay, type Breakdown, type HeadlineFigures, type KeyFigures } from '@resacoop/domain';
import type TestAgent from 'supertest/lib/agent';
import { DashboardService } from '../../apps/api/src/dashboard/dashboard.service';
import { KeyFiguresService } from '../../apps/api/src/reports/key-figures.service';
import { client, database, DEMO_PASSWORD, loginAs, startApp, unique } from './support/app';

/** Non-zero lines of a breakdown, as `{ key: [count, percent] }`. */
const shares = (data: Breakdown) =>
  Object.fromEntries(data.items.filter((item) => item.count > 0).map((item) => [String(item.key), [item.count, item.percent]]));

const FIGURES_2019 = '/api/reports/key-figures?from=2019-01-01&to=2019-12-31';

describe('key figures', () => {
  let app: INestApplication;
  let admin: TestAgent;
  let staff: TestAgent;

  beforeAll(async () => {
    app = await startApp();
    admin = await loginAs(app, 'admin');
    staff = await loginAs(app, 'staff');
  });
  afterAll(() => app.close());

  it('reproduces every 2024 figure of the annual report from the demo data', async () => {
    const { body } = await staff.get('/api/reports/key-figures?from=2024-01-01&to=2024-12-31').expect(200);
    const figures: KeyFigures = body.figures;
    expect(figures.requests.total).toBe(350);
    expect(figures.cases.ledByTeam).toBe(180);
    expect(figures.cases.throughRelay).toBe(134);
    expect(figures.cases.throughRelayByZone.base).toBe(134);
    expect(shares(figures.cases.throughRelayByZone)).toEqual({
      france: [77, 57],
      sub_saharan_africa: [47, 35],
      maghreb: [6, 4],
      asia: [3, 2],
      latin_america: [2, 1],
      europe: [1, 1],
    });
    expect(figures.requests.byMonth.map((month) => month.count).reduce((a, b) => a + b)).toBe(350);
    expect(figures.events).toMatchObject({
      hosted: 75,
      participants: 3850,
      organisations: 1260,
      associations: { percent: 73 },
      asSpeaker: 34,
      asParticipant: 45,
    });
    expect(figures.events.byKind.base).toBe(75);
    expect(figures.events.byMonth.map((month) => month.count).reduce((a, b) => a + b)).toBe(75);
  });

  describe('on a known dataset (2019, which nothing else touches)', () => {
    let adviserId: number;
    let isere: number;
    let rhone: number;

    beforeAll(async () => {
      const db = database(app);
      adviserId = (await staff.get('/api/auth/me')).body.id;
      [{ id: isere }, { id: rhone }] = await db.query(
        `SELECT id FROM relays WHERE name ILIKE ANY (ARRAY['%Francas%', '%SCD%']) ORDER BY name`,
      );
      const organisation = async (type: string, departement: string | null) =>
        (
          await db.query(`INSERT INTO organisations (name, type, departement, version) VALUES ($1, $2, $3, 1) RETURNING id`, [
            unique('Chiffres '),
            type,
            departement,
          ])
        )[0].id as number;
      const association38 = await organisation('association', '38');
      const authorityWithoutDepartement = await organisation('local_authority', null);

      const request = (values: unknown[]) =>
        db.query(
          `INSERT INTO requests (reference, site, channel, topic, subject, question, requester_name, status,
                                 received_at, due_at, first_response_at, answered_at, minutes_spent, version)
           VALUES ($1, $2, $3, $4, 'Chiffres', 'Question', 'Mme Test', $5, $6, $7, $8, $9, $10, 1)`,
          values,
        );
      // Answered in 2 hours, by the due date.
      await request([
        'DI-2019-9001',
        'lyon',
        'phone',
        'funding',
        'closed',
        '2019-03-04T10:00+01:00',
        '2019-03-11T23:59+01:00',
        '2019-03-04T12:00+01:00',
        '2019-03-04T12:00+01:00',
        30,
      ]);
      // First response in 10 hours, answered after the due date.
      await request([
        'DI-2019-9002',
        'lyon',
        'email',
        'funding',
        'answered',
        '2019-03-05T10:00+01:00',
        '2019-03-12T23:59+01:00',
        '2019-03-05T20:00+01:00',
        '2019-03-20T10:00+01:00',
        15,
      ]);
      // The last half hour of 2019 in Paris (already 2020 nowhere else), never answered, long overdue.
      await request([
        'DI-2019-9003',
        'clermont',
        'phone',
        'training',
        'new',
        '2019-12-31T23:30+01:00',
        '2020-01-08T23:59+01:00',
        null,
        null,
        0,
      ]);
      // The first half hour of 2020 in Paris, still 2019 in UTC: not a 2019 request.
      await request(['DI-2020-9004', 'lyon', 'phone', 'funding', 'new', '2020-01-01T00:30+01:00', '2020-01-08T23:59+01:00', null, null, 0]);

      const supportCase = async (values: unknown[]) =>
        (
          await db.query(
            `INSERT INTO cases (reference, organisation_id, project_title, countries, zones, adviser_id, site, stage, status, outcome,
                                next_follow_up_at, opened_at, closed_at, version)
             VALUES ($1, $2, 'Chiffres', $3, $4, ${adviserId}, 'lyon', $5, $6, $7, $8, $9, $10, 1) RETURNING id`,
            values,
          )
        )[0].id as number;
      const throughIsere = await supportCase([
        'AC-2019-9001',
        association38,
        ['FR', 'SN'],
        ['france', 'sub_saharan_africa'],
        'design',
        'closed',
        'funded',
        null,
        '2019-02-01T10:00+01:00',
        '2019-06-01T10:00+02:00',
      ]);
      const declinedByRhone = await supportCase([
        'AC-2019-9002',
        authorityWithoutDepartement,
        ['MA'],
        ['maghreb'],
        'implementation',
        'open',
        null,
        '2030-01-01',
        '2019-05-01T10:00+02:00',
        null,
      ]);
      const openedIn2018 = await supportCase([
        'AC-2018-9003',
        association38,
        ['VN'],
        ['asia'],
        'design',
        'open',
        null,
        '2030-01-01',
        '2018-11-01T10:00+01:00',
        null,
      ]);
      await supportCase([
        'AC-2020-9004',
        association38,
        ['FR'],
        ['france'],
        'design',
        'open',
        null,
        '2030-01-01',
        '2020-02-01T10:00+01:00',
        null,
      ]);
      await db.query(
        `INSERT INTO assignments (case_id, relay_id, status, decline_reason, assigned_at, version) VALUES
           ($1, $3, 'completed', NULL, '2019-02-03T10:00+01:00', 1), ($2, $4, 'declined', 'Hors de notre territoire', '2019-05-02T10:00+02:00', 1)`,
        [throughIsere, declinedByRhone, isere, rhone],
      );
      await db.query(
        `INSERT INTO interactions (case_id, kind, author_id, occurred_at, minutes_spent, body, version) VALUES
           ($1, 'meeting', ${adviserId}, '2019-02-10T10:00+01:00', 60, 'Rendez-vous', 1),
           ($1, 'call', ${adviserId}, '2019-04-10T10:00+02:00', 30, 'Appel', 1),
           ($2, 'call', ${adviserId}, '2020-01-10T10:00+01:00', 45, 'Appel', 1)`,
        [throughIsere, openedIn2018],
      );

      const event = async (values: unknown[]) =>
        (
          await db.query(
            `INSERT INTO events (title, kind, role, starts_at, ends_at, online, departement, themes, site, status, head_count, version)
             VALUES ('Chiffres', $1, $2, $3, $3, $4, $5, $6, 'lyon', $7, $8, 1) RETURNING id`,
            values,
          )
        )[0].id as number;
      const workshop = await event(['workshop', 'organised', '2019-03-10T14:00+01:00', false, '38', ['funding', 'ecsi'], 'held', 5]);
      // The last half hour of 2019 in Paris.
      await event(['webinar', 'co_organised', '2019-12-31T23:30+01:00', true, null, ['funding'], 'held', 0]);
      await event(['regional_meeting', 'speaker', '2019-06-10T14:00+02:00', false, 'outside_region', [], 'held', 0]);
      // Not counted: in 2020 in Paris, or cancelled.
      await event(['workshop', 'participant', '2020-01-01T00:30+01:00', false, '63', [], 'held', 0]);
      await event(['workshop', 'organised', '2019-04-10T14:00+02:00', false, '63', ['ecsi'], 'cancelled', 40]);
      await db.query(
        `INSERT INTO registrations (event_id, name, organisation_id, status, version) VALUES
           ($1, 'Présente A', $2, 'attended', 1), ($1, 'Présente B', $2, 'attended', 1), ($1, 'Présent C', $3, 'attended', 1),
           ($1, 'Absent D', NULL, 'absent', 1)`,
        [workshop, association38, authorityWithoutDepartement],
      );
    });

    it('counts the collective events by RESACOOP’s role, their participants and the organisations present', async () => {
      const { events } = (await staff.get(FIGURES_2019).expect(200)).body.figures as KeyFigures;
      expect(events).toMatchObject({
        hosted: 2,
        asSpeaker: 1,
        asParticipant: 0,
        participants: 8,
        organisations: 2,
        associations: { count: 1, percent: 50 },
      });
      expect(shares(events.byKind)).toEqual({ workshop: [1, 50], webinar: [1, 50] });
      expect(shares(events.byTheme)).toEqual({ funding: [2, 100], ecsi: [1, 50] });
      expect(shares(events.byDepartement)).toEqual({ '38': [1, 50], null: [1, 50] });
      expect(events.byMonth.filter((month) => month.count > 0)).toEqual([
        { month: '2019-03', count: 1 },
        { month: '2019-12', count: 1 },
      ]);
    });

    it('counts requests by site, channel, topic and month, in the Paris calendar', async () => {
      const { requests } = (await staff.get(FIGURES_2019).expect(200)).body.figures as KeyFigures;
      expect(requests.total).toBe(3);
      expect(shares(requests.bySite)).toEqual({ lyon: [2, 67], clermont: [1, 33] });
      expect(shares(requests.byChannel)).toEqual({ phone: [2, 67], email: [1, 33] });
      expect(shares(requests.byTopic)).toEqual({ funding: [2, 67], training: [1, 33] });
      expect(requests.byMonth.filter((month) => month.count > 0)).toEqual([
        { month: '2019-03', count: 2 },
        { month: '2019-12', count: 1 },
      ]);
      expect(requests.byMonth).toHaveLength(12);
      expect(requests.medianFirstResponseHours).toBe(6);
      expect(requests.answeredWithinDue).toEqual({ count: 1, of: 3, percent: 33 });
    });

    it('counts cases opened, active and closed, by stage, zone, département, organisation type and outcome', async () => {
      const { cases } = (await staff.get(FIGURES_2019).expect(200)).body.figures as KeyFigures;
      expect({ opened: cases.opened, active: cases.active, closed: cases.closed }).toEqual({ opened: 2, active: 3, closed: 1 });
      expect({ ledByTeam: cases.ledByTeam, throughRelay: cases.throughRelay }).toEqual({ ledByTeam: 1, throughRelay: 1 });
      expect(shares(cases.byStage)).toEqual({ design: [1, 50], implementation: [1, 50] });
      expect(shares(cases.byZone)).toEqual({ france: [1, 50], sub_saharan_africa: [1, 50], maghreb: [1, 50] });
      expect(shares(cases.throughRelayByZone)).toEqual({ france: [1, 100], sub_saharan_africa: [1, 100] });
      expect(shares(cases.byDepartement)).toEqual({ '38': [1, 50], null: [1, 50] });
      expect(shares(cases.byOrganisationType)).toEqual({ association: [1, 50], local_authority: [1, 50] });
      expect(shares(cases.byOutcome)).toEqual({ funded: [1, 100] });
      expect(cases.byDepartement.items.map((item) => item.key).slice(0, 3)).toEqual(['01', '03', '07']);
    });

    it('counts relay assignments by relay and status, and the time spent', async () => {
      const { assignments, minutesSpent } = (await staff.get(FIGURES_2019).expect(200)).body.figures as KeyFigures;
      expect(assignments.total).toBe(2);
      const byRelay = Object.fromEntries(assignments.byRelay.map((relay) => [relay.relayId, relay]));
      expect(byRelay[isere].byStatus).toEqual({ proposed: 0, accepted: 0, completed: 1, declined: 0, withdrawn: 0 });
      expect(byRelay[rhone].byStatus).toEqual({ proposed: 0, accepted: 0, completed: 0, declined: 1, withdrawn: 0 });
      expect(assignments.byRelay).toHaveLength(4);
      expect(minutesSpent).toEqual({ requests: 45, cases: 90, total: 135 });
    });

    it('publishes a past year once, then shows the frozen figures with the live ones beside them when they differ', async () => {
      await staff.post('/api/reports/publications').send({ year: 2019 }).expect(403);
      const published = await admin.post('/api/reports/publications').send({ year: 2019 }).expect(201);
      expect(published.body).toMatchObject({ year: 2019, publishedByName: expect.any(String) });
      const conflict = await admin.post('/api/reports/publications').send({ year: 2019 }).expect(409);
      expect(conflict.body.errors).toHaveProperty('year');

      const frozen = (await staff.get(FIGURES_2019).expect(200)).body;
      expect(frozen.publication).toMatchObject({ year: 2019 });
      expect(frozen.live).toBeNull();

      // A later correction changes the live figures, never what was printed.
      await database(app).query(`UPDATE requests SET topic = 'partnership' WHERE reference = 'DI-2019-9002'`);
      await database(app).query(`UPDATE registrations SET status = 'attended' WHERE name = 'Absent D'`);
      const corrected = (await staff.get(FIGURES_2019).expect(200)).body;
      expect([corrected.figures.events.participants, corrected.live.events.participants]).toEqual([8, 9]);
      expect(shares(corrected.figures.requests.byTopic)).toEqual({ funding: [2, 67], training: [1, 33] });
      expect(shares(corrected.live.requests.byTopic)).toEqual({ funding: [1, 33], partnership: [1, 33], training: [1, 33] });

      const publications = (await staff.get('/api/reports/publications').expect(200)).body;
      expect(publications.map((publication: { year: number }) => publication.year)).toContain(2019);
      const audit = (await admin.get(`/api/audit-events?filter=${JSON.stringify({ entity: 'publication', entityId: 2019 })}`).expect(200))
        .body;
      expect(audit).toHaveLength(1);
    });

    it('refuses to publish a year that is not over', async () => {
      const thisYear = Number(new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Paris', year: 'numeric' }).format(new Date()));
      const { body } = await admin.post('/api/reports/publications').send({ year: thisYear }).expect(400);
      expect(body.errors).toHaveProperty('year');
      await admin.post('/api/reports/publications').send({ year: 'deux mille' }).expect(400);
    });
  });

  it('gives no percentage and no median for a period with no request, rather than 0', async () => {
    // 1990: before any record of the network.
    const { body } = await staff.get('/api/reports/key-figures?from=1990-01-01&to=1990-12-31').expect(200);
    expect(body.figures.requests).toMatchObject({
      total: 0,
      medianFirstResponseHours: null,
      answeredWithinDue: { count: 0, of: 0, percent: null },
    });
    expect(body.figures.cases).toMatchObject({ opened: 0, active: 0, closed: 0 });
  });

  it('exports the figures as CSV for a French spreadsheet: cells separated by ;', async () => {
    const response = await staff.get('/api/reports/key-figures/export.csv?from=2024-01-01&to=2024-12-31').expect(200);
    expect(response.headers['content-type']).toMatch(/^text\/csv/);
    const text = response.text;
    expect(text.startsWith('\uFEFF')).toBe(true);
    expect(text).toContain('Demandes;Demandes d’information reçues;;350;');
    expect(text).toContain('Accompagnements;Zone (relais) : France;france;77;57');
    expect(text).toContain('Temps collectifs;Participants (présents inscrits et publics comptés);;3850;');
    expect(text).toContain('Temps collectifs;dont associations;;920;73');
  });

  it('answers for the current year by default, and refuses a bad period naming the field', async () => {
    const { body } = await staff.get('/api/reports/key-figures').expect(200);
    expect(body.figures.period.from).toMatch(/^\d{4}-01-01$/);
    expect((await staff.get('/api/reports/key-figures?from=2024-02-30').expect(400)).body.errors).toHaveProperty('from');
    expect((await staff.get('/api/reports/key-figures?from=2024-05-01&to=2024-04-01').expect(400)).body.errors).toHaveProperty('to');
    expect((await staff.get('/api/reports/key-figures?from=1990-01-01&to=2024-01-01').expect(400)).body.errors).toHaveProperty('to');
    await staff.get('/api/reports/key-figures?year=2024').expect(400);
  });

  it('is for staff and admins only', async () => {
    await client(app).get('/api/reports/key-figures').expect(401);
    const relay = await loginAs(app, 'relayIsere');
    await relay.get('/api/reports/key-figures').expect(403);
    await relay.get('/api/reports/key-figures/export.csv').expect(403);
    await relay.get('/api/reports/publications').expect(403);
  });
});

describe('dashboard', () => {
  let app: INestApplication;

  beforeAll(async () => {
    app = await startApp();
  });
  afterAll(() => app.close());

  it('shows a user their own overdue and due-soon requests and follow-ups, and the proposals awaiting a relay', async () => {
    const admin = await loginAs(app, 'admin');
    const email = `${unique('tableau-')}@resacoop.test`;
    const user = (
      await admin
        .post('/api/users')
        .send({ email, fullName: 'Tableau de bord', role: 'staff', site: 'lyon', password: DEMO_PASSWORD })
        .expect(201)
    ).body;
    const adviser = await loginAs(app, email);
    const db = database(app);
    const organisationId = (
      await adviser
        .post('/api/organisations')
        .send({ name: unique('Tableau '), type: 'association', departement: '38' })
        .expect(201)
    ).body.id;
    const logRequest = async () =>
      (
        await adviser
          .post('/api/requests')
          .send({
            channel: 'phone',
            topic: 'funding',
            subject: unique('Tableau '),
            question: '?',
            requesterName: 'M. Test',
            assigneeId: user.id,
          })
          .expect(201)
      ).body;
    const overdue = await logRequest();
    const dueSoon = await logRequest();
    const later = await logRequest();
    await db.query(`UPDATE requests SET due_at = now() - interval '1 hour' WHERE id = $1`, [overdue.id]);
    await db.query(`UPDATE requests SET due_at = now() + interval '1 minute' WHERE id = $1`, [dueSoon.id]);
    await db.query(`UPDATE requests SET due_at = now() + interval '30 days' WHERE id = $1`, [later.id]);
    const openCase = async (nextFollowUpAt: string) =>
      (
        await adviser
          .post('/api/cases')
          .send({ organisationId, projectTitle: unique('Tableau '), nextFollowUpAt, countries: ['SN'], adviserId: user.id })
          .expect(201)
      ).body;
    const lateCase = await openCase('2030-01-01');
    await db.query(`UPDATE cases SET next_follow_up_at = current_date - 3 WHERE id = $1`, [lateCase.id]);
    await openCase('2030-01-01');
    const proposal = (await adviser.post('/api/assignments').send({ caseId: lateCase.id }).expect(201)).body;

    const requestsThisYear = async () =>
      (
        await db.query(
          `SELECT count(*)::int AS count FROM requests
            WHERE received_at >= date_trunc('year', now() AT TIME ZONE 'Europe/Paris') AT TIME ZONE 'Europe/Paris'
              AND received_at < (date_trunc('year', now() AT TIME ZONE 'Europe/Paris') + interval '1 year') AT TIME ZONE 'Europe/Paris'`,
        )
      )[0].count as number;
    const requestsBefore = await requestsThisYear();
    const { body } = await adviser.get('/api/dashboard').expect(200);
    expect(body.requests.overdue.map((item: { id: number }) => item.id)).toEqual([overdue.id]);
    expect(body.requests.overdueCount).toBe(1);
    expect(body.requests.dueSoon.map((item: { id: number }) => item.id)).toEqual([dueSoon.id]);
    expect(body.followUps.overdue.map((item: { id: number }) => item.id)).toEqual([lateCase.id]);
    expect(body.followUps.overdue[0]).not.toHaveProperty('total');
    expect(body.followUps.dueSoonCount).toBe(0);
    expect(body.assignments.unacknowledged).toEqual([expect.objectContaining({ id: proposal.id, caseId: lateCase.id })]);
    // Suites beside this one log requests too: the figure lies between the counts before and after it.
    expect(body.figures.requests).toBeGreaterThanOrEqual(requestsBefore);
    expect(body.figures.requests).toBeLessThanOrEqual(await requestsThisYear());

    // The relay the case went to sees the proposal and the follow-up, and no figures.
    const relay = await loginAs(app, 'relayIsere');
    const relayView = (await relay.get('/api/dashboard').expect(200)).body;
    // The oldest unanswered proposals first, ten at most: other suites propose to this relay too.
    const listed = relayView.assignments.unacknowledged as { id: number; assignedAt: string }[];
    if (!listed.some((item) => item.id === proposal.id)) {
      expect(listed).toHaveLength(10);
      expect(listed.every((item) => item.assignedAt <= proposal.assignedAt)).toBe(true);
    }
    expect(relayView.assignments.count).toBeGreaterThanOrEqual(listed.length);
    expect(relayView.followUps.overdue.map((item: { id: number }) => item.id)).toContain(lateCase.id);
    expect(relayView.requests.overdueCount).toBe(0);
    expect(relayView.figures).toBeNull();
    await client(app).get('/api/dashboard').expect(401);
  });

  /** The five numbers the home page shows, as the key figures of the year give them. */
  const headlineOf = (figures: KeyFigures, year: number): HeadlineFigures => ({
    year,
    requests: figures.requests.total,
    casesOpened: figures.cases.opened,
    casesActive: figures.cases.active,
    casesThroughRelay: figures.cases.throughRelay,
    answeredWithinDuePercent: figures.requests.answeredWithinDue.percent,
  });

  it('counts its headline figures on its own, equal to those of the key figures of the year', async () => {
    // The demo year, which no suite writes to.
    const demo = await app.get(DashboardService).headline(2024);
    expect(demo).toEqual(headlineOf(await app.get(KeyFiguresService).compute('2024-01-01', '2024-12-31'), 2024));
    expect(demo).toMatchObject({ year: 2024, requests: 350, casesOpened: 314, casesThroughRelay: 134 });
    expect(demo.casesActive).toBeGreaterThanOrEqual(demo.casesOpened);
    expect(demo.answeredWithinDuePercent).toEqual(expect.any(Number));

    // This year, through the API, as the console reads it. Suites beside this one write records of
    // this year: compare only when the key figures read just before and just after the dashboard agree.
    const staff = await loginAs(app, 'staff');
    const year = Number(parisDay(new Date()).slice(0, 4));
    const keyFigures = async () =>
      headlineOf((await staff.get(`/api/reports/key-figures?from=${year}-01-01&to=${year}-12-31`).expect(200)).body.figures, year);
    for (let attempt = 1; ; attempt++) {
      const before = await keyFigures();
      const { body } = await staff.get('/api/dashboard').expect(200);
      const after = await keyFigures();
      if (JSON.stringify(before) === JSON.stringify(after)) {
        expect(body.figures).toEqual(before);
        break;
      }
      if (attempt === 10) throw new Error(`this year's key figures kept changing: ${JSON.stringify([before, after])}`);
    }
  });
});

describe('CSV export of every list', () => {
  let app: INestApplication;
  let admin: TestAgent;

  beforeAll(async () => {
    app = await startApp();
    admin = await loginAs(app, 'admin');
  });
  afterAll(() => app.close());

  const RESOURCES = [
    'organisations',
    'contacts',
    'requests',
    'cases',
    'assignments',
    'interactions',
    'relays',
    'users',
    'notifications',
    'audit-events',
  ];

  it.each(RESOURCES)('exports %s with a BOM, a header line and the rows of the list', async (resource) => {
    const list = await admin.get(`/api/${resource}?range=[0,0]`).expect(200);
    const total = Number(list.headers['content-range'].split('/')[1]);
    const response = await admin.get(`/api/${resource}/export.csv`).expect(200);
    expect(response.headers['content-type']).toMatch(/^text\/csv/);
    expect(response.headers['content-disposition']).toMatch(/^attachment; filename=".+\.csv"$/);
    const text = response.text;
    // A French reader's format: cells separated by ;.
    expect(text.startsWith('\uFEFFid;')).toBe(true);
    // Records can span lines (notes with line breaks): count the ids at line starts instead.
    const ids = new Set(
      text
        .split('\n')
        .slice(1)
        .map((line) => line.split(';')[0])
        .filter((id) => /^\d+$/.test(id)),
    );
    expect(ids.size).toBeGreaterThanOrEqual(Math.min(total, 1));
  });

  it('honours the list filter and sort, across batches, and keeps formulas inert', async () => {
    const db = database(app);
    const prefix = unique('=Export');
    await db.query(
      `INSERT INTO organisations (name, type, version) SELECT $1 || lpad(n::text, 5, '0'), 'company', 1 FROM generate_series(1, 2500) AS n`,
      [prefix],
    );
    const filter = encodeURIComponent(JSON.stringify({ q: prefix.slice(1) }));
    const response = await admin
      .get(`/api/organisations/export.csv?filter=${filter}&sort=${encodeURIComponent('["name","DESC"]')}`)
      .expect(200);
    const lines = response.text.trim().split('\n').slice(1);
    expect(lines).toHaveLength(2500);
    expect(lines[0].split(';')[1]).toBe(`'${prefix}02500`);
    expect(lines[2499].split(';')[1]).toBe(`'${prefix}00001`);
  });

  it('refuses an unknown filter or sort field with a 400 naming it', async () => {
    expect((await admin.get('/api/requests/export.csv?filter={"secret":1}').expect(400)).body.errors).toHaveProperty(['filter.secret']);
    expect((await admin.get('/api/cases/export.csv?sort=["nope","ASC"]').expect(400)).body.errors).toHaveProperty('sort');
  });
});
