import type { INestApplication } from '@nestjs/common';
import type TestAgent from 'supertest/lib/agent';
import { database, loginAs, startApp, unique } from './support/app';

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

  it('refuses to delete an organisation that still has contacts: the contact keeps its organisation', async () => {
    const { body: organisation } = await staff
      .post('/api/organisations')
      .send({ name: unique('Closing '), type: 'association' })
      .expect(201);
    const { body: contact } = await staff
      .post('/api/contacts')
      .send({ organisationId: organisation.id, firstName: 'Still', lastName: 'Here' })
      .expect(201);
    const refused = await staff.delete(`/api/organisations/${organisation.id}`).expect(409);
    expect(refused.body.errors).toEqual({ contacts: '1 contact' });
    const after = await staff.get(`/api/contacts/${contact.id}`).expect(200);
    expect(after.body.organisationId).toBe(organisation.id);
  });

  describe('delete', () => {
    const newContact = async (fields: Record<string, unknown> = {}) =>
      (
        await staff
          .post('/api/contacts')
          .send({
            organisationId,
            firstName: 'Aïssata',
            lastName: unique('Koné'),
            email: `${unique('ak')}@example.test`,
            phone: '06 11 22 33 44',
            ...fields,
          })
          .expect(201)
      ).body;

    it('refuses to delete a contact who made a request, naming it; erasure is the way to remove the person', async () => {
      const contact = await newContact();
      await staff
        .post('/api/requests')
        .send({ channel: 'phone', topic: 'funding', subject: 'x', question: 'y', contactId: contact.id })
        .expect(201);
      const refused = await staff.delete(`/api/contacts/${contact.id}`).expect(409);
      expect(refused.body).toEqual({
        message:
          'Ce contact est lié à 1 demande : il ne peut pas être supprimé. Pour retirer la personne, effacez ses données personnelles.',
        errors: { requests: '1 demande' },
      });
      await staff.get(`/api/contacts/${contact.id}`).expect(200);
    });

    it('refuses to delete a contact a relay has read: the log of those reads stays', async () => {
      const { body: organisation } = await staff
        .post('/api/organisations')
        .send({ name: unique('Relais lu '), type: 'association', departement: '38' })
        .expect(201);
      const contact = await newContact({ organisationId: organisation.id });
      const { body: supportCase } = await staff
        .post('/api/cases')
        .send({ organisationId: organisation.id, projectTitle: unique('Projet '), nextFollowUpAt: '2030-01-15', countries: ['SN'] })
        .expect(201);
      await staff.post('/api/assignments').send({ caseId: supportCase.id }).expect(201);
      const relay = await loginAs(app, 'relayIsere');
      await relay.get(`/api/contacts/${contact.id}`).expect(200);

      const refused = await staff.delete(`/api/contacts/${contact.id}`).expect(409);
      expect(refused.body.errors).toEqual({ 'personal-data-reads': '1 consultation par un relais' });
      const reads = await database(app).query(`SELECT count(*)::int AS n FROM personal_data_reads WHERE contact_id = $1`, [contact.id]);
      expect(reads[0].n).toBe(1);
    });

    it('deletes a contact without history and leaves nothing of the person in the audit trail', async () => {
      const contact = await newContact({ function: 'Trésorière', notes: 'Préfère être appelée le matin' });
      await staff.put(`/api/contacts/${contact.id}`).send({ version: contact.version, phone: '07 99 88 77 66' }).expect(200);
      await staff.delete(`/api/contacts/${contact.id}`).expect(200);
      await staff.get(`/api/contacts/${contact.id}`).expect(404);

      const history = await staff
        .get(`/api/audit-events?filter=${JSON.stringify({ entity: 'contact', entityId: contact.id })}&sort=["id","ASC"]`)
        .expect(200);
      expect(history.body.map((event: { action: string }) => event.action)).toEqual(['create', 'update', 'delete']);
      const kept = JSON.stringify(history.body);
      for (const personal of [contact.lastName, 'Aïssata', contact.email, '06 11 22 33 44', '07 99 88 77 66', 'Trésorière', 'matin']) {
        expect(kept).not.toContain(personal);
      }
      // The history still says that a contact of this organisation existed, and when.
      expect(history.body[2].changes.before).toMatchObject({ id: contact.id, organisationId, lastName: '[effacé]' });
    });
  });
});
