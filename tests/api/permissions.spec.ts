import type { INestApplication } from '@nestjs/common';
import { RELAY_FIELDS, type RelayView } from '@resacoop/domain';
import type TestAgent from 'supertest/lib/agent';
import { client, database, loginAs, startApp, unique, type Who } from './support/app';
import { openCase } from './support/cases';

type Caller = 'anonymous' | 'admin' | 'staff' | 'relayIsere' | 'relayRhone';
const CALLERS: Caller[] = ['anonymous', 'admin', 'staff', 'relayIsere', 'relayRhone'];
const RELAYS = ['relayIsere', 'relayRhone'] as const;
const LISTED = ['cases', 'organisations', 'contacts', 'interactions', 'assignments'] as const;
type Listed = (typeof LISTED)[number];

/**
 * The permission matrix: every case, assignment, interaction, organisation and contact endpoint,
 * and the rest of the API a relay must not reach, called as anonymous, admin, staff, the relay a
 * case is assigned to (Isère) and another relay (Rhône). A leak is any answer other than the
 * expected one, or any record in a relay's list outside the cases of its relay.
 */
describe('permission matrix', () => {
  let app: INestApplication;
  const agents = {} as Record<Caller, TestAgent>;
  const ids = {} as Record<string, number>;
  const created = {} as Record<Listed, number[]>;
  const visibleToIsere = {} as Record<Listed, number[]>;
  let cells = 0;
  const leaks: string[] = [];

  beforeAll(async () => {
    app = await startApp();
    agents.anonymous = client(app);
    for (const caller of CALLERS.slice(1)) agents[caller] = await loginAs(app, caller as Who);
    const staff = agents.staff;
    const organisation = async (departement: string) =>
      (
        await staff
          .post('/api/organisations')
          .send({ name: unique('Matrice '), type: 'association', departement, notes: 'Note interne', tags: ['suivi-interne'] })
          .expect(201)
      ).body.id as number;
    ids.orgAssigned = await organisation('38');
    ids.orgOther = await organisation('38');
    const contact = async (organisationId: number) =>
      (
        await staff
          .post('/api/contacts')
          .send({
            organisationId,
            firstName: 'Matrice',
            lastName: unique(),
            email: `${unique('matrice')}@example.test`,
            phone: '04 72 00 00 00',
            function: 'Présidente',
            newsletterConsentAt: '2024-03-01T09:00:00.000Z',
            notes: 'Note interne',
          })
          .expect(201)
      ).body.id as number;
    ids.contactAssigned = await contact(ids.orgAssigned);
    ids.contactOther = await contact(ids.orgOther);
    ids.caseAssigned = await openCase(staff, ids.orgAssigned);
    ids.caseOther = await openCase(staff, ids.orgOther);
    // The Isère relay covers département 38: it is proposed by default.
    const assignment = (await staff.post('/api/assignments').send({ caseId: ids.caseAssigned }).expect(201)).body;
    ids.assignment = assignment.id;
    const note = async (caseId: number) =>
      (await staff.post('/api/interactions').send({ caseId, kind: 'note', body: 'Suivi' }).expect(201)).body.id as number;
    ids.interactionAssigned = await note(ids.caseAssigned);
    ids.interactionOther = await note(ids.caseOther);
    const request = (
      await staff
        .post('/api/requests')
        .send({ channel: 'phone', topic: 'funding', subject: 'x', question: 'y', organisationId: ids.orgAssigned })
        .expect(201)
    ).body;
    ids.request = request.id;
    ids.requestInteraction = (
      await staff.post('/api/interactions').send({ requestId: request.id, kind: 'note', body: 'Demande' }).expect(201)
    ).body.id;

    const timelineOf = async (caseId: number) =>
      ((await staff.get(`/api/interactions?filter=${JSON.stringify({ caseId })}&range=[0,99]`)).body as { id: number }[]).map(
        (entry) => entry.id,
      );
    created.cases = [ids.caseAssigned, ids.caseOther];
    created.organisations = [ids.orgAssigned, ids.orgOther];
    created.contacts = [ids.contactAssigned, ids.contactOther];
    created.interactions = [...(await timelineOf(ids.caseAssigned)), ...(await timelineOf(ids.caseOther)), ids.requestInteraction];
    created.assignments = [ids.assignment];
    visibleToIsere.cases = [ids.caseAssigned];
    visibleToIsere.organisations = [ids.orgAssigned];
    visibleToIsere.contacts = [ids.contactAssigned];
    visibleToIsere.interactions = await timelineOf(ids.caseAssigned);
    visibleToIsere.assignments = [ids.assignment];
  });

  afterAll(async () => {
    console.log(`permission matrix: cells checked ${cells}, leaks ${leaks.length}`);
    await app.close();
  });

  function expectedVisible(caller: Caller, resource: Listed): number[] | null {
    if (caller === 'anonymous') return null;
    if (caller === 'relayIsere') return visibleToIsere[resource];
    if (caller === 'relayRhone') return [];
    return created[resource];
  }

  function record(caller: Caller, what: string, ok: boolean): void {
    cells++;
    if (!ok) leaks.push(`${caller} ${what}`);
  }

  it('lists only what each caller may see (getMany by id included)', async () => {
    for (const resource of LISTED) {
      for (const caller of CALLERS) {
        const response = await agents[caller].get(`/api/${resource}?filter=${JSON.stringify({ id: created[resource] })}&range=[0,99]`);
        const expected = expectedVisible(caller, resource);
        const got = response.status === 200 ? (response.body as { id: number }[]).map((row) => row.id).sort() : response.status;
        record(
          caller,
          `GET /api/${resource} → ${JSON.stringify(got)}`,
          expected === null ? response.status === 401 : JSON.stringify(got) === JSON.stringify([...expected].sort()),
        );
      }
    }
    expect(leaks).toEqual([]);
  });

  it('never lists to a relay, even unfiltered or searched, a record outside its cases', async () => {
    const db = database(app);
    const visibleCases = async (email: string) =>
      (
        await db.query(
          `SELECT a.case_id FROM assignments a JOIN users u ON u.relay_id = a.relay_id WHERE u.email = $1 AND a.status IN ('proposed', 'accepted')`,
          [email],
        )
      ).map((row: { case_id: number }) => row.case_id) as number[];
    for (const relay of RELAYS) {
      const me = (await agents[relay].get('/api/auth/me')).body;
      const cases = await visibleCases(me.email);
      const organisations = cases.length
        ? (await db.query(`SELECT organisation_id FROM cases WHERE id = ANY($1)`, [cases])).map(
            (row: { organisation_id: number }) => row.organisation_id,
          )
        : [];
      const checks: [string, (row: Record<string, unknown>) => boolean][] = [
        ['/api/cases?range=[0,999]', (row) => cases.includes(row.id as number)],
        ['/api/organisations?range=[0,999]', (row) => organisations.includes(row.id as number)],
        [
          `/api/organisations?range=[0,999]&filter=${encodeURIComponent(JSON.stringify({ q: 'a' }))}`,
          (row) => organisations.includes(row.id as number),
        ],
        ['/api/contacts?range=[0,999]', (row) => organisations.includes(row.organisationId as number)],
        ['/api/interactions?range=[0,999]', (row) => cases.includes(row.caseId as number)],
        // Its own assignments, live or past, are the relay's own history.
        ['/api/assignments?range=[0,999]', (row) => row.relayId === me.relayId],
      ];
      for (const [path, allowed] of checks) {
        const response = await agents[relay].get(path).expect(200);
        const outside = (response.body as Record<string, unknown>[]).filter((row) => !allowed(row));
        record(relay, `GET ${path} leaked ${outside.length} rows`, outside.length === 0);
      }
    }
    expect(leaks).toEqual([]);
  });

  it('reads a record only where the caller may see it', async () => {
    const reads: [string, number, Listed][] = [
      ['cases', ids.caseAssigned, 'cases'],
      ['cases', ids.caseOther, 'cases'],
      ['organisations', ids.orgAssigned, 'organisations'],
      ['organisations', ids.orgOther, 'organisations'],
      ['contacts', ids.contactAssigned, 'contacts'],
      ['contacts', ids.contactOther, 'contacts'],
      ['interactions', ids.interactionAssigned, 'interactions'],
      ['interactions', ids.interactionOther, 'interactions'],
      ['interactions', ids.requestInteraction, 'interactions'],
      ['assignments', ids.assignment, 'assignments'],
    ];
    for (const [resource, id, listed] of reads) {
      for (const caller of CALLERS) {
        const response = await agents[caller].get(`/api/${resource}/${id}`);
        const visible = expectedVisible(caller, listed);
        const expected = visible === null ? [401] : visible.includes(id) ? [200] : [403, 404];
        record(caller, `GET /api/${resource}/${id} → ${response.status}`, expected.includes(response.status));
      }
      for (const caller of CALLERS) {
        if (resource !== 'cases') continue;
        const response = await agents[caller].get(`/api/cases/${id}/stage-history`);
        const visible = expectedVisible(caller, 'cases');
        const expected = visible === null ? [401] : visible.includes(id) ? [200] : [403, 404];
        record(caller, `GET /api/cases/${id}/stage-history → ${response.status}`, expected.includes(response.status));
      }
    }
    expect(leaks).toEqual([]);
  });

  it('lets each caller write only what the matrix allows', async () => {
    type Expected = Partial<Record<Caller, number[]>>;
    const denied = [401, 403, 404];
    // Bodies are deliberately stale or incomplete: an allowed caller gets 400/409, never 401/403/404.
    const writes: { method: 'post' | 'put'; path: string; body: object; allowed: Caller[]; refused?: Expected }[] = [
      { method: 'post', path: '/api/cases', body: { projectTitle: 'x' }, allowed: ['admin', 'staff'] },
      {
        method: 'put',
        path: `/api/cases/${ids.caseAssigned}`,
        body: { stage: 'implementation', version: 999 },
        allowed: ['admin', 'staff', 'relayIsere'],
      },
      {
        method: 'put',
        path: `/api/cases/${ids.caseAssigned}`,
        body: { projectTitle: 'Renamed', version: 999 },
        allowed: ['admin', 'staff'],
      },
      { method: 'put', path: `/api/cases/${ids.caseOther}`, body: { stage: 'implementation', version: 999 }, allowed: ['admin', 'staff'] },
      { method: 'post', path: `/api/requests/${ids.request}/convert-to-case`, body: {}, allowed: ['admin', 'staff'] },
      { method: 'post', path: '/api/assignments', body: { caseId: ids.caseOther, relayId: 2_000_000_000 }, allowed: ['admin', 'staff'] },
      { method: 'post', path: `/api/assignments/${ids.assignment}/accept`, body: { version: 999 }, allowed: ['relayIsere'] },
      {
        method: 'post',
        path: `/api/assignments/${ids.assignment}/decline`,
        body: { version: 999, declineReason: 'x' },
        allowed: ['relayIsere'],
      },
      { method: 'post', path: `/api/assignments/${ids.assignment}/withdraw`, body: { version: 999 }, allowed: ['admin', 'staff'] },
      {
        method: 'post',
        path: `/api/assignments/${ids.assignment}/complete`,
        body: { version: 999 },
        allowed: ['admin', 'staff', 'relayIsere'],
      },
      {
        method: 'post',
        path: '/api/interactions',
        body: { caseId: ids.caseAssigned, kind: 'note', body: 'x' },
        allowed: ['admin', 'staff', 'relayIsere'],
      },
      {
        method: 'post',
        path: '/api/interactions',
        body: { requestId: ids.request, kind: 'note', body: 'x' },
        allowed: ['admin', 'staff'],
      },
      { method: 'post', path: '/api/organisations', body: {}, allowed: ['admin', 'staff'] },
      { method: 'put', path: `/api/organisations/${ids.orgAssigned}`, body: { version: 999 }, allowed: ['admin', 'staff'] },
      { method: 'post', path: '/api/contacts', body: {}, allowed: ['admin', 'staff'] },
      { method: 'put', path: `/api/contacts/${ids.contactAssigned}`, body: { version: 999 }, allowed: ['admin', 'staff'] },
    ];
    for (const write of writes) {
      for (const caller of CALLERS) {
        const response = await agents[caller][write.method](write.path).send(write.body);
        // A record out of the caller's reach, named in the body, is answered as a missing one: 400 on that field.
        const namedOutOfReach =
          response.status === 400 && Object.keys(response.body.errors ?? {}).some((field) => ['caseId', 'requestId'].includes(field));
        const ok = write.allowed.includes(caller)
          ? !denied.includes(response.status) && response.status < 500 && !namedOutOfReach
          : denied.includes(response.status) || namedOutOfReach;
        record(caller, `${write.method.toUpperCase()} ${write.path} ${JSON.stringify(write.body)} → ${response.status}`, ok);
      }
    }
    // A relay writing on a case it does not work gets the same answer as for a case that does not exist.
    const outside = await agents.relayRhone.post('/api/interactions').send({ caseId: ids.caseAssigned, kind: 'note', body: 'x' });
    const missing = await agents.relayRhone.post('/api/interactions').send({ caseId: 2_000_000_000, kind: 'note', body: 'x' });
    record('relayRhone', 'POST /api/interactions on another relay’s case', outside.status === missing.status && outside.status === 400);
    expect(leaks).toEqual([]);
  });

  it('keeps the rest of the API closed to relays', async () => {
    const closed = [
      '/api/requests',
      `/api/requests/${ids.request}`,
      '/api/requests/export.csv',
      '/api/users',
      '/api/audit-events',
      `/api/audit-events?filter=${JSON.stringify({ entity: 'case', entityId: ids.caseAssigned })}`,
      '/api/cases/export.csv',
      '/api/organisations/export.csv',
      '/api/contacts/export.csv',
      '/api/assignments/export.csv',
      '/api/interactions/export.csv',
      '/api/relays',
    ];
    for (const path of closed) {
      for (const relay of RELAYS) {
        const response = await agents[relay].get(path);
        record(relay, `GET ${path} → ${response.status}`, response.status === 403);
      }
      const response = await agents.staff.get(path);
      record('staff', `GET ${path} → ${response.status}`, response.status === 200);
      const anonymous = await agents.anonymous.get(path);
      record('anonymous', `GET ${path} → ${anonymous.status}`, anonymous.status === 401);
    }
    expect(leaks).toEqual([]);
  });

  it('gives a relay only the allow-listed fields of every record it reads, in lists, reads and the answers of its writes', async () => {
    const relay = agents.relayIsere;
    const beyondAllowList = (view: RelayView, body: unknown): string[] =>
      (Array.isArray(body) ? body : [body]).flatMap((row: Record<string, unknown>) =>
        Object.keys(row).filter((field) => !RELAY_FIELDS[view].includes(field)),
      );
    const check = (view: RelayView, what: string, response: { status: number; body: unknown }, expectedStatus = 200) => {
      const extra = response.status === expectedStatus ? [...new Set(beyondAllowList(view, response.body))] : [`status ${response.status}`];
      const answered = Array.isArray(response.body) ? response.body.length > 0 : response.status === expectedStatus;
      record('relayIsere', `${what} gave ${JSON.stringify(extra)}`, extra.length === 0 && answered);
    };
    const reads: [RelayView, string][] = [];
    for (const resource of LISTED) {
      reads.push([resource, `/api/${resource}?range=[0,99]`]);
      reads.push([resource, `/api/${resource}?filter=${JSON.stringify({ id: visibleToIsere[resource] })}`]);
      for (const id of visibleToIsere[resource]) reads.push([resource, `/api/${resource}/${id}`]);
    }
    reads.push(['stage-changes', `/api/cases/${ids.caseAssigned}/stage-history`]);
    for (const [view, path] of reads) check(view, `GET ${path}`, await relay.get(path));

    const assignment = (await relay.get(`/api/assignments/${ids.assignment}`).expect(200)).body;
    check(
      'assignments',
      'POST accept',
      await relay.post(`/api/assignments/${ids.assignment}/accept`).send({ version: assignment.version }),
    );
    const supportCase = (await relay.get(`/api/cases/${ids.caseAssigned}`).expect(200)).body;
    check(
      'cases',
      'PUT case',
      await relay.put(`/api/cases/${ids.caseAssigned}`).send({ version: supportCase.version, stage: 'funding_search' }),
    );
    check(
      'interactions',
      'POST interaction',
      await relay.post('/api/interactions').send({ caseId: ids.caseAssigned, kind: 'note', body: 'Point' }),
      201,
    );
    // What the team writes for itself is there for staff, only not for the relay.
    const staffView = (await agents.staff.get(`/api/contacts/${ids.contactAssigned}`).expect(200)).body;
    expect(staffView).toMatchObject({ notes: 'Note interne', newsletterConsentAt: '2024-03-01T09:00:00.000Z' });
    expect(leaks).toEqual([]);
  });

  it('gives a relay the organisation and contacts of its cases as the product lists them, never the team’s notes or tags', async () => {
    // Written out from the product's words, not read from RELAY_FIELDS: a field added to that list shows here.
    const relay = agents.relayIsere;
    const contact = (await relay.get(`/api/contacts/${ids.contactAssigned}`).expect(200)).body;
    expect(Object.keys(contact).sort()).toEqual(
      [
        'createdAt',
        'email',
        'erasedAt',
        'firstName',
        'function',
        'id',
        'lastName',
        'organisationId',
        'phone',
        'updatedAt',
        'version',
      ].sort(),
    );
    expect(contact).toMatchObject({ firstName: 'Matrice', function: 'Présidente', phone: '04 72 00 00 00' });
    const organisation = (await relay.get(`/api/organisations/${ids.orgAssigned}`).expect(200)).body;
    expect(Object.keys(organisation).sort()).toEqual(
      [
        'acronym',
        'address',
        'city',
        'createdAt',
        'departement',
        'email',
        'id',
        'name',
        'phone',
        'postcode',
        'type',
        'updatedAt',
        'version',
        'website',
        'zones',
      ].sort(),
    );
    // The same records, whole, for the team.
    const whole = (await agents.staff.get(`/api/organisations/${ids.orgAssigned}`).expect(200)).body;
    expect(whole).toMatchObject({ notes: 'Note interne', tags: ['suivi-interne'] });
  });
});
