import type { INestApplication } from '@nestjs/common';
import type TestAgent from 'supertest/lib/agent';
import { client, DEMO_PASSWORD, loginAs, unique } from '../api/support/app';
import { startIsolatedApp } from './support/environment';
import { routesOf } from './support/routes';

// Databases of its own, many requests: minutes on a loaded 2-core machine.
jest.setTimeout(300_000);

type Caller = 'anonymous' | 'deactivated' | 'admin' | 'staffLyon' | 'staffClermont' | 'relayAssigned' | 'relayOther';
const CALLERS: Caller[] = ['anonymous', 'deactivated', 'admin', 'staffLyon', 'staffClermont', 'relayAssigned', 'relayOther'];
const LOGINS: Partial<Record<Caller, string>> = {
  admin: 'admin',
  staffLyon: 'staff',
  staffClermont: 'staffClermont',
  relayAssigned: 'relayIsere',
  relayOther: 'relayRhone',
};

const EVERYONE = CALLERS;
const LOGGED_IN: Caller[] = ['admin', 'staffLyon', 'staffClermont', 'relayAssigned', 'relayOther'];
const TEAM: Caller[] = ['admin', 'staffLyon', 'staffClermont'];
const ADMIN: Caller[] = ['admin'];
/** The relay a case is assigned to reaches that case, its organisation, contacts and timeline. */
const TEAM_AND_ASSIGNED_RELAY: Caller[] = [...TEAM, 'relayAssigned'];
const TEAM_AND_RELAYS: Caller[] = [...TEAM, 'relayAssigned', 'relayOther'];

interface Call {
  path: string;
  body?: object | string;
  contentType?: string;
}

interface Row {
  /** Who gets past access control; everyone else is refused (401 without a live session, else 403 or 404). */
  allowed: Caller[];
  /** The call; bodies are stale or invalid on purpose, so an allowed caller gets 400/409 and nothing changes. */
  call: (ids: Ids, caller: Caller) => Call | Promise<Call>;
  /** Statuses that mean "let in" for this row (default: any 2xx, 400, 409). */
  letIn?: number[];
  /** Log in again before calling (the call ends the session). */
  freshSession?: boolean;
}

interface Ids {
  organisation: number;
  contact: number;
  request: number;
  case: number;
  assignment: number;
  interaction: number;
  user: number;
  relay: number;
  auditEvent: number;
  readLog: number;
  /** A published event the assigned relay (Isère) runs, its public page's token, and one registration for it. */
  event: number;
  publicToken: string;
  registration: number;
  throwawayOrganisation(): Promise<number>;
  throwawayEvent(): Promise<number>;
  throwawayContact(): Promise<number>;
  answerTemplate: number;
  throwawayAnswerTemplate(): Promise<number>;
}

const STALE = { version: 999_999 };
const get = (path: string) => (): Call => ({ path });

/**
 * Every route of the API, keyed as the application registers it. A route the application serves
 * that has no row here fails the suite: a new endpoint must say who may call it.
 */
const MATRIX: Record<string, Row> = {
  'GET /api/health': { allowed: EVERYONE, call: get('/api/health') },
  'GET /api/health/ready': { allowed: EVERYONE, call: get('/api/health/ready') },
  'GET /api/docs': { allowed: EVERYONE, call: get('/api/docs'), letIn: [200, 301] },
  'GET /api/docs/': { allowed: EVERYONE, call: get('/api/docs/') },
  'GET /api/docs/index.html': { allowed: EVERYONE, call: get('/api/docs/index.html') },
  'GET /api/docs/LICENSE': { allowed: EVERYONE, call: get('/api/docs/LICENSE'), letIn: [200, 404] },
  // Swagger UI's own files (@fastify/static under the documentation's path).
  'GET /api/docs/*': { allowed: EVERYONE, call: get('/api/docs/swagger-ui.css') },
  'GET /api/docs/swagger-ui-init.js': { allowed: EVERYONE, call: get('/api/docs/swagger-ui-init.js') },
  'GET /api/docs/docs/swagger-ui-init.js': { allowed: EVERYONE, call: get('/api/docs/docs/swagger-ui-init.js') },
  'GET /api/docs-json': { allowed: EVERYONE, call: get('/api/docs-json') },
  'GET /api/docs-yaml': { allowed: EVERYONE, call: get('/api/docs-yaml') },

  'POST /api/auth/login': { allowed: EVERYONE, call: () => ({ path: '/api/auth/login', body: {} }) },
  'POST /api/auth/logout': { allowed: LOGGED_IN, call: () => ({ path: '/api/auth/logout', body: {} }), freshSession: true },
  'GET /api/auth/me': { allowed: LOGGED_IN, call: get('/api/auth/me') },

  'GET /api/users': { allowed: TEAM, call: get('/api/users') },
  'GET /api/users/export.csv': { allowed: ADMIN, call: get('/api/users/export.csv') },
  'GET /api/users/:id': { allowed: TEAM, call: (ids) => ({ path: `/api/users/${ids.user}` }) },
  'POST /api/users': { allowed: ADMIN, call: () => ({ path: '/api/users', body: {} }) },
  'PUT /api/users/me/preferences': { allowed: LOGGED_IN, call: () => ({ path: '/api/users/me/preferences', body: {} }) },
  'PUT /api/users/:id': { allowed: ADMIN, call: (ids) => ({ path: `/api/users/${ids.user}`, body: STALE }) },

  'GET /api/relays': { allowed: TEAM, call: get('/api/relays') },
  'GET /api/relays/export.csv': { allowed: TEAM, call: get('/api/relays/export.csv') },
  'GET /api/relays/:id': { allowed: TEAM, call: (ids) => ({ path: `/api/relays/${ids.relay}` }) },
  'PUT /api/relays/:id': { allowed: ADMIN, call: (ids) => ({ path: `/api/relays/${ids.relay}`, body: STALE }) },

  'GET /api/organisations': { allowed: TEAM_AND_RELAYS, call: get('/api/organisations') },
  'GET /api/organisations/export.csv': { allowed: TEAM, call: get('/api/organisations/export.csv') },
  'GET /api/organisations/:id': { allowed: TEAM_AND_ASSIGNED_RELAY, call: (ids) => ({ path: `/api/organisations/${ids.organisation}` }) },
  'GET /api/organisations/:id/duplicates': {
    allowed: TEAM,
    call: (ids) => ({ path: `/api/organisations/${ids.organisation}/duplicates` }),
  },
  'POST /api/organisations/:id/merge': {
    allowed: ADMIN,
    call: (ids) => ({ path: `/api/organisations/${ids.organisation}/merge`, body: {} }),
  },
  'POST /api/organisations': { allowed: TEAM, call: () => ({ path: '/api/organisations', body: {} }) },
  'POST /api/organisations/import': {
    allowed: TEAM,
    call: () => ({ path: '/api/organisations/import?mode=preview', body: '', contentType: 'text/csv' }),
  },
  'PUT /api/organisations/:id': { allowed: TEAM, call: (ids) => ({ path: `/api/organisations/${ids.organisation}`, body: STALE }) },
  'DELETE /api/organisations/:id': {
    allowed: TEAM,
    call: async (ids) => ({ path: `/api/organisations/${await ids.throwawayOrganisation()}` }),
  },

  'GET /api/contacts': { allowed: TEAM_AND_RELAYS, call: get('/api/contacts') },
  'GET /api/contacts/export.csv': { allowed: TEAM, call: get('/api/contacts/export.csv') },
  'GET /api/contacts/:id': { allowed: TEAM_AND_ASSIGNED_RELAY, call: (ids) => ({ path: `/api/contacts/${ids.contact}` }) },
  'GET /api/contacts/:id/personal-data': { allowed: TEAM, call: (ids) => ({ path: `/api/contacts/${ids.contact}/personal-data` }) },
  'POST /api/contacts/:id/erase': { allowed: ADMIN, call: (ids) => ({ path: `/api/contacts/${ids.contact}/erase`, body: STALE }) },
  'POST /api/contacts': { allowed: TEAM, call: () => ({ path: '/api/contacts', body: {} }) },
  'POST /api/contacts/import': {
    allowed: TEAM,
    call: () => ({ path: '/api/contacts/import?mode=preview', body: '', contentType: 'text/csv' }),
  },
  'PUT /api/contacts/:id': { allowed: TEAM, call: (ids) => ({ path: `/api/contacts/${ids.contact}`, body: STALE }) },
  'DELETE /api/contacts/:id': { allowed: TEAM, call: async (ids) => ({ path: `/api/contacts/${await ids.throwawayContact()}` }) },
  'GET /api/personal-data-reads': { allowed: ADMIN, call: get('/api/personal-data-reads') },
  'GET /api/personal-data-reads/:id': { allowed: ADMIN, call: (ids) => ({ path: `/api/personal-data-reads/${ids.readLog}` }) },

  'GET /api/requests': { allowed: TEAM, call: get('/api/requests') },
  'GET /api/requests/export.csv': { allowed: TEAM, call: get('/api/requests/export.csv') },
  'GET /api/requests/:id': { allowed: TEAM, call: (ids) => ({ path: `/api/requests/${ids.request}` }) },
  'POST /api/requests': { allowed: TEAM, call: () => ({ path: '/api/requests', body: {} }) },
  'PUT /api/requests/:id': { allowed: TEAM, call: (ids) => ({ path: `/api/requests/${ids.request}`, body: STALE }) },
  'POST /api/requests/:id/convert-to-case': {
    allowed: TEAM,
    call: (ids) => ({ path: `/api/requests/${ids.request}/convert-to-case`, body: { projectTitle: 123 } }),
  },
  'GET /api/requests/:id/mail-messages': { allowed: TEAM, call: (ids) => ({ path: `/api/requests/${ids.request}/mail-messages` }) },
  'GET /api/requests/:id/mail-attachments': { allowed: TEAM, call: (ids) => ({ path: `/api/requests/${ids.request}/mail-attachments` }) },
  // No file on the seeded request: the team gets past access control to a 404.
  'GET /api/requests/:id/mail-attachments/:attachmentId': {
    allowed: TEAM,
    letIn: [404],
    call: (ids) => ({ path: `/api/requests/${ids.request}/mail-attachments/1` }),
  },
  'POST /api/requests/:id/email-answer': {
    allowed: TEAM,
    call: (ids) => ({ path: `/api/requests/${ids.request}/email-answer`, body: {} }),
  },
  // No failed e-mail on the seeded request: the team gets past access control to a 404.
  'POST /api/requests/:id/mail-messages/:messageId/resend': {
    allowed: TEAM,
    letIn: [404],
    call: (ids) => ({ path: `/api/requests/${ids.request}/mail-messages/1/resend`, body: {} }),
  },

  'GET /api/interactions': { allowed: TEAM_AND_RELAYS, call: get('/api/interactions') },
  'GET /api/interactions/export.csv': { allowed: TEAM, call: get('/api/interactions/export.csv') },
  'GET /api/interactions/:id': { allowed: TEAM_AND_ASSIGNED_RELAY, call: (ids) => ({ path: `/api/interactions/${ids.interaction}` }) },
  'POST /api/interactions': { allowed: TEAM_AND_RELAYS, call: () => ({ path: '/api/interactions', body: {} }) },

  'GET /api/cases': { allowed: TEAM_AND_RELAYS, call: get('/api/cases') },
  'GET /api/cases/export.csv': { allowed: TEAM, call: get('/api/cases/export.csv') },
  'GET /api/cases/:id': { allowed: TEAM_AND_ASSIGNED_RELAY, call: (ids) => ({ path: `/api/cases/${ids.case}` }) },
  'GET /api/cases/:id/adviser': {
    allowed: TEAM_AND_ASSIGNED_RELAY,
    call: (ids) => ({ path: `/api/cases/${ids.case}/adviser` }),
  },
  'GET /api/cases/:id/stage-history': {
    allowed: TEAM_AND_ASSIGNED_RELAY,
    call: (ids) => ({ path: `/api/cases/${ids.case}/stage-history` }),
  },
  'POST /api/cases': { allowed: TEAM, call: () => ({ path: '/api/cases', body: {} }) },
  'PUT /api/cases/:id': {
    allowed: TEAM_AND_ASSIGNED_RELAY,
    call: (ids) => ({ path: `/api/cases/${ids.case}`, body: { ...STALE, stage: 'reporting' } }),
  },

  'GET /api/assignments': { allowed: TEAM_AND_RELAYS, call: get('/api/assignments') },
  'GET /api/assignments/export.csv': { allowed: TEAM, call: get('/api/assignments/export.csv') },
  'GET /api/assignments/:id': { allowed: TEAM_AND_ASSIGNED_RELAY, call: (ids) => ({ path: `/api/assignments/${ids.assignment}` }) },
  'POST /api/assignments': { allowed: TEAM, call: () => ({ path: '/api/assignments', body: {} }) },
  'POST /api/assignments/:id/accept': {
    allowed: ['relayAssigned'],
    call: (ids) => ({ path: `/api/assignments/${ids.assignment}/accept`, body: STALE }),
  },
  // Only the relay answers a proposal; only the team withdraws one.
  'POST /api/assignments/:id/decline': {
    allowed: ['relayAssigned'],
    call: (ids) => ({ path: `/api/assignments/${ids.assignment}/decline`, body: { ...STALE, declineReason: 'x' } }),
  },
  'POST /api/assignments/:id/withdraw': {
    allowed: TEAM,
    call: (ids) => ({ path: `/api/assignments/${ids.assignment}/withdraw`, body: STALE }),
  },
  'POST /api/assignments/:id/complete': {
    allowed: TEAM_AND_ASSIGNED_RELAY,
    call: (ids) => ({ path: `/api/assignments/${ids.assignment}/complete`, body: STALE }),
  },

  // Everyone has their own notifications: another person's is "not found" for them.
  'GET /api/notifications': { allowed: LOGGED_IN, call: get('/api/notifications') },
  'GET /api/notifications/export.csv': { allowed: LOGGED_IN, call: get('/api/notifications/export.csv') },
  'GET /api/notifications/:id': { allowed: LOGGED_IN, call: get('/api/notifications/2000000000'), letIn: [404] },
  'POST /api/notifications/read-all': { allowed: LOGGED_IN, call: () => ({ path: '/api/notifications/read-all', body: {} }) },
  'POST /api/notifications/:id/read': {
    allowed: LOGGED_IN,
    call: () => ({ path: '/api/notifications/2000000000/read', body: {} }),
    letIn: [404],
  },

  'GET /api/events': { allowed: TEAM_AND_RELAYS, call: get('/api/events') },
  'GET /api/events/export.csv': { allowed: TEAM, call: get('/api/events/export.csv') },
  'GET /api/events/export.ics': { allowed: TEAM, call: get('/api/events/export.ics') },
  'GET /api/events/:id': { allowed: TEAM_AND_ASSIGNED_RELAY, call: (ids) => ({ path: `/api/events/${ids.event}` }) },
  'POST /api/events': { allowed: TEAM_AND_RELAYS, call: () => ({ path: '/api/events', body: {} }) },
  'PUT /api/events/:id': { allowed: TEAM_AND_ASSIGNED_RELAY, call: (ids) => ({ path: `/api/events/${ids.event}`, body: STALE }) },
  'DELETE /api/events/:id': { allowed: TEAM, call: async (ids) => ({ path: `/api/events/${await ids.throwawayEvent()}` }) },
  'POST /api/events/:id/publish': {
    allowed: TEAM_AND_ASSIGNED_RELAY,
    call: (ids) => ({ path: `/api/events/${ids.event}/publish`, body: STALE }),
  },
  'POST /api/events/:id/cancel': {
    allowed: TEAM_AND_ASSIGNED_RELAY,
    call: (ids) => ({ path: `/api/events/${ids.event}/cancel`, body: STALE }),
  },
  'POST /api/events/:id/hold': {
    allowed: TEAM_AND_ASSIGNED_RELAY,
    call: (ids) => ({ path: `/api/events/${ids.event}/hold`, body: STALE }),
  },
  'POST /api/events/:id/walk-ins': {
    allowed: TEAM_AND_ASSIGNED_RELAY,
    call: (ids) => ({ path: `/api/events/${ids.event}/walk-ins`, body: {} }),
  },
  // An empty file: refused (400) once the caller is let in.
  'POST /api/events/:id/sign-in-sheet/import': {
    allowed: TEAM_AND_ASSIGNED_RELAY,
    call: (ids) => ({ path: `/api/events/${ids.event}/sign-in-sheet/import?mode=preview`, body: '', contentType: 'text/csv' }),
  },
  'GET /api/registrations': { allowed: TEAM_AND_RELAYS, call: get('/api/registrations') },
  'GET /api/registrations/export.csv': { allowed: TEAM, call: get('/api/registrations/export.csv') },
  'GET /api/registrations/:id': { allowed: TEAM_AND_ASSIGNED_RELAY, call: (ids) => ({ path: `/api/registrations/${ids.registration}` }) },
  'POST /api/registrations': { allowed: TEAM_AND_RELAYS, call: () => ({ path: '/api/registrations', body: {} }) },
  'PUT /api/registrations/:id': {
    allowed: TEAM_AND_ASSIGNED_RELAY,
    call: (ids) => ({ path: `/api/registrations/${ids.registration}`, body: STALE }),
  },
  // The status it already has: a tap that changes nothing, let in or not.
  'POST /api/registrations/:id/attendance': {
    allowed: TEAM_AND_ASSIGNED_RELAY,
    call: (ids) => ({ path: `/api/registrations/${ids.registration}/attendance`, body: { status: 'registered' } }),
  },

  // Linking to the directory is the team's: relays reach only their cases' people.
  'POST /api/registrations/:id/link-contact': {
    allowed: TEAM,
    call: (ids) => ({ path: `/api/registrations/${ids.registration}/link-contact`, body: STALE }),
  },

  // An event's public registration page: no account needed, whoever calls.
  'GET /api/public/events/:token': { allowed: EVERYONE, call: (ids) => ({ path: `/api/public/events/${ids.publicToken}` }) },
  'POST /api/public/events/:token/registrations': {
    allowed: EVERYONE,
    call: (ids) => ({ path: `/api/public/events/${ids.publicToken}/registrations`, body: {} }),
  },

  // A registrant's unsubscribe link: no account needed; an unknown key is not found, whoever asks.
  'POST /api/public/unsubscribe/:token': {
    allowed: EVERYONE,
    call: () => ({ path: '/api/public/unsubscribe/00000000-0000-4000-8000-000000000000', body: {} }),
    letIn: [404],
  },

  'GET /api/queues': { allowed: ADMIN, call: get('/api/queues') },
  'POST /api/queues/:queue/failed/:jobId/retry': {
    allowed: ADMIN,
    call: () => ({ path: '/api/queues/reminders/failed/no-such-job/retry', body: {} }),
    letIn: [404],
  },

  'GET /api/audit-events': { allowed: TEAM, call: get('/api/audit-events') },
  'GET /api/audit-events/export.csv': { allowed: TEAM, call: get('/api/audit-events/export.csv') },
  'GET /api/audit-events/:id': { allowed: TEAM, call: (ids) => ({ path: `/api/audit-events/${ids.auditEvent}` }) },

  'GET /api/reports/key-figures': { allowed: TEAM, call: get('/api/reports/key-figures') },
  'GET /api/reports/key-figures/export.csv': { allowed: TEAM, call: get('/api/reports/key-figures/export.csv') },
  'GET /api/reports/publications': { allowed: TEAM, call: get('/api/reports/publications') },
  'POST /api/reports/publications': { allowed: ADMIN, call: () => ({ path: '/api/reports/publications', body: { year: 'x' } }) },
  'GET /api/dashboard': { allowed: LOGGED_IN, call: get('/api/dashboard') },

  'GET /api/answer-templates': { allowed: TEAM, call: get('/api/answer-templates') },
  'GET /api/answer-templates/export.csv': { allowed: TEAM, call: get('/api/answer-templates/export.csv') },
  'GET /api/answer-templates/:id': { allowed: TEAM, call: (ids) => ({ path: `/api/answer-templates/${ids.answerTemplate}` }) },
  'POST /api/answer-templates': { allowed: ADMIN, call: () => ({ path: '/api/answer-templates', body: {} }) },
  'PUT /api/answer-templates/:id': {
    allowed: ADMIN,
    call: (ids) => ({ path: `/api/answer-templates/${ids.answerTemplate}`, body: STALE }),
  },
  'DELETE /api/answer-templates/:id': {
    allowed: ADMIN,
    call: async (ids) => ({ path: `/api/answer-templates/${await ids.throwawayAnswerTemplate()}` }),
  },
};

function isLetIn(row: Row, status: number): boolean {
  return row.letIn ? row.letIn.includes(status) : (status >= 200 && status < 300) || status === 400 || status === 409;
}

function isRefusal(caller: Caller, status: number): boolean {
  return caller === 'anonymous' || caller === 'deactivated' ? status === 401 : status === 403 || status === 404;
}

describe('access matrix: every route × every kind of caller', () => {
  let app: INestApplication;
  let stop: () => Promise<void>;
  const agents = {} as Record<Caller, TestAgent>;
  let ids: Ids;

  beforeAll(async () => {
    ({ app, stop } = await startIsolatedApp('access'));
    agents.anonymous = client(app);
    for (const [caller, who] of Object.entries(LOGINS)) agents[caller as Caller] = await loginAs(app, who);
    const admin = agents.admin;
    const staff = agents.staffLyon;

    // A staff member whose account is deactivated while logged in: the live session must stop working.
    const email = `${unique('desactive-')}@resacoop.test`;
    const deactivated = (
      await admin
        .post('/api/users')
        .send({ email, fullName: 'Compte désactivé', role: 'staff', site: 'lyon', password: DEMO_PASSWORD })
        .expect(201)
    ).body;
    agents.deactivated = await loginAs(app, email);
    await admin.put(`/api/users/${deactivated.id}`).send({ active: false, version: deactivated.version }).expect(200);

    const organisation = (
      await staff
        .post('/api/organisations')
        .send({ name: unique('Matrice '), type: 'association', departement: '38' })
        .expect(201)
    ).body;
    const contact = (
      await staff.post('/api/contacts').send({ organisationId: organisation.id, firstName: 'Ana', lastName: unique() }).expect(201)
    ).body;
    const supportCase = (
      await staff
        .post('/api/cases')
        .send({ organisationId: organisation.id, projectTitle: unique('Projet '), nextFollowUpAt: '2030-01-15' })
        .expect(201)
    ).body;
    const assignment = (await staff.post('/api/assignments').send({ caseId: supportCase.id }).expect(201)).body;
    const interaction = (await staff.post('/api/interactions').send({ caseId: supportCase.id, kind: 'note', body: 'Suivi' }).expect(201))
      .body;
    const request = (
      await staff
        .post('/api/requests')
        .send({ channel: 'phone', topic: 'funding', subject: 'x', question: 'y', organisationId: organisation.id })
        .expect(201)
    ).body;
    // The assigned relay reads the contact: a logged read for admins to see.
    await agents.relayAssigned.get(`/api/contacts/${contact.id}`).expect(200);
    const [readLog] = (await admin.get(`/api/personal-data-reads?filter=${JSON.stringify({ contactId: contact.id })}`).expect(200)).body;
    const [auditEvent] = (await admin.get('/api/audit-events?range=[0,0]').expect(200)).body;
    const [relay] = (await admin.get('/api/relays?range=[0,0]').expect(200)).body;
    const isereRelayId = (await agents.relayAssigned.get('/api/auth/me').expect(200)).body.relayId as number;
    const planEvent = async () =>
      (
        await staff
          .post('/api/events')
          .send({
            title: unique('Atelier '),
            kind: 'workshop',
            role: 'organised',
            startsAt: '2030-01-15T14:00:00+01:00',
            endsAt: '2030-01-15T16:00:00+01:00',
            departement: '38',
            relayId: isereRelayId,
          })
          .expect(201)
      ).body.id as number;
    const event = await planEvent();
    const registration = (await staff.post('/api/registrations').send({ eventId: event, name: 'Participante' }).expect(201)).body;
    const { publicToken } = (await staff.post(`/api/events/${event}/publish`).send({ version: 1 }).expect(200)).body;
    const writeAnswerTemplate = async () =>
      (
        await admin
          .post('/api/answer-templates')
          .send({ title: unique('Réponse '), body: 'Bonjour {{requesterName}}' })
          .expect(201)
      ).body.id as number;
    ids = {
      organisation: organisation.id,
      contact: contact.id,
      request: request.id,
      case: supportCase.id,
      assignment: assignment.id,
      interaction: interaction.id,
      user: deactivated.id,
      relay: relay.id,
      auditEvent: auditEvent.id,
      readLog: readLog.id,
      event,
      publicToken,
      registration: registration.id,
      throwawayEvent: planEvent,
      throwawayOrganisation: async () =>
        (
          await staff
            .post('/api/organisations')
            .send({ name: unique('Jetable '), type: 'other' })
            .expect(201)
        ).body.id,
      answerTemplate: await writeAnswerTemplate(),
      throwawayAnswerTemplate: writeAnswerTemplate,
      throwawayContact: async () =>
        (await staff.post('/api/contacts').send({ firstName: 'Jetable', lastName: unique() }).expect(201)).body.id,
    };
  });

  afterAll(() => stop());

  it('has a row for every route the application serves, and no row for a route it does not', () => {
    const served = routesOf(app);
    expect(served.filter((route) => !MATRIX[route])).toEqual([]);
    expect(Object.keys(MATRIX).filter((route) => !served.includes(route))).toEqual([]);
  });

  it('lets in exactly the callers each route allows', async () => {
    const leaks: string[] = [];
    let cells = 0;
    for (const [route, row] of Object.entries(MATRIX)) {
      const method = route.split(' ')[0].toLowerCase() as 'get' | 'post' | 'put' | 'delete';
      for (const caller of CALLERS) {
        const agent = row.freshSession && LOGINS[caller] ? await loginAs(app, LOGINS[caller]!) : agents[caller];
        const { path, body, contentType } = await row.call(ids, caller);
        let pending = agent[method](path);
        if (contentType) pending = pending.set('Content-Type', contentType);
        const response = body === undefined ? await pending : await pending.send(body);
        const allowed = row.allowed.includes(caller);
        const ok = allowed ? isLetIn(row, response.status) : isRefusal(caller, response.status);
        cells++;
        if (!ok) leaks.push(`${caller} ${route} (${path}) → ${response.status}, expected ${allowed ? 'let in' : 'refused'}`);
      }
    }
    console.log(
      `access matrix: routes ${Object.keys(MATRIX).length}, callers ${CALLERS.length}, cells checked ${cells}, leaks ${leaks.length}`,
    );
    expect(leaks).toEqual([]);
  });
});
