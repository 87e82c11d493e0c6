import type { INestApplication } from '@nestjs/common';
import type TestAgent from 'supertest/lib/agent';
import { database, loginAs, startApp, unique } from './support/app';
import { plannedEvent } from './support/events';

interface Match {
  row: number;
  person: 'contact' | 'newContact' | 'registrant';
  contactId: number | null;
  registration: 'new' | 'existing';
  registrationId: number | null;
}
interface RegistrationRow {
  id: number;
  contactId: number | null;
  name: string | null;
  email: string | null;
  status: string;
  organisationId: number | null;
  organisationName: string | null;
  consentAt: string | null;
}

// Works with the Loire relay, so the permission matrix (Isère, Rhône) runs beside it undisturbed.
describe('an event’s sign-in sheet', () => {
  let app: INestApplication;
  let staff: TestAgent;
  let loire: TestAgent;

  beforeAll(async () => {
    app = await startApp();
    staff = await loginAs(app, 'staff');
    loire = await loginAs(app, 'relayLoire');
  });
  afterAll(() => app.close());

  const plan = (agent = staff, body: Record<string, unknown> = {}) => plannedEvent(agent, { title: unique('Formation émargée '), ...body });
  const sheet = (agent: TestAgent, eventId: number, mode: 'preview' | 'commit', lines: string[], mapping?: Record<string, string | null>) =>
    agent
      .post(`/api/events/${eventId}/sign-in-sheet/import`)
      .query({ mode, ...(mapping ? { mapping: JSON.stringify(mapping) } : {}) })
      .set('Content-Type', 'text/csv')
      .send(Buffer.from(lines.join('\n'), 'utf8'));
  const registrationsOf = async (eventId: number): Promise<RegistrationRow[]> =>
    (await staff.get(`/api/registrations?filter=${JSON.stringify({ eventId })}&range=[0,99]`).expect(200)).body;
  const contactsNamed = async (lastName: string): Promise<{ id: number; firstName: string; email: string | null }[]> =>
    (await staff.get(`/api/contacts?filter=${JSON.stringify({ q: lastName })}&range=[0,99]`).expect(200)).body;
  const audited = async (entity: string, ids: number[]): Promise<number> =>
    (
      await database(app).query(`SELECT count(DISTINCT entity_id)::int AS n FROM audit_events WHERE entity = $1 AND entity_id = ANY($2)`, [
        entity,
        ids,
      ])
    )[0].n;

  it('shows each row’s match before anything is saved, then records attendance once, creating contacts only with consent', async () => {
    const organisationName = unique('Amis du Togo ');
    const organisationId = (
      await staff
        .post('/api/organisations')
        .send({ name: `Association ${organisationName}`, type: 'association', departement: '42' })
        .expect(201)
    ).body.id as number;
    const martinEmail = `${unique('elodie.martin.')}@example.test`;
    const martin = (
      await staff.post('/api/contacts').send({ firstName: 'Élodie', lastName: 'Martin', email: martinEmail, organisationId }).expect(201)
    ).body.id as number;
    const ferreiraName = unique('Ferreira');
    const ferreira = (await staff.post('/api/contacts').send({ firstName: 'José', lastName: ferreiraName, organisationId }).expect(201))
      .body.id as number;
    const event = await plan();
    const martinRegistration = (await staff.post('/api/registrations').send({ eventId: event.id, contactId: martin }).expect(201)).body.id;
    const paulEmail = `${unique('paul.')}@example.test`;
    const paulRegistration = (
      await staff.post('/api/registrations').send({ eventId: event.id, name: 'Paul Dupont', email: paulEmail }).expect(201)
    ).body.id;
    const zoeName = unique('Nouvelle');
    const zoeEmail = `${unique('zoe.')}@example.test`;
    const leaName = unique('Passante');
    const lines = [
      'Nom;Prénom;Courriel;Structure;Consentement',
      `MARTIN;elodie;${martinEmail.toUpperCase()};;oui`,
      `${ferreiraName.toLowerCase()};Jose;;${organisationName.toUpperCase()};non`,
      `Dupont;Paul;${paulEmail};;`,
      `${zoeName};Zoé;${zoeEmail};;Oui`,
      `${leaName};Léa;;Collectif de passage;non`,
    ];

    const { body: preview } = await sheet(staff, event.id, 'preview', lines).expect(200);

    expect(preview).toMatchObject({
      mode: 'preview',
      resource: 'registrations',
      eventId: event.id,
      mapping: { Nom: 'lastName', Prénom: 'firstName', Courriel: 'email', Structure: 'organisationName', Consentement: 'consent' },
      rows: 5,
      valid: 5,
      invalid: 0,
      errors: [],
    });
    expect(preview.matches).toEqual<Match[]>([
      { row: 2, person: 'contact', contactId: martin, registration: 'existing', registrationId: martinRegistration },
      { row: 3, person: 'contact', contactId: ferreira, registration: 'new', registrationId: null },
      { row: 4, person: 'registrant', contactId: null, registration: 'existing', registrationId: paulRegistration },
      { row: 5, person: 'newContact', contactId: null, registration: 'new', registrationId: null },
      { row: 6, person: 'registrant', contactId: null, registration: 'new', registrationId: null },
    ]);
    expect(await registrationsOf(event.id)).toHaveLength(2);
    expect(await contactsNamed(zoeName)).toEqual([]);

    const { body: committed } = await sheet(staff, event.id, 'commit', lines).expect(201);

    expect(committed).toMatchObject({ mode: 'commit', resource: 'registrations', eventId: event.id, imported: 5 });
    expect(committed.updated).toEqual([martinRegistration, paulRegistration]);
    expect(committed.created).toHaveLength(3);
    const [zoe] = await contactsNamed(zoeName);
    expect(zoe).toMatchObject({ firstName: 'Zoé', email: zoeEmail });
    expect(committed.contacts).toEqual([zoe.id]);
    expect(await contactsNamed(leaName)).toEqual([]);
    const registrations = await registrationsOf(event.id);
    expect(
      registrations.map(({ contactId, name, email, status, organisationId: organisation, organisationName: named }) => ({
        contactId,
        name,
        email,
        status,
        organisation,
        named,
      })),
    ).toEqual([
      { contactId: martin, name: null, email: null, status: 'attended', organisation: null, named: null },
      { contactId: null, name: 'Paul Dupont', email: paulEmail, status: 'attended', organisation: null, named: null },
      { contactId: ferreira, name: null, email: null, status: 'attended', organisation: organisationId, named: null },
      { contactId: zoe.id, name: null, email: null, status: 'attended', organisation: null, named: null },
      { contactId: null, name: `Léa ${leaName}`, email: null, status: 'attended', organisation: null, named: 'Collectif de passage' },
    ]);
    expect(registrations.filter((registration) => registration.consentAt !== null).map(({ contactId }) => contactId)).toEqual([
      martin,
      zoe.id,
    ]);
    expect(await audited('registration', committed.ids)).toBe(5);
    expect(await audited('contact', committed.contacts)).toBe(1);

    // The same sheet again: everyone is there already, nobody is added twice.
    const again = (await sheet(staff, event.id, 'preview', lines).expect(200)).body;
    expect(again.matches.map((match: Match) => [match.person, match.registration])).toEqual([
      ['contact', 'existing'],
      ['contact', 'existing'],
      ['registrant', 'existing'],
      ['contact', 'existing'],
      ['registrant', 'existing'],
    ]);
    const second = (await sheet(staff, event.id, 'commit', lines).expect(201)).body;
    expect(second).toMatchObject({ imported: 5, created: [], contacts: [] });
    expect(await registrationsOf(event.id)).toHaveLength(5);
    expect(await contactsNamed(zoeName)).toHaveLength(1);
  });

  it('names the row and column of each error, and a commit with any error records nothing', async () => {
    const event = await plan();
    const lines = [
      'Nom de famille,Prénom,E-mail,Accord',
      `${unique('Sans')},,${unique('sans.prenom.')}@example.test,oui`,
      `${unique('Indécis')},Luc,,peut-être`,
      `${unique('Double')},Ana,ana@example.test,non`,
      `${unique('Double')},Ana B.,ANA@example.test,non`,
      `,Personne,,non`,
      `${unique('Valide')},Max,,non`,
    ];

    const { body } = await sheet(staff, event.id, 'preview', lines).expect(200);

    expect(body).toMatchObject({ rows: 6, valid: 2, invalid: 4 });
    expect(body.errors).toEqual([
      { row: 2, field: 'firstName', column: 'Prénom', message: 'un prénom est nécessaire pour créer le contact (consentement donné)' },
      { row: 3, field: 'consent', column: 'Accord', message: expect.any(String) },
      { row: 5, field: 'email', column: 'E-mail', message: 'même personne qu’à la ligne 4' },
      { row: 6, field: 'lastName', column: 'Nom de famille', message: expect.any(String) },
    ]);
    const refused = await sheet(staff, event.id, 'commit', lines).expect(400);
    expect(Object.keys(refused.body.errors)).toEqual(['2.firstName', '3.consent', '5.email', '6.lastName']);
    expect(await registrationsOf(event.id)).toEqual([]);

    const unmapped = await sheet(staff, event.id, 'preview', lines, { 'Nom de famille': null }).expect(200);
    expect(unmapped.body.errors[0]).toEqual({ row: null, field: 'lastName', column: null, message: expect.any(String) });
  });

  it('refuses a cancelled event’s sheet, and an event the caller may not see is not found', async () => {
    const event = await plan();
    await staff.post(`/api/events/${event.id}/cancel`).send({ version: event.version }).expect(200);
    const refused = await sheet(staff, event.id, 'preview', ['Nom', 'Dupont']).expect(409);
    expect(refused.body.errors).toEqual({ eventId: expect.any(String) });
    await sheet(loire, (await plan()).id, 'preview', ['Nom', 'Dupont']).expect(404);
    await sheet(staff, 2_000_000_000, 'preview', ['Nom', 'Dupont']).expect(404);
  });

  it('lets a relay import its own events’ sheets, without searching or adding to the directory', async () => {
    const known = `${unique('connue.')}@example.test`;
    await staff.post('/api/contacts').send({ firstName: 'Connue', lastName: 'Du répertoire', email: known }).expect(201);
    const event = await plan(loire);
    const lines = ['Nom,Prénom,Courriel,Consentement', `Du répertoire,Connue,${known},oui`, `${unique('Relais')},Jo,,oui`];

    const { body } = await sheet(loire, event.id, 'preview', lines).expect(200);
    expect(body.matches.map((match: Match) => match.person)).toEqual(['registrant', 'registrant']);
    const committed = (await sheet(loire, event.id, 'commit', lines).expect(201)).body;
    expect(committed).toMatchObject({ imported: 2, contacts: [] });
    expect((await registrationsOf(event.id)).map(({ contactId, email }) => ({ contactId, email }))).toEqual([
      { contactId: null, email: known },
      { contactId: null, email: null },
    ]);
  });
});
