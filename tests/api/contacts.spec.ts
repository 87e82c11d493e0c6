import type { INestApplication } from '@nestjs/common';
import type TestAgent from 'supertest/lib/agent';
import { loginAs, startApp, unique } from './support/app';

describe('contacts', () => {
  let app: INestApplication;
  let staff: TestAgent;
  let organisationId: number;

  beforeAll(async () => {
    app = await startApp();
    staff = await loginAs(app, 'staff');
    organisationId = (
      await staff
        .post('/api/organisations')
        .send({ name: unique('Employer '), type: 'company' })
        .expect(201)
    ).body.id;
  });
  afterAll(() => app.close());

  it('lists the contacts of an organisation (getManyReference)', async () => {
    const lastName = unique('Ndiaye');
    await staff
      .post('/api/contacts')
      .send({ organisationId, firstName: 'Aïcha', lastName, email: `${lastName}@example.org` })
      .expect(201);
    await staff.post('/api/contacts').send({ organisationId, firstName: 'Jérôme', lastName }).expect(201);
    await staff.post('/api/contacts').send({ firstName: 'Loner', lastName }).expect(201);
    const response = await staff
      .get(`/api/contacts?filter=${JSON.stringify({ organisationId })}&sort=["firstName","ASC"]&range=[0,9]`)
      .expect(200);
    expect(response.headers['content-range']).toBe('contacts 0-1/2');
    expect(response.body.map((row: { firstName: string }) => row.firstName)).toEqual(['Aïcha', 'Jérôme']);
    const search = await staff.get(`/api/contacts?filter=${JSON.stringify({ q: `aicha ${lastName}` })}`).expect(200);
    expect(search.body).toHaveLength(1);
  });

  it('records newsletter consent with its date and filters on it', async () => {
    const lastName = unique('Consent');
    const consentAt = '2024-03-01T10:00:00.000Z';
    const created = await staff.post('/api/contacts').send({ firstName: 'Yes', lastName, newsletterConsentAt: consentAt }).expect(201);
    expect(created.body.newsletterConsentAt).toBe(consentAt);
    await staff.post('/api/contacts').send({ firstName: 'No', lastName }).expect(201);
    const consenting = await staff.get(`/api/contacts?filter=${JSON.stringify({ q: lastName, hasNewsletterConsent: true })}`).expect(200);
    expect(consenting.body.map((row: { firstName: string }) => row.firstName)).toEqual(['Yes']);
    const withdrawn = await staff.put(`/api/contacts/${created.body.id}`).send({ newsletterConsentAt: null, version: 1 }).expect(200);
    expect(withdrawn.body.newsletterConsentAt).toBeNull();
  });

  it('names the field when the organisation does not exist or the e-mail is malformed', async () => {
    const response = await staff
      .post('/api/contacts')
      .send({ organisationId: 999999, firstName: 'A', lastName: 'B', email: 'not-an-email' })
      .expect(400);
    expect(response.body.errors).toHaveProperty('email');
    const missing = await staff.post('/api/contacts').send({ organisationId: 999999, firstName: 'A', lastName: 'B' }).expect(400);
    expect(missing.body.errors).toEqual({ organisationId: expect.any(String) });
  });

  it('keeps a contact when its organisation is deleted', async () => {
    const { body: organisation } = await staff
      .post('/api/organisations')
      .send({ name: unique('Closing '), type: 'association' })
      .expect(201);
    const { body: contact } = await staff
      .post('/api/contacts')
      .send({ organisationId: organisation.id, firstName: 'Still', lastName: 'Here' })
      .expect(201);
    await staff.delete(`/api/organisations/${organisation.id}`).expect(200);
    const after = await staff.get(`/api/contacts/${contact.id}`).expect(200);
    expect(after.body.organisationId).toBeNull();
  });
});
