import type { INestApplication } from '@nestjs/common';
import type TestAgent from 'supertest/lib/agent';
import { loginAs, startApp, unique } from './support/app';

/** What a request may carry: JSON, a CSV file on the imports, or nothing at all whatever type it names. */
describe('request bodies', () => {
  let app: INestApplication;
  let staff: TestAgent;

  beforeAll(async () => {
    app = await startApp();
    staff = await loginAs(app, 'staff');
  });
  afterAll(() => app.close());

  const newOrganisation = async () =>
    (
      await staff
        .post('/api/organisations')
        .send({ name: unique('Sans corps '), type: 'association', departement: '63' })
        .expect(201)
    ).body.id as number;

  it.each(['text/plain', 'text/plain;charset=UTF-8', 'application/octet-stream', 'application/x-www-form-urlencoded'])(
    'accepts a request without a body whatever type it names (%s), as react-admin deletes',
    async (type) => {
      const id = await newOrganisation();
      await staff.delete(`/api/organisations/${id}`).set('Content-Type', type).expect(200);
      await staff.get(`/api/organisations/${id}`).expect(404);
    },
  );

  it('accepts a bodiless action under any type', async () => {
    await staff.post('/api/notifications/read-all').set('Content-Type', 'text/plain').expect(200);
  });

  it('refuses a body of another type than JSON with 415 naming the body', async () => {
    const response = await staff
      .post('/api/organisations')
      .set('Content-Type', 'text/plain')
      .send('name=Association&type=association')
      .expect(415);
    expect(response.body).toEqual({ message: expect.stringMatching(/JSON/), errors: { body: expect.any(String) } });
  });

  it.each([
    ['organisations', ['name', 'type']],
    ['contacts', ['lastName']],
    ['requests', ['channel', 'topic', 'subject', 'question']],
    ['cases', ['projectTitle']],
    ['users', ['email', 'fullName', 'role']],
  ])('says a missing field of a new %s is required, never that it is too long or of a wrong format', async (resource, required) => {
    const agent = resource === 'users' ? await loginAs(app, 'admin') : staff;
    const { errors } = (await agent.post(`/api/${resource}`).send({}).expect(400)).body as { errors: Record<string, string> };
    for (const field of required) expect([field, errors[field]]).toEqual([field, 'champ obligatoire']);
  });
});
