import type { INestApplication } from '@nestjs/common';
import type TestAgent from 'supertest/lib/agent';
import { database, loginAs, startApp, unique } from './support/app';
import { plannedEvent } from './support/events';

interface RegistrationRecord {
  id: number;
  version: number;
  contactId: number | null;
  name: string | null;
  email: string | null;
}

// Works with the Loire relay, so the permission matrix (Isère, Rhône) runs beside it undisturbed.
describe('a name-and-e-mail registrant linked to a contact', () => {
  let app: INestApplication;
  let staff: TestAgent;
  let loire: TestAgent;

  beforeAll(async () => {
    app = await startApp();
    staff = await loginAs(app, 'staff');
    loire = await loginAs(app, 'relayLoire');
  });
  afterAll(() => app.close());

  const plan = async (agent = staff) =>
    (
      await plannedEvent(agent, {
        title: unique('Rencontre '),
        kind: 'regional_meeting',
        startsAt: '2030-09-12T09:00:00+02:00',
        endsAt: '2030-09-12T12:00:00+02:00',
      })
    ).id;
  const register = async (body: Record<string, unknown>, agent = staff): Promise<RegistrationRecord> =>
    (await agent.post('/api/registrations').send(body).expect(201)).body;
  const contact = async (body: Record<string, unknown> = {}) =>
    (
      await staff
        .post('/api/contacts')
        .send({ firstName: 'Aïcha', lastName: unique('Inscrite'), ...body })
        .expect(201)
    ).body as {
      id: number;
    };
  const read = async (id: number): Promise<RegistrationRecord> => (await staff.get(`/api/registrations/${id}`).expect(200)).body;
  const audits = async (id: number) =>
    (
      await database(app).query(`SELECT action, changes FROM audit_events WHERE entity = 'registration' AND entity_id = $1 ORDER BY id`, [
        id,
      ])
    ).map((event: { action: string }) => event.action);

  it('links a registrant to a contact once, from the version read, never making two registrations of one person', async () => {
    const event = await plan();
    const registrant = await register({ eventId: event, name: 'Aïcha Diallo', email: `${unique('aicha.')}@example.test` });
    const person = await contact();

    await staff
      .post(`/api/registrations/${registrant.id}/link-contact`)
      .send({ contactId: person.id, version: registrant.version + 1 })
      .expect(409);
    const missing = await staff
      .post(`/api/registrations/${registrant.id}/link-contact`)
      .send({ contactId: 2_000_000_000, version: registrant.version })
      .expect(400);
    expect(Object.keys(missing.body.errors)).toEqual(['contactId']);
    const { body: linked } = await staff
      .post(`/api/registrations/${registrant.id}/link-contact`)
      .send({ contactId: person.id, version: registrant.version })
      .expect(200);

    expect(linked).toMatchObject({ id: registrant.id, contactId: person.id, name: 'Aïcha Diallo', version: registrant.version + 1 });
    expect(await audits(registrant.id)).toEqual(['create', 'update']);
    const again = await staff
      .post(`/api/registrations/${registrant.id}/link-contact`)
      .send({ contactId: (await contact()).id, version: linked.version })
      .expect(409);
    expect(Object.keys(again.body.errors)).toEqual(['contactId']);

    // The contact is registered already under its own name: linking a second registration to it would make two.
    const other = await register({ eventId: event, name: 'A. Diallo' });
    const twice = await staff
      .post(`/api/registrations/${other.id}/link-contact`)
      .send({ contactId: person.id, version: other.version })
      .expect(409);
    expect(Object.keys(twice.body.errors)).toEqual(['contactId']);
    expect((await read(other.id)).contactId).toBeNull();
  });

  it('is the team’s work: a relay user may not link its events’ registrants to the directory', async () => {
    const registrant = await register({ eventId: await plan(loire), name: 'Relais' }, loire);
    const person = await contact();
    await loire
      .post(`/api/registrations/${registrant.id}/link-contact`)
      .send({ contactId: person.id, version: registrant.version })
      .expect(403);
    expect((await read(registrant.id)).contactId).toBeNull();
  });

  it('links by itself the registrations made under an e-mail when a contact with it is created, by hand or by import', async () => {
    const email = `${unique('futur.contact.')}@example.test`;
    const [first, second] = [await plan(), await plan()];
    const registrations = [
      await register({ eventId: first, name: 'Futur Contact', email }),
      await register({ eventId: second, name: 'Futur Contact', email: email.toUpperCase() }),
    ];
    const unrelated = await register({ eventId: first, name: 'Autre', email: `${unique('autre.')}@example.test` });

    const person = await contact({ email });

    expect((await Promise.all(registrations.map(({ id }) => read(id)))).map(({ contactId }) => contactId)).toEqual([person.id, person.id]);
    expect((await read(unrelated.id)).contactId).toBeNull();
    expect(await audits(registrations[0].id)).toEqual(['create', 'update']);

    const imported = `${unique('importe.')}@example.test`;
    const registrant = await register({ eventId: second, name: 'Importée', email: imported });
    const { body } = await staff
      .post('/api/contacts/import')
      .query({ mode: 'commit' })
      .set('Content-Type', 'text/csv')
      .send(Buffer.from(`Prénom,Nom,Courriel\nImportée,${unique('Par fichier')},${imported}\n`, 'utf8'))
      .expect(201);
    expect((await read(registrant.id)).contactId).toBe(body.ids[0]);
  });
});
