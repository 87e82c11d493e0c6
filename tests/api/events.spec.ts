import type { INestApplication } from '@nestjs/common';
import type TestAgent from 'supertest/lib/agent';
import request from 'supertest';
import { loginAs, startApp, unique } from './support/app';
import { SmtpSink, unfold } from './support/smtp-sink';

interface EventRecord {
  id: number;
  version: number;
  status: string;
  publicToken: string | null;
  relayId: number | null;
  site: string | null;
}
interface RegistrationRecord {
  id: number;
  version: number;
  status: string;
  eventId: number;
  email: string | null;
}

// Works with the Loire and Drôme-Ardèche relays, so the permission matrix (Isère, Rhône) runs beside it undisturbed.
describe('collective events and registrations', () => {
  let app: INestApplication;
  let staff: TestAgent;
  let loire: TestAgent;
  let drome: TestAgent;
  let loireRelayId: number;
  let dromeRelayId: number;
  const smtp = new SmtpSink();
  /** Registrations a public page takes per hour (PUBLIC_REGISTRATIONS_PER_EVENT), low so that the bound is reached. */
  const perEvent = 3;

  beforeAll(async () => {
    app = await startApp({ SMTP_URL: await smtp.start(), PUBLIC_REGISTRATIONS_PER_EVENT: String(perEvent) });
    staff = await loginAs(app, 'staff');
    loire = await loginAs(app, 'relayLoire');
    drome = await loginAs(app, 'relayDrome');
    loireRelayId = (await loire.get('/api/auth/me').expect(200)).body.relayId;
    dromeRelayId = (await drome.get('/api/auth/me').expect(200)).body.relayId;
  });
  afterAll(async () => {
    await app.close();
    await smtp.stop();
  });

  const plan = async (body: Record<string, unknown> = {}, agent = staff): Promise<EventRecord> =>
    (
      await agent
        .post('/api/events')
        .send({
          title: unique('Atelier financements '),
          kind: 'workshop',
          role: 'organised',
          startsAt: '2030-03-12T14:00:00+01:00',
          endsAt: '2030-03-12T17:00:00+01:00',
          departement: '69M',
          ...body,
        })
        .expect(201)
    ).body;
  const organisation = async () =>
    (
      await staff
        .post('/api/organisations')
        .send({ name: unique('Participante '), type: 'association', departement: '42' })
        .expect(201)
    ).body.id as number;
  const contact = async () =>
    (
      await staff
        .post('/api/contacts')
        .send({ firstName: 'Inès', lastName: unique('Participante'), email: `${unique('p')}@example.test` })
        .expect(201)
    ).body as { id: number; email: string };
  const register = async (body: Record<string, unknown>, agent = staff): Promise<RegistrationRecord> =>
    (await agent.post('/api/registrations').send(body).expect(201)).body;
  const auditOf = async (entity: string, entityId: number) =>
    (
      (await staff.get(`/api/audit-events?filter=${JSON.stringify({ entity, entityId })}&sort=["id","ASC"]&range=[0,99]`).expect(200))
        .body as { action: string }[]
    ).map((event) => event.action);

  it('plans an event as a draft at the planner’s site, and refuses an impossible one naming each field', async () => {
    const event = await plan({ themes: ['funding', 'ecsi'], sdgs: [4, 17], capacity: 30 });
    expect(event).toMatchObject({ status: 'draft', site: 'lyon', relayId: null, online: false, headCount: 0, publicToken: null });
    const bad = await staff
      .post('/api/events')
      .send({
        title: 'x',
        kind: 'conference',
        role: 'organised',
        startsAt: '2030-02-30T10:00:00+01:00',
        endsAt: '2030-03-01T10:00:00+01:00',
        themes: ['cuisine'],
        sdgs: [18],
      })
      .expect(400);
    expect(Object.keys(bad.body.errors).sort()).toEqual(['kind', 'sdgs', 'startsAt', 'themes']);
    const rules = await staff
      .post('/api/events')
      .send({
        title: 'Sans lieu',
        kind: 'workshop',
        role: 'organised',
        startsAt: '2030-03-12T14:00:00+01:00',
        endsAt: '2030-03-12T10:00:00+01:00',
        hours: 3,
        trainer: 'Formatrice',
      })
      .expect(400);
    expect(Object.keys(rules.body.errors).sort()).toEqual(['departement', 'endsAt', 'hours', 'trainer']);
    const missingCoOrganiser = await staff
      .post('/api/events')
      .send({
        title: 'x',
        kind: 'webinar',
        role: 'co_organised',
        startsAt: '2030-03-12T14:00:00Z',
        endsAt: '2030-03-12T15:00:00Z',
        online: true,
        coOrganiserIds: [999_999_999],
      })
      .expect(400);
    expect(missingCoOrganiser.body.errors).toEqual({ coOrganiserIds: 'organisation introuvable' });
    const training = await plan({ kind: 'training', hours: 3.5, trainer: 'Awa Diallo', online: true, departement: null });
    expect(training).toMatchObject({ hours: 3.5, trainer: 'Awa Diallo', online: true, departement: null });
    expect(await auditOf('event', event.id)).toEqual(['create']);
  });

  it('lists by the react-admin contract with whitelisted filters and sorts, and exports the list as CSV', async () => {
    const coOrganiser = await organisation();
    const title = unique('Rencontre régionale Clermont ');
    const event = await plan({
      title,
      kind: 'regional_meeting',
      role: 'co_organised',
      coOrganiserIds: [coOrganiser],
      themes: ['partnership'],
    });
    const filter = JSON.stringify({
      q: title.toUpperCase().replace('É', 'E'),
      kind: 'regional_meeting',
      role: ['co_organised'],
      themes: 'partnership',
    });
    const listed = await staff.get(`/api/events?filter=${encodeURIComponent(filter)}&sort=["startsAt","ASC"]&range=[0,9]`).expect(200);
    expect(listed.body.map((row: EventRecord) => row.id)).toEqual([event.id]);
    expect(listed.headers['content-range']).toBe('events 0-0/1');
    const byCoOrganiser = await staff.get(`/api/events?filter=${JSON.stringify({ coOrganiserId: coOrganiser })}`).expect(200);
    expect(byCoOrganiser.body.map((row: EventRecord) => row.id)).toEqual([event.id]);
    const unknownSort = await staff.get('/api/events?sort=["publicDescription","ASC"]').expect(400);
    expect(unknownSort.body.errors).toHaveProperty('sort');
    await staff.get(`/api/events?filter=${JSON.stringify({ status: 'finished' })}`).expect(400);
    const csv = (await staff.get(`/api/events/export.csv?filter=${JSON.stringify({ id: [event.id] })}`).expect(200)).text;
    expect(csv.split('\n')[0]).toMatch(/^\uFEFF?id;title;kind;role;status;startsAt;endsAt;/);
    expect(csv).toContain(title);
  });

  it('saves a change only from the version it was made on (409 on a stale one)', async () => {
    const event = await plan();
    const changed = (await staff.put(`/api/events/${event.id}`).send({ capacity: 12, version: event.version }).expect(200)).body;
    expect(changed).toMatchObject({ capacity: 12, version: event.version + 1 });
    const stale = await staff.put(`/api/events/${event.id}`).send({ capacity: 50, version: event.version }).expect(409);
    expect(stale.body.errors).toHaveProperty('version');
    await staff.put(`/api/events/${event.id}`).send({ status: 'held', version: changed.version }).expect(400);
    expect(await auditOf('event', event.id)).toEqual(['create', 'update']);
  });

  it('publishes a draft with an unguessable token kept for good, then holds it; refuses moves its status does not allow', async () => {
    const event = await plan();
    const published = (await staff.post(`/api/events/${event.id}/publish`).send({ version: event.version }).expect(200)).body;
    expect(published.status).toBe('published');
    expect(published.publicToken).toMatch(/^[A-Za-z0-9_-]{32}$/);
    const again = await staff.post(`/api/events/${event.id}/publish`).send({ version: published.version }).expect(409);
    expect(again.body.errors).toEqual({ status: 'impossible depuis « Publié »' });
    await staff.post(`/api/events/${event.id}/hold`).send({ version: event.version }).expect(409);
    const held = (await staff.post(`/api/events/${event.id}/hold`).send({ version: published.version }).expect(200)).body;
    expect(held).toMatchObject({ status: 'held', publicToken: published.publicToken });
    await staff.post(`/api/events/${event.id}/cancel`).send({ version: held.version }).expect(409);
    const other = await plan();
    const cancelled = (await staff.post(`/api/events/${other.id}/cancel`).send({ version: other.version }).expect(200)).body;
    expect(cancelled).toMatchObject({ status: 'cancelled', publicToken: null });
    const contactId = (await contact()).id;
    const closed = await staff.post('/api/registrations').send({ eventId: other.id, contactId }).expect(409);
    expect(closed.body.errors).toEqual({ eventId: 'temps collectif « Annulé »' });
    expect(await auditOf('event', event.id)).toEqual(['create', 'update', 'update']);
  });

  it('exports the published events of the list as an iCalendar file, drafts and cancelled ones left out', async () => {
    const draft = await plan({ title: unique('Brouillon ') });
    const event = await plan({ title: unique('Atelier publié '), address: '3 rue de la Charité, Lyon', publicDescription: 'Programme' });
    await staff.post(`/api/events/${event.id}/publish`).send({ version: event.version }).expect(200);
    const filter = JSON.stringify({ id: [draft.id, event.id] });
    const response = await staff.get(`/api/events/export.ics?filter=${encodeURIComponent(filter)}`).expect(200);
    expect(response.headers['content-type']).toMatch(/^text\/calendar/);
    const lines = response.text.split('\r\n');
    expect(lines[0]).toBe('BEGIN:VCALENDAR');
    expect(lines.filter((line) => line === 'BEGIN:VEVENT')).toHaveLength(1);
    expect(lines).toEqual(
      expect.arrayContaining([
        `UID:event-${event.id}@resacoop`,
        'DTSTART:20300312T130000Z',
        'DTEND:20300312T160000Z',
        `SUMMARY:${(event as EventRecord & { title: string }).title}`,
        'LOCATION:3 rue de la Charité\\, Lyon\\, 69 Métropole de Lyon',
        'DESCRIPTION:Programme',
      ]),
    );
    await loire.get('/api/events/export.ics').expect(403);
  });

  it('registers a contact or a name and e-mail once per event, with their organisation', async () => {
    const event = await plan();
    const person = await contact();
    const organisationId = await organisation();
    const registration = await register({ eventId: event.id, contactId: person.id, organisationId });
    expect(registration).toMatchObject({ status: 'registered', contactId: person.id, organisationId, name: null, consentAt: null });
    const twice = await staff.post('/api/registrations').send({ eventId: event.id, contactId: person.id }).expect(409);
    expect(twice.body.errors).toEqual({ contactId: 'déjà inscrit à ce temps collectif' });
    const email = `${unique('awa')}@example.test`;
    await register({ eventId: event.id, name: 'Awa Diallo', email, organisationName: 'Association des Amis du Sahel' });
    const sameEmail = await staff
      .post('/api/registrations')
      .send({ eventId: event.id, name: 'A. Diallo', email: email.toUpperCase() })
      .expect(409);
    expect(sameEmail.body.errors).toEqual({ email: 'déjà inscrit à ce temps collectif' });
    // The contact's own e-mail is theirs too: given alone, or the other way round, it is the same person.
    await staff.post('/api/registrations').send({ eventId: event.id, name: 'I. P.', email: person.email }).expect(409);
    const known = await contact();
    await register({ eventId: event.id, name: 'Inès P.', email: known.email });
    const linked = await staff.post('/api/registrations').send({ eventId: event.id, contactId: known.id }).expect(409);
    expect(linked.body.errors).toEqual({ contactId: 'déjà inscrit à ce temps collectif' });
    const nobody = await staff
      .post('/api/registrations')
      .send({ eventId: event.id, email: `${unique('x')}@example.test` })
      .expect(400);
    expect(nobody.body.errors).toEqual({ contactId: 'un contact, ou un nom' });
    const missing = await staff.post('/api/registrations').send({ eventId: event.id, name: 'X', organisationId: 999_999_999 }).expect(400);
    expect(missing.body.errors).toEqual({ organisationId: 'organisation introuvable' });
    const noEvent = await staff.post('/api/registrations').send({ eventId: 999_999_999, name: 'X' }).expect(400);
    expect(noEvent.body.errors).toEqual({ eventId: 'temps collectif introuvable' });
    const listed = await staff.get(`/api/registrations?filter=${JSON.stringify({ eventId: event.id, q: 'diallo' })}`).expect(200);
    expect(listed.body).toHaveLength(1);
    const csv = (await staff.get(`/api/registrations/export.csv?filter=${JSON.stringify({ eventId: event.id })}`).expect(200)).text;
    expect(csv.split('\n')[0]).toMatch(/^\uFEFF?id;eventId;contactId;name;email;organisationId;organisationName;status;/);
    expect(csv).toContain('Association des Amis du Sahel');
    expect(await auditOf('registration', registration.id)).toEqual(['create']);
  });

  it('takes attendance one tap at a time, and adds walk-ins without registering anyone twice', async () => {
    const event = await plan();
    const person = await contact();
    const registration = await register({ eventId: event.id, contactId: person.id });
    const attended = (await staff.post(`/api/registrations/${registration.id}/attendance`).send({ status: 'attended' }).expect(200)).body;
    expect(attended).toMatchObject({ status: 'attended', version: registration.version + 1 });
    const tappedAgain = (await staff.post(`/api/registrations/${registration.id}/attendance`).send({ status: 'attended' }).expect(200))
      .body;
    expect(tappedAgain.version).toBe(attended.version);
    await staff.post(`/api/registrations/${registration.id}/attendance`).send({ status: 'left' }).expect(400);
    const walkIn = (await staff.post(`/api/events/${event.id}/walk-ins`).send({ name: 'Jean Passant' }).expect(201)).body;
    expect(walkIn).toMatchObject({ eventId: event.id, name: 'Jean Passant', status: 'attended' });
    const emailed = await register({ eventId: event.id, name: 'Lou Inscrite', email: `${unique('lou')}@example.test` });
    const came = (await staff.post(`/api/events/${event.id}/walk-ins`).send({ name: 'Lou', email: emailed.email }).expect(201)).body;
    expect(came).toMatchObject({ id: emailed.id, status: 'attended', name: 'Lou Inscrite' });
    const all = (await staff.get(`/api/registrations?filter=${JSON.stringify({ eventId: event.id })}`).expect(200))
      .body as RegistrationRecord[];
    expect(all.map((row) => row.status)).toEqual(['attended', 'attended', 'attended']);
    expect(await auditOf('registration', registration.id)).toEqual(['create', 'update']);
  });

  it('keeps trainees’ evaluations for trainings only', async () => {
    const training = await plan({ kind: 'training', hours: 6, trainer: 'Formateur' });
    const workshop = await plan();
    const trainee = await register({ eventId: training.id, name: 'Stagiaire', status: 'attended' });
    const evaluated = (
      await staff
        .put(`/api/registrations/${trainee.id}`)
        .send({ evaluationScore: 4, evaluationComment: 'Très utile', version: trainee.version })
        .expect(200)
    ).body;
    expect(evaluated).toMatchObject({ evaluationScore: 4, evaluationComment: 'Très utile' });
    const outOfRange = await staff
      .put(`/api/registrations/${trainee.id}`)
      .send({ evaluationScore: 6, version: evaluated.version })
      .expect(400);
    expect(outOfRange.body.errors).toHaveProperty('evaluationScore');
    const notTraining = await staff.post('/api/registrations').send({ eventId: workshop.id, name: 'X', evaluationScore: 3 }).expect(400);
    expect(notTraining.body.errors).toEqual({ evaluationScore: 'seulement pour une formation' });
  });

  it('deletes an event nobody registered for; one with registrations, and their people, are history (409)', async () => {
    const mistake = await plan();
    await staff.delete(`/api/events/${mistake.id}`).expect(200);
    await staff.get(`/api/events/${mistake.id}`).expect(404);
    expect(await auditOf('event', mistake.id)).toEqual(['create', 'delete']);
    const event = await plan();
    const person = await contact();
    const organisationId = await organisation();
    await register({ eventId: event.id, contactId: person.id, organisationId });
    const refused = await staff.delete(`/api/events/${event.id}`).expect(409);
    expect(refused.body).toMatchObject({
      message: 'Ce temps collectif a 1 inscription : il ne peut pas être supprimé. Annulez-le plutôt.',
      errors: { registrations: '1 inscription' },
    });
    expect((await staff.delete(`/api/contacts/${person.id}`).expect(409)).body.errors).toEqual({ registrations: '1 inscription' });
    expect((await staff.delete(`/api/organisations/${organisationId}`).expect(409)).body.errors).toEqual({
      registrations: '1 inscription',
    });
  });

  describe('a relay', () => {
    it('runs the events of its own relay only, and their registrations', async () => {
      const own = await plan({ departement: '42' }, loire);
      expect(own).toMatchObject({ relayId: loireRelayId, site: null });
      const elsewhere = await loire
        .post('/api/events')
        .send({
          title: 'x',
          kind: 'workshop',
          role: 'organised',
          startsAt: '2030-03-12T14:00:00Z',
          endsAt: '2030-03-12T15:00:00Z',
          departement: '42',
          relayId: dromeRelayId,
        })
        .expect(400);
      expect(elsewhere.body.errors).toEqual({ relayId: 'seulement votre relais' });
      const teamEvent = await plan();
      const dromeEvent = await plan({ relayId: dromeRelayId, departement: '26' });
      const listed = (await loire.get('/api/events?range=[0,999]').expect(200)).body as EventRecord[];
      expect(listed.every((row) => row.relayId === loireRelayId)).toBe(true);
      expect(listed.map((row) => row.id)).toContain(own.id);
      await loire.get(`/api/events/${teamEvent.id}`).expect(404);
      await loire.get(`/api/events/${dromeEvent.id}`).expect(404);
      await loire.put(`/api/events/${dromeEvent.id}`).send({ capacity: 3, version: dromeEvent.version }).expect(404);
      await loire.post(`/api/events/${dromeEvent.id}/publish`).send({ version: dromeEvent.version }).expect(404);
      await loire.put(`/api/events/${own.id}`).send({ relayId: dromeRelayId, version: own.version }).expect(400);
      await loire.delete(`/api/events/${own.id}`).expect(403);
      await loire.get('/api/events/export.csv').expect(403);

      const registration = await register({ eventId: own.id, name: 'Participant Loire' }, loire);
      await loire.post(`/api/registrations/${registration.id}/attendance`).send({ status: 'absent' }).expect(200);
      const dromeRegistration = await register({ eventId: dromeEvent.id, name: 'Participant Drôme' });
      const foreign = await loire.post('/api/registrations').send({ eventId: dromeEvent.id, name: 'Intrus' }).expect(400);
      expect(foreign.body.errors).toEqual({ eventId: 'temps collectif introuvable' });
      await loire.post(`/api/events/${dromeEvent.id}/walk-ins`).send({ name: 'Intrus' }).expect(404);
      await loire.get(`/api/registrations/${dromeRegistration.id}`).expect(404);
      await loire.post(`/api/registrations/${dromeRegistration.id}/attendance`).send({ status: 'attended' }).expect(404);
      await loire
        .put(`/api/registrations/${dromeRegistration.id}`)
        .send({ status: 'attended', version: dromeRegistration.version })
        .expect(404);
      const theirs = (await loire.get('/api/registrations?range=[0,999]').expect(200)).body as RegistrationRecord[];
      expect(theirs.map((row) => row.id)).toContain(registration.id);
      expect(theirs.map((row) => row.id)).not.toContain(dromeRegistration.id);
      const dromeSees = (await drome.get('/api/registrations?range=[0,999]').expect(200)).body as RegistrationRecord[];
      expect(dromeSees.map((row) => row.id)).toEqual(expect.arrayContaining([dromeRegistration.id]));
      expect(dromeSees.map((row) => row.id)).not.toContain(registration.id);
    });
  });

  describe('the public registration page', () => {
    /** Someone on another site, without an account or a cookie. */
    const visitor = () => request(app.getHttpServer());
    const publish = async (body: Record<string, unknown> = {}) => {
      const event = await plan({
        publicDescription: 'Un après-midi pour monter son dossier.',
        address: '3 rue de la Charité, Lyon',
        ...body,
      });
      return (await staff.post(`/api/events/${event.id}/publish`).send({ version: event.version }).expect(200)).body as EventRecord & {
        title: string;
      };
    };
    const registerPublicly = (token: string, body: Record<string, unknown>) =>
      visitor().post(`/api/public/events/${token}/registrations`).set('Origin', 'https://partenaire.example').send(body);
    const mailsTo = (address: string) => smtp.received.filter((mail) => mail.to.includes(address));

    it('shows a published event’s public fields only, to anyone holding its link; any other link is not found', async () => {
      const event = await publish({ capacity: 40 });
      const page = await visitor().get(`/api/public/events/${event.publicToken}`).expect(200);
      expect(page.body).toEqual({
        title: event.title,
        kind: 'workshop',
        startsAt: '2030-03-12T13:00:00.000Z',
        endsAt: '2030-03-12T16:00:00.000Z',
        online: false,
        address: '3 rue de la Charité, Lyon',
        departement: '69M',
        publicDescription: 'Un après-midi pour monter son dossier.',
        full: false,
      });
      expect(page.headers['set-cookie']).toBeUndefined();
      await visitor()
        .get(`/api/public/events/${'x'.repeat(32)}`)
        .expect(404);
      await visitor().get('/api/public/events/short').expect(404);
      const cancelled = (await staff.post(`/api/events/${event.id}/cancel`).send({ version: event.version }).expect(200)).body;
      expect(cancelled.publicToken).toBe(event.publicToken);
      await visitor().get(`/api/public/events/${event.publicToken}`).expect(404);
    });

    it('refuses a name or an address of more than one line, which the confirmation would carry, naming each', async () => {
      const event = await publish();
      const answer = await registerPublicly(event.publicToken!, {
        name: 'Jean\r\nBcc: attacker@evil.test',
        email: '"a\r\nBcc: x@evil.test"@example.org',
        organisationName: 'Asso\nSeconde ligne',
        consent: true,
      }).expect(400);
      expect(Object.keys(answer.body.errors).sort()).toEqual(['email', 'name', 'organisationName']);
      expect(answer.body.errors.name).toBe('une seule ligne attendue, sans saut de ligne ni caractère de contrôle');
    });

    it('registers a person from any site without an account, once per e-mail, and confirms by e-mail', async () => {
      const event = await publish();
      const email = `${unique('public')}@example.test`;
      const answer = await registerPublicly(event.publicToken!, {
        name: 'Fatou Sow',
        email,
        organisationName: 'Collectif Sahel Isère',
        consent: true,
      }).expect(201);
      expect(answer.body).toEqual({ status: 'registered' });
      expect(answer.headers['set-cookie']).toBeUndefined();
      const [mail] = mailsTo(email);
      const read = unfold(mail.raw);
      expect(read).toContain(`Subject: Inscription confirmée : ${event.title}`);
      expect(read).toContain(`Bonjour Fatou Sow,`);
      expect(read).toContain(
        `Votre inscription à « ${event.title} » (mardi 12 mars 2030 à 14:00, 3 rue de la Charité, Lyon) est bien enregistrée.`,
      );
      await registerPublicly(event.publicToken!, { name: 'F. Sow', email: email.toUpperCase(), consent: true }).expect(201);
      expect(mailsTo(email)).toHaveLength(1);
      // A contact the team registered is not registered again under their e-mail.
      const person = await contact();
      await register({ eventId: event.id, contactId: person.id });
      await registerPublicly(event.publicToken!, { name: 'Inès', email: person.email, consent: true }).expect(201);
      expect(mailsTo(person.email)).toHaveLength(0);
      const registered = (await staff.get(`/api/registrations?filter=${JSON.stringify({ eventId: event.id })}`).expect(200)).body;
      expect(registered).toHaveLength(2);
      expect(registered[0]).toMatchObject({
        name: 'Fatou Sow',
        email,
        organisationName: 'Collectif Sahel Isère',
        status: 'registered',
        contactId: null,
      });
      expect(registered[0].consentAt).not.toBeNull();
      const refused = await registerPublicly(event.publicToken!, { name: '', email: 'pas-une-adresse', consent: false }).expect(400);
      expect(Object.keys(refused.body.errors).sort()).toEqual(['consent', 'email', 'name']);
    });

    it('stops at the event’s capacity and at the page’s hourly bound', async () => {
      const small = await publish({ capacity: 1 });
      await registerPublicly(small.publicToken!, { name: 'Première', email: `${unique('a')}@example.test`, consent: true }).expect(201);
      const full = await registerPublicly(small.publicToken!, {
        name: 'Seconde',
        email: `${unique('b')}@example.test`,
        consent: true,
      }).expect(409);
      expect(full.body.errors).toEqual({ eventId: 'complet' });
      expect((await visitor().get(`/api/public/events/${small.publicToken}`).expect(200)).body.full).toBe(true);
      const popular = await publish();
      for (let index = 0; index < perEvent; index++) {
        await registerPublicly(popular.publicToken!, {
          name: `Personne ${index}`,
          email: `${unique('p')}@example.test`,
          consent: true,
        }).expect(201);
      }
      await registerPublicly(popular.publicToken!, { name: 'Encore', email: `${unique('q')}@example.test`, consent: true }).expect(429);
      const listed = (await staff.get(`/api/registrations?filter=${JSON.stringify({ eventId: popular.id })}`).expect(200)).body;
      expect(listed).toHaveLength(perEvent);
    });
  });
});
