import type { INestApplication } from '@nestjs/common';
import type TestAgent from 'supertest/lib/agent';
import { loginAs, startApp, unique } from './support/app';

/**
 * Lists and record reads run statements built once per shape (database/built-statements.ts): the
 * same shape asked again with other values, other list lengths, other pages or another caller's
 * scope must answer for those, never for the call that built the statement.
 */
describe('statements built once per shape', () => {
  let app: INestApplication;
  let staff: TestAgent;
  let relay: TestAgent;
  const ids: number[] = [];

  const listed = async (filter: object, range: [number, number] = [0, 24]) => {
    const response = await staff
      .get(`/api/organisations?filter=${JSON.stringify(filter)}&sort=["id","ASC"]&range=${JSON.stringify(range)}`)
      .expect(200);
    return { ids: (response.body as { id: number }[]).map((row) => row.id), range: response.headers['content-range'] as string };
  };

  beforeAll(async () => {
    app = await startApp();
    staff = await loginAs(app, 'staff');
    relay = await loginAs(app, 'relayIsere');
    for (const name of ['Alpha', 'Beta', 'Gamma']) {
      ids.push(
        (
          await staff
            .post('/api/organisations')
            .send({ name: unique(`Forme ${name} `), type: 'association' })
            .expect(201)
        ).body.id,
      );
    }
  });
  afterAll(() => app.close());

  it('binds each call’s own values, whatever the length of a list of ids', async () => {
    const [alpha, beta, gamma] = ids;
    expect(await listed({ id: [alpha, beta] })).toEqual({ ids: [alpha, beta], range: 'organisations 0-1/2' });
    expect(await listed({ id: [gamma] })).toEqual({ ids: [gamma], range: 'organisations 0-0/1' });
    expect(await listed({ id: [beta, gamma] })).toEqual({ ids: [beta, gamma], range: 'organisations 0-1/2' });
    expect(await listed({ id: [alpha, beta, gamma] })).toEqual({ ids, range: 'organisations 0-2/3' });
  });

  it('answers each page for itself', async () => {
    const pages = [];
    for (const offset of [0, 1, 2, 1]) pages.push(await listed({ id: ids }, [offset, offset]));
    expect(pages.map((page) => page.ids)).toEqual([[ids[0]], [ids[1]], [ids[2]], [ids[1]]]);
    expect(pages.map((page) => page.range)).toEqual([
      'organisations 0-0/3',
      'organisations 1-1/3',
      'organisations 2-2/3',
      'organisations 1-1/3',
    ]);
  });

  it('keeps a relay’s scope on a record read, before and after staff read it unscoped', async () => {
    const created = await staff
      .post('/api/cases')
      .send({ organisationId: ids[0], projectTitle: unique('Hors du relais '), nextFollowUpAt: '2031-03-03' })
      .expect(201);
    await relay.get(`/api/cases/${created.body.id}`).expect(404);
    expect((await staff.get(`/api/cases/${created.body.id}`).expect(200)).body.projectTitle).toBe(created.body.projectTitle);
    await relay.get(`/api/cases/${created.body.id}`).expect(404);
  });

  it('answers a record in a list as its own read answers it, timestamps to the millisecond', async () => {
    const note = await staff
      .post('/api/interactions')
      .send({
        caseId: (await staff.get('/api/cases?range=[0,0]').expect(200)).body[0].id,
        kind: 'call',
        body: unique('Appel '),
        occurredAt: '2024-02-29T23:59:59.999+01:00',
      })
      .expect(201);
    const read = await staff.get(`/api/interactions/${note.body.id}`).expect(200);
    const listed = await staff.get(`/api/interactions?filter=${JSON.stringify({ id: [note.body.id] })}`).expect(200);
    expect(listed.body).toEqual([read.body]);
    expect(read.body.occurredAt).toBe('2024-02-29T22:59:59.999Z');
    expect(read.body.createdAt).toMatch(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{3}Z$/);
  });
});
