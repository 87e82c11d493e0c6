import type { INestApplication } from '@nestjs/common';
import type TestAgent from 'supertest/lib/agent';
import { loginAs, startApp, unique } from './support/app';

/**
 * The `q` filter of the four searchable lists reads a column PostgreSQL computes on every write
 * (`search_text`: the searched fields, lower-case, without accents): a search ignores accents and
 * case, finds a word in any of the searched fields, follows an update, and the column itself never
 * reaches the API's answers.
 */
describe('search (organisations, contacts, cases, requests)', () => {
  let app: INestApplication;
  let staff: TestAgent;

  beforeAll(async () => {
    app = await startApp();
    staff = await loginAs(app, 'staff');
  });
  afterAll(() => app.close());

  /** The ids a list returns for `q`, with the header's total. */
  const search = async (resource: string, q: string): Promise<{ ids: number[]; total: number }> => {
    const response = await staff.get(`/api/${resource}?filter=${encodeURIComponent(JSON.stringify({ q }))}&range=[0,49]`).expect(200);
    for (const row of response.body) expect(row).not.toHaveProperty('searchText');
    return { ids: response.body.map((row: { id: number }) => row.id), total: Number(response.headers['content-range'].split('/')[1]) };
  };
  const ids = async (resource: string, q: string) => (await search(resource, q)).ids;

  it('organisations: name, acronym and city, accents and case ignored, and after an update', async () => {
    const tag = unique('orgsearch');
    const { body } = await staff
      .post('/api/organisations')
      .send({ type: 'association', name: `Solidarité Paysanne ${tag}`, acronym: `SÉNÉ${tag}`, city: 'Vénissieux' })
      .expect(201);
    expect(body).not.toHaveProperty('searchText');
    await staff
      .post('/api/organisations')
      .send({ type: 'association', name: `Autre ${tag}`, city: 'Lyon' })
      .expect(201);

    expect(await ids('organisations', `solidarite ${tag}`)).toEqual([body.id]);
    expect(await ids('organisations', `SOLIDARITÉ ${tag}`)).toEqual([body.id]);
    expect(await ids('organisations', `sene${tag}`)).toEqual([body.id]);
    expect(await ids('organisations', `venissieux ${tag}`)).toEqual([body.id]);
    expect(await search('organisations', tag)).toMatchObject({ total: 2 });
    expect(await ids('organisations', `paysanne lyon ${tag}`)).toEqual([]);

    const read = await staff.get(`/api/organisations/${body.id}`).expect(200);
    expect(read.body).not.toHaveProperty('searchText');
    const updated = await staff
      .put(`/api/organisations/${body.id}`)
      .send({ name: `Éducation Populaire ${tag}`, city: null, version: 1 })
      .expect(200);
    expect(updated.body).not.toHaveProperty('searchText');
    expect(await ids('organisations', `solidarite ${tag}`)).toEqual([]);
    expect(await ids('organisations', `venissieux ${tag}`)).toEqual([]);
    expect(await ids('organisations', `education populaire ${tag}`)).toEqual([body.id]);
  });

  it('contacts: first name, last name and e-mail', async () => {
    const tag = unique('contactsearch');
    const { body } = await staff
      .post('/api/contacts')
      .send({ firstName: 'Aïcha', lastName: `Ndiayé ${tag}`, email: `a.solidarite.${tag}@example.org` })
      .expect(201);
    expect(body).not.toHaveProperty('searchText');
    await staff
      .post('/api/contacts')
      .send({ firstName: 'Jérôme', lastName: `Autre ${tag}` })
      .expect(201);

    expect(await ids('contacts', `AICHA ndiaye ${tag}`)).toEqual([body.id]);
    expect(await ids('contacts', `a.solidarite.${tag}`)).toEqual([body.id]);
    expect(await ids('contacts', `jerome ${tag}`)).toHaveLength(1);
    expect(await search('contacts', tag)).toMatchObject({ total: 2 });
  });

  it('cases: reference and project title', async () => {
    const tag = unique('casesearch');
    const organisationId = (
      await staff
        .post('/api/organisations')
        .send({ type: 'association', name: unique('Porteur ') })
        .expect(201)
    ).body.id;
    const { body } = await staff
      .post('/api/cases')
      .send({ organisationId, projectTitle: `Solidarité Éducation Sénégal ${tag}`, nextFollowUpAt: '2030-02-01' })
      .expect(201);
    expect(body).not.toHaveProperty('searchText');

    expect(await ids('cases', `solidarite senegal ${tag}`)).toEqual([body.id]);
    expect(await ids('cases', `EDUCATION ${tag}`)).toEqual([body.id]);
    expect(await ids('cases', String(body.reference).toLowerCase())).toEqual([body.id]);
    const read = await staff.get(`/api/cases/${body.id}`).expect(200);
    expect(read.body).not.toHaveProperty('searchText');
  });

  it('requests: reference, subject and requester', async () => {
    const tag = unique('requestsearch');
    const { body } = await staff
      .post('/api/requests')
      .send({
        channel: 'phone',
        topic: 'funding',
        subject: `Subvention Solidarité internationale ${tag}`,
        question: 'Quels financements ?',
        requesterName: `Hélène Dupré ${tag}`,
      })
      .expect(201);
    expect(body).not.toHaveProperty('searchText');

    expect(await ids('requests', `solidarite ${tag}`)).toEqual([body.id]);
    expect(await ids('requests', `HELENE dupre ${tag}`)).toEqual([body.id]);
    expect(await ids('requests', String(body.reference).toLowerCase())).toEqual([body.id]);
    const read = await staff.get(`/api/requests/${body.id}`).expect(200);
    expect(read.body).not.toHaveProperty('searchText');
  });
});
