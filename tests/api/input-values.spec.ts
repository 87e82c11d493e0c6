import type { INestApplication } from '@nestjs/common';
import type TestAgent from 'supertest/lib/agent';
import { client, DEMO_PASSWORD, loginAs, startApp, unique } from './support/app';

const NUL = 'a\u0000b';
const LONE_SURROGATE = 'a\ud800b';
const IMPOSSIBLE_DAYS = ['2026-13-01', '2024-02-30', '2024-99-01'];
/** Accepted by class-validator's IsISO8601 in strict mode, yet not a date JavaScript can read. */
const UNREADABLE_TIMESTAMPS = ['2024-02-30T10:00:00Z', '2024-W01', '20240101', '2024-01-01T24:00:00Z'];

interface Refusal {
  label: string;
  send: (agents: { admin: TestAgent; anonymous: TestAgent }, ids: Record<string, number>) => Promise<{ status: number; body: unknown }>;
  field: string;
}

const filterQuery = (filter: object) => ({ filter: JSON.stringify(filter) });

/** Every kind of place a text reaches PostgreSQL through: bodies, query parameters, list filters, on anonymous and logged-in routes. */
const TEXT_REFUSALS: Refusal[] = [NUL, LONE_SURROGATE].flatMap((text) => [
  {
    label: `login e-mail ${JSON.stringify(text)}`,
    send: ({ anonymous }) => anonymous.post('/api/auth/login').send({ email: `${text}@resacoop.test`, password: DEMO_PASSWORD }),
    field: 'email',
  },
  {
    label: `new organisation name ${JSON.stringify(text)}`,
    send: ({ admin }) => admin.post('/api/organisations').send({ name: text, type: 'association', departement: '38' }),
    field: 'name',
  },
  {
    label: `contact's first name ${JSON.stringify(text)}`,
    send: ({ admin }, ids) => admin.put(`/api/contacts/${ids.contact}`).send({ firstName: text, version: 1 }),
    field: 'firstName',
  },
  {
    label: `case's countries ${JSON.stringify(text)}`,
    send: ({ admin }, ids) =>
      admin
        .post('/api/cases')
        .send({ organisationId: ids.organisation, projectTitle: 'x', nextFollowUpAt: '2030-01-15', countries: ['FR', text] }),
    field: 'countries.1',
  },
  {
    label: `search text ${JSON.stringify(text)}`,
    send: ({ admin }) => admin.get('/api/organisations').query(filterQuery({ q: text })),
    field: 'filter.q',
  },
  {
    label: `text filter ${JSON.stringify(text)}`,
    send: ({ admin }) => admin.get('/api/requests').query(filterQuery({ status: [text] })),
    field: 'filter.status.0',
  },
  {
    label: `report period ${JSON.stringify(text)}`,
    send: ({ admin }) => admin.get('/api/reports/key-figures').query({ from: text, to: '2024-12-31' }),
    field: 'from',
  },
  {
    label: `import mapping ${JSON.stringify(text)}`,
    send: ({ admin }) =>
      admin.post('/api/organisations/import').query({ mode: 'preview', mapping: text }).set('Content-Type', 'text/csv').send('nom\nA'),
    field: 'mapping',
  },
]);

/** A line break where one line is expected: names, titles, addresses of e-mail (a person's, a user's, a requester's). */
const LINE_BREAK = 'Jean\r\nBcc: x@evil.test';
const LINE_REFUSALS: Refusal[] = [
  {
    label: 'organisation name',
    send: ({ admin }) => admin.post('/api/organisations').send({ name: LINE_BREAK, type: 'association', departement: '38' }),
    field: 'name',
  },
  {
    label: 'organisation tag',
    send: ({ admin }) => admin.post('/api/organisations').send({ name: 'Tags', type: 'association', departement: '38', tags: ['a\nb'] }),
    field: 'tags',
  },
  {
    label: "contact's last name",
    send: ({ admin }, ids) => admin.put(`/api/contacts/${ids.contact}`).send({ lastName: LINE_BREAK, version: 1 }),
    field: 'lastName',
  },
  {
    label: "contact's e-mail",
    send: ({ admin }, ids) => admin.put(`/api/contacts/${ids.contact}`).send({ email: '"a\r\nb"@example.org', version: 1 }),
    field: 'email',
  },
  {
    label: "case's project title",
    send: ({ admin }, ids) =>
      admin.post('/api/cases').send({ organisationId: ids.organisation, projectTitle: LINE_BREAK, nextFollowUpAt: '2030-01-15' }),
    field: 'projectTitle',
  },
  {
    label: "request's subject",
    send: ({ admin }) =>
      admin.post('/api/requests').send({ channel: 'phone', topic: 'funding', subject: LINE_BREAK, question: 'y', requesterName: 'M. X' }),
    field: 'subject',
  },
  {
    label: "request's requester e-mail",
    send: ({ admin }) =>
      admin.post('/api/requests').send({
        channel: 'email',
        topic: 'funding',
        subject: 'x',
        question: 'y',
        requesterName: 'M. X',
        requesterEmail: '"a\nb"@example.org',
      }),
    field: 'requesterEmail',
  },
  {
    label: "user's full name",
    send: ({ admin }) =>
      admin.post('/api/users').send({
        email: `${unique('u')}@resacoop.test`,
        fullName: LINE_BREAK,
        role: 'staff',
        site: 'lyon',
        password: 'une phrase de passe longue',
      }),
    field: 'fullName',
  },
  {
    label: "event's title",
    send: ({ admin }) =>
      admin
        .post('/api/events')
        .send({ title: LINE_BREAK, kind: 'workshop', role: 'organised', startsAt: '2030-03-12T13:00:00Z', endsAt: '2030-03-12T16:00:00Z' }),
    field: 'title',
  },
];

/** Every date and day a client sends: body timestamps and days, list filters, report periods. */
const DATE_REFUSALS: Refusal[] = [
  ...IMPOSSIBLE_DAYS.flatMap((day): Refusal[] => [
    {
      label: `report from ${day}`,
      send: ({ admin }) => admin.get('/api/reports/key-figures').query({ from: day, to: '2026-12-31' }),
      field: 'from',
    },
    {
      label: `report to ${day}`,
      send: ({ admin }) => admin.get('/api/reports/key-figures').query({ from: '2024-01-01', to: day }),
      field: 'to',
    },
    {
      label: `report export from ${day}`,
      send: ({ admin }) => admin.get('/api/reports/key-figures/export.csv').query({ from: day, to: '2026-12-31' }),
      field: 'from',
    },
    {
      label: `cases openedSince ${day}`,
      send: ({ admin }) => admin.get('/api/cases').query(filterQuery({ openedSince: day })),
      field: 'filter.openedSince',
    },
    {
      label: `cases openedBefore ${day}`,
      send: ({ admin }) => admin.get('/api/cases').query(filterQuery({ openedBefore: day })),
      field: 'filter.openedBefore',
    },
    {
      label: `requests receivedBefore ${day}T10:00`,
      send: ({ admin }) => admin.get('/api/requests').query(filterQuery({ receivedBefore: `${day}T10:00` })),
      field: 'filter.receivedBefore',
    },
    {
      label: `case nextFollowUpAt ${day}`,
      send: ({ admin }, ids) => admin.post('/api/cases').send({ organisationId: ids.organisation, projectTitle: 'x', nextFollowUpAt: day }),
      field: 'nextFollowUpAt',
    },
  ]),
  ...UNREADABLE_TIMESTAMPS.flatMap((timestamp): Refusal[] => [
    {
      label: `request receivedAt ${timestamp}`,
      send: ({ admin }) =>
        admin
          .post('/api/requests')
          .send({ channel: 'phone', topic: 'funding', subject: 'x', question: 'y', requesterName: 'M. X', receivedAt: timestamp }),
      field: 'receivedAt',
    },
    {
      label: `interaction occurredAt ${timestamp}`,
      send: ({ admin }, ids) => admin.post('/api/interactions').send({ caseId: ids.case, kind: 'note', body: 'x', occurredAt: timestamp }),
      field: 'occurredAt',
    },
    {
      label: `contact newsletterConsentAt ${timestamp}`,
      send: ({ admin }, ids) => admin.put(`/api/contacts/${ids.contact}`).send({ newsletterConsentAt: timestamp, version: 1 }),
      field: 'newsletterConsentAt',
    },
    {
      label: `requests receivedSince ${timestamp}`,
      send: ({ admin }) => admin.get('/api/requests').query(filterQuery({ receivedSince: timestamp })),
      field: 'filter.receivedSince',
    },
  ]),
];

/**
 * A NUL character (PostgreSQL refuses it in text), a lone surrogate (it would be stored as U+FFFD), a line break in a
 * text of one line and a day the calendar does not have are refused with a 400 naming the field, wherever they are
 * sent: never a 500, and never a date quietly moved to another day.
 */
describe('texts and dates a client sends', () => {
  let app: INestApplication;
  let agents: { admin: TestAgent; anonymous: TestAgent };
  const ids: Record<string, number> = {};

  beforeAll(async () => {
    app = await startApp();
    agents = { admin: await loginAs(app, 'admin'), anonymous: client(app) };
    const { admin } = agents;
    ids.organisation = (
      await admin
        .post('/api/organisations')
        .send({ name: unique('Cible '), type: 'association', departement: '38' })
        .expect(201)
    ).body.id;
    ids.contact = (
      await admin.post('/api/contacts').send({ organisationId: ids.organisation, firstName: 'Ana', lastName: unique() }).expect(201)
    ).body.id;
    ids.case = (
      await admin
        .post('/api/cases')
        .send({ organisationId: ids.organisation, projectTitle: unique('Projet '), nextFollowUpAt: '2030-01-15' })
        .expect(201)
    ).body.id;
  });
  afterAll(() => app.close());

  it.each([...TEXT_REFUSALS, ...LINE_REFUSALS, ...DATE_REFUSALS].map((refusal) => [refusal.label, refusal] as const))(
    'refuses %s with a 400 naming it',
    async (_, refusal) => {
      const response = await refusal.send(agents, ids);
      expect({ status: response.status, fields: Object.keys((response.body as { errors?: object }).errors ?? {}) }).toEqual({
        status: 400,
        fields: [refusal.field],
      });
    },
  );

  it('still takes the days and instants that exist', async () => {
    const { admin } = agents;
    await admin.get('/api/reports/key-figures').query({ from: '2024-02-29', to: '2024-12-31' }).expect(200);
    await admin
      .get('/api/cases')
      .query(filterQuery({ openedSince: '2024-02-29', openedBefore: '2024-03-01T10:00+01:00' }))
      .expect(200);
    await admin
      .post('/api/interactions')
      .send({ caseId: ids.case, kind: 'note', body: 'Île 🙂', occurredAt: '2024-02-29T23:59:59Z' })
      .expect(201);
  });
});
