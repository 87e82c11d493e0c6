import type { INestApplication } from '@nestjs/common';
import { RELAY_FIELDS, type RelayView } from '@resacoop/domain';
import type TestAgent from 'supertest/lib/agent';
import { ASSIGNMENT_LIST } from '../../apps/api/src/assignments/assignments.service';
import { CASE_LIST } from '../../apps/api/src/cases/cases.service';
import { fieldsReadBy, type FilterDefinition, type ListDefinition } from '../../apps/api/src/common/list-query';
import { CONTACT_LIST } from '../../apps/api/src/contacts/contacts.service';
import { EVENT_LIST } from '../../apps/api/src/events/events.service';
import { REGISTRATION_LIST } from '../../apps/api/src/events/registrations.service';
import { INTERACTION_LIST } from '../../apps/api/src/interactions/interactions.service';
import { NOTIFICATION_LIST } from '../../apps/api/src/notifications/notifications.service';
import { ORGANISATION_LIST } from '../../apps/api/src/organisations/organisations.service';
import { loginAs, startApp, unique } from './support/app';
import { openCase } from './support/cases';
import { plannedEvent } from './support/events';

const MISSING = 2_000_000_000;

/**
 * What the Isère relay may name in its writes and ask of its lists: only records of its own cases
 * and events, and only the fields its answers hold. Each refusal must look like the answer for a
 * record that does not exist, so that no write nor list tells a hidden record or field apart.
 */
describe('a relay’s reach through references, filters and sorts', () => {
  let app: INestApplication;
  let staff: TestAgent;
  let isere: TestAgent;
  const ids = {} as Record<string, number>;
  const hiddenEmail = `${unique('cachee.')}@example.test`;
  const hiddenLastName = unique('Cachee');
  const seenLastName = unique('Visible');

  beforeAll(async () => {
    app = await startApp();
    staff = await loginAs(app, 'staff');
    isere = await loginAs(app, 'relayIsere');
    const organisation = async () =>
      (
        await staff
          .post('/api/organisations')
          .send({ name: unique('Portee '), type: 'association', departement: '38' })
          .expect(201)
      ).body.id as number;
    ids.seenOrganisation = await organisation();
    ids.hiddenOrganisation = await organisation();
    ids.seenContact = (
      await staff.post('/api/contacts').send({ organisationId: ids.seenOrganisation, firstName: 'Awa', lastName: seenLastName }).expect(201)
    ).body.id;
    ids.hiddenContact = (
      await staff
        .post('/api/contacts')
        .send({ organisationId: ids.hiddenOrganisation, firstName: 'Inès', lastName: hiddenLastName, email: hiddenEmail })
        .expect(201)
    ).body.id;
    // Registered nowhere, so that only its being out of reach can refuse a write naming it.
    ids.unregisteredContact = (
      await staff
        .post('/api/contacts')
        .send({ organisationId: ids.hiddenOrganisation, firstName: 'Noé', lastName: unique('Cache') })
        .expect(201)
    ).body.id;
    ids.seenCase = await openCase(staff, ids.seenOrganisation);
    ids.hiddenCase = await openCase(staff, ids.hiddenOrganisation);
    // The Isère relay covers département 38: it is proposed by default.
    await staff.post('/api/assignments').send({ caseId: ids.seenCase }).expect(201);
    ids.request = (
      await staff
        .post('/api/requests')
        .send({ channel: 'phone', topic: 'funding', subject: 'x', question: 'y', organisationId: ids.hiddenOrganisation })
        .expect(201)
    ).body.id;
    ids.ownEvent = (await plannedEvent(isere, { departement: '38' })).id;
    ids.teamEvent = (await plannedEvent(staff, { departement: '38' })).id;
    ids.ownRegistration = (await isere.post('/api/registrations').send({ eventId: ids.ownEvent, name: 'Sans fiche' }).expect(201)).body.id;
    // The team registers on the relay's event someone the relay may not read.
    ids.teamRegistration = (
      await staff.post('/api/registrations').send({ eventId: ids.ownEvent, contactId: ids.hiddenContact }).expect(201)
    ).body.id;
    await isere.post('/api/registrations').send({ eventId: ids.ownEvent, contactId: ids.seenContact }).expect(201);
  });
  afterAll(() => app.close());

  const versionOf = async (path: string) => (await staff.get(path).expect(200)).body.version as number;

  it('refuses every reference a relay writes to a record outside its cases and events, as it refuses a missing one', async () => {
    type Write = { what: string; send: (id: number) => Promise<{ status: number; body: { errors?: object } }> };
    const writes: Write[] = [
      { what: 'registration contactId', send: (id) => isere.post('/api/registrations').send({ eventId: ids.ownEvent, contactId: id }) },
      {
        what: 'registration organisationId',
        send: (id) => isere.post('/api/registrations').send({ eventId: ids.ownEvent, name: unique('P '), organisationId: id }),
      },
      { what: 'registration eventId', send: (id) => isere.post('/api/registrations').send({ eventId: id, name: unique('P ') }) },
      {
        what: 'registration update contactId',
        send: async (id) =>
          isere
            .put(`/api/registrations/${ids.ownRegistration}`)
            .send({ version: await versionOf(`/api/registrations/${ids.ownRegistration}`), contactId: id }),
      },
      {
        what: 'registration update organisationId',
        send: async (id) =>
          isere
            .put(`/api/registrations/${ids.ownRegistration}`)
            .send({ version: await versionOf(`/api/registrations/${ids.ownRegistration}`), organisationId: id }),
      },
      { what: 'walk-in contactId', send: (id) => isere.post(`/api/events/${ids.ownEvent}/walk-ins`).send({ contactId: id }) },
      {
        what: 'walk-in organisationId',
        send: (id) => isere.post(`/api/events/${ids.ownEvent}/walk-ins`).send({ name: unique('P '), organisationId: id }),
      },
      {
        what: 'event coOrganiserIds',
        send: (id) =>
          isere.post('/api/events').send({
            title: unique('Atelier '),
            kind: 'workshop',
            role: 'organised',
            startsAt: '2030-05-12T09:00:00+02:00',
            endsAt: '2030-05-12T12:00:00+02:00',
            departement: '38',
            coOrganiserIds: [id],
          }),
      },
      {
        what: 'event update coOrganiserIds',
        send: async (id) =>
          isere.put(`/api/events/${ids.ownEvent}`).send({ version: await versionOf(`/api/events/${ids.ownEvent}`), coOrganiserIds: [id] }),
      },
      { what: 'interaction caseId', send: (id) => isere.post('/api/interactions').send({ caseId: id, kind: 'note', body: 'x' }) },
      { what: 'interaction requestId', send: (id) => isere.post('/api/interactions').send({ requestId: id, kind: 'note', body: 'x' }) },
      {
        what: 'link-contact contactId',
        send: async (id) =>
          isere
            .post(`/api/registrations/${ids.ownRegistration}/link-contact`)
            .send({ version: await versionOf(`/api/registrations/${ids.ownRegistration}`), contactId: id }),
      },
    ];
    const outOfScope: Record<string, number> = {
      'registration contactId': ids.unregisteredContact,
      'registration organisationId': ids.hiddenOrganisation,
      'registration eventId': ids.teamEvent,
      'registration update contactId': ids.unregisteredContact,
      'registration update organisationId': ids.hiddenOrganisation,
      'walk-in contactId': ids.unregisteredContact,
      'walk-in organisationId': ids.hiddenOrganisation,
      'event coOrganiserIds': ids.hiddenOrganisation,
      'event update coOrganiserIds': ids.hiddenOrganisation,
      'interaction caseId': ids.hiddenCase,
      'interaction requestId': ids.request,
      'link-contact contactId': ids.unregisteredContact,
    };
    const accepted: string[] = [];
    const toldApart: string[] = [];
    for (const { what, send } of writes) {
      const hidden = await send(outOfScope[what]);
      const missing = await send(MISSING);
      if (hidden.status < 400 || hidden.status >= 500) accepted.push(`${what} → ${hidden.status}`);
      const answer = (response: typeof hidden) => `${response.status} ${Object.keys(response.body.errors ?? {}).join(',')}`;
      if (answer(hidden) !== answer(missing)) toldApart.push(`${what}: hidden ${answer(hidden)}, missing ${answer(missing)}`);
    }
    expect(accepted).toEqual([]);
    expect(toldApart).toEqual([]);
    const own = (await staff.get(`/api/registrations/${ids.ownRegistration}`).expect(200)).body;
    expect(own).toMatchObject({ contactId: null, organisationId: null });
  });

  it('still lets a relay name the people and organisations of its own cases', async () => {
    const walkIn = await isere
      .post(`/api/events/${ids.ownEvent}/walk-ins`)
      .send({ name: unique('Passant '), organisationId: ids.seenOrganisation })
      .expect(201);
    expect(walkIn.body.organisationId).toBe(ids.seenOrganisation);
    const version = await versionOf(`/api/events/${ids.ownEvent}`);
    await isere
      .put(`/api/events/${ids.ownEvent}`)
      .send({ version, coOrganiserIds: [ids.seenOrganisation] })
      .expect(200);
    // A co-organiser the team named stays when the relay edits the event otherwise.
    const teamVersion = await versionOf(`/api/events/${ids.ownEvent}`);
    await staff
      .put(`/api/events/${ids.ownEvent}`)
      .send({ version: teamVersion, coOrganiserIds: [ids.seenOrganisation, ids.hiddenOrganisation] })
      .expect(200);
    const relayVersion = await versionOf(`/api/events/${ids.ownEvent}`);
    await isere
      .put(`/api/events/${ids.ownEvent}`)
      .send({ version: relayVersion, title: unique('Renommé '), coOrganiserIds: [ids.hiddenOrganisation, ids.seenOrganisation] })
      .expect(200);
  });

  it('never matches a relay’s registration search through a contact it may not read', async () => {
    const search = async (agent: TestAgent, q: string) =>
      (
        (await agent.get(`/api/registrations?filter=${encodeURIComponent(JSON.stringify({ eventId: ids.ownEvent, q }))}`).expect(200))
          .body as { id: number }[]
      ).map((row) => row.id);
    for (const q of [hiddenLastName, hiddenEmail, hiddenEmail.slice(0, 3)]) {
      expect({ q, found: (await search(isere, q)).includes(ids.teamRegistration) }).toEqual({ q, found: false });
    }
    // The team finds them; the relay finds the people of its own cases.
    expect(await search(staff, hiddenEmail)).toEqual([ids.teamRegistration]);
    expect(await search(isere, seenLastName)).toHaveLength(1);
  });

  /** A value of the right kind for a filter, so that only the field decides the answer. */
  function sampleValue(definition: FilterDefinition): unknown {
    switch (definition.kind) {
      case 'equals':
        return definition.type === 'int' ? 1 : definition.type === 'bool' ? true : (definition.values?.[0] ?? 'x');
      case 'arrayContains':
        return definition.values?.[0] ?? 'x';
      case 'matches':
        return definition.type === 'int' ? 1 : (definition.values?.[0] ?? 'x');
      case 'isSet':
      case 'flag':
        return true;
      case 'search':
        return 'a';
      case 'since':
      case 'until':
        return '2024-01-01';
    }
  }

  const LISTS: { resource: string; list: ListDefinition; view: RelayView | null }[] = [
    { resource: 'organisations', list: ORGANISATION_LIST, view: 'organisations' },
    { resource: 'contacts', list: CONTACT_LIST, view: 'contacts' },
    { resource: 'cases', list: CASE_LIST, view: 'cases' },
    { resource: 'interactions', list: INTERACTION_LIST, view: 'interactions' },
    { resource: 'assignments', list: ASSIGNMENT_LIST, view: 'assignments' },
    { resource: 'notifications', list: NOTIFICATION_LIST, view: 'notifications' },
    // A relay reads the whole of its events and their registrations.
    { resource: 'events', list: EVENT_LIST, view: null },
    { resource: 'registrations', list: REGISTRATION_LIST, view: null },
  ];

  it('lets a relay filter and sort every list only by the fields it reads, naming any other in a 400', async () => {
    const wrong: string[] = [];
    let refused = 0;
    for (const { resource, list, view } of LISTS) {
      const readable = (fields: readonly string[]) => view === null || fields.every((field) => RELAY_FIELDS[view].includes(field));
      for (const field of Object.keys(list.sortable)) {
        const response = await isere.get(`/api/${resource}?sort=${encodeURIComponent(JSON.stringify([field, 'ASC']))}`);
        const expected = readable([field]) ? 200 : 400;
        if (expected === 400) refused++;
        if (response.status !== expected || (expected === 400 && !response.body.errors?.sort)) {
          wrong.push(`sort ${resource}.${field} → ${response.status} ${JSON.stringify(response.body.errors ?? {})}`);
        }
      }
      for (const [name, definition] of Object.entries(list.filters)) {
        const filter = encodeURIComponent(JSON.stringify({ [name]: sampleValue(definition) }));
        const response = await isere.get(`/api/${resource}?filter=${filter}`);
        const expected = readable(fieldsReadBy(name, definition)) ? 200 : 400;
        if (expected === 400) refused++;
        if (response.status !== expected || (expected === 400 && !response.body.errors?.[`filter.${name}`])) {
          wrong.push(`filter ${resource}.${name} → ${response.status} ${JSON.stringify(response.body.errors ?? {})}`);
        }
      }
    }
    expect(wrong).toEqual([]);
    expect(refused).toBeGreaterThan(0);
  });

  it('sees who holds a case it works: the case names its contact, whom the relay may open', async () => {
    const person = (
      await staff
        .post('/api/contacts')
        .send({ firstName: 'Léa', lastName: unique('Porteuse') })
        .expect(201)
    ).body.id;
    const held = (
      await staff
        .post('/api/cases')
        .send({ contactId: person, projectTitle: unique('Projet '), nextFollowUpAt: '2030-01-15' })
        .expect(201)
    ).body.id;
    const { relayId } = (await isere.get('/api/auth/me').expect(200)).body;
    await staff.post('/api/assignments').send({ caseId: held, relayId }).expect(201);
    expect((await isere.get(`/api/cases/${held}`).expect(200)).body.contactId).toBe(person);
    expect((await isere.get(`/api/contacts/${person}`).expect(200)).body.lastName).toMatch(/^Porteuse/);
  });

  it('refuses the filters and sorts that told a relay what the team keeps to itself', async () => {
    const oracles = [
      ['organisations', 'filter', { membership: 'adherent' }, 'filter.membership'],
      ['organisations', 'sort', ['membership', 'ASC'], 'sort'],
      ['organisations', 'filter', { siret: '73282932000074' }, 'filter.siret'],
      ['organisations', 'filter', { rna: 'W381000001' }, 'filter.rna'],
      ['contacts', 'filter', { hasNewsletterConsent: true }, 'filter.hasNewsletterConsent'],
      ['contacts', 'filter', { inactive: true }, 'filter.inactive'],
    ] as const;
    for (const [resource, parameter, value, field] of oracles) {
      const response = await isere.get(`/api/${resource}?${parameter}=${encodeURIComponent(JSON.stringify(value))}`);
      expect({ resource, parameter, value, status: response.status }).toEqual({ resource, parameter, value, status: 400 });
      expect(Object.keys(response.body.errors)).toEqual([field]);
    }
    // The team keeps them.
    await staff.get(`/api/organisations?filter=${encodeURIComponent(JSON.stringify({ membership: 'adherent' }))}`).expect(200);
    await staff.get(`/api/organisations?sort=${encodeURIComponent(JSON.stringify(['membership', 'ASC']))}`).expect(200);
  });
});
