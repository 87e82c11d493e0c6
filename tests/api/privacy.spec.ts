import type { INestApplication } from '@nestjs/common';
import { msg, REMINDER_RULE_LABELS, storedText } from '@resacoop/domain';
import fc from 'fast-check';
import type TestAgent from 'supertest/lib/agent';
import { database, loginAs, startApp, unique } from './support/app';

interface Person {
  id: number;
  version: number;
  firstName: string;
  lastName: string;
  email: string;
  phone: string;
}

/** The GDPR: a person's data handed over, erased in place, reviewed after three quiet years, and relay reads logged. */
describe('privacy (GDPR)', () => {
  let app: INestApplication;
  let admin: TestAgent;
  let staff: TestAgent;
  let relayIsere: TestAgent;
  let relayRhone: TestAgent;
  let organisationId: number;

  beforeAll(async () => {
    app = await startApp();
    [admin, staff, relayIsere, relayRhone] = await Promise.all([
      loginAs(app, 'admin'),
      loginAs(app, 'staff'),
      loginAs(app, 'relayIsere'),
      loginAs(app, 'relayRhone'),
    ]);
    organisationId = (
      await staff
        .post('/api/organisations')
        .send({ name: unique('Jumelage Isère '), type: 'association', departement: '38' })
        .expect(201)
    ).body.id;
  });
  afterAll(() => app.close());

  async function createPerson(extra: Record<string, unknown> = {}): Promise<Person> {
    const lastName = unique('Effacable');
    const { body } = await staff
      .post('/api/contacts')
      .send({
        organisationId,
        firstName: unique('Prenom'),
        lastName,
        email: `${lastName.toLowerCase()}@example.org`,
        phone: `+33 4 ${Math.floor(10_000_000 + Math.random() * 89_999_999)}`,
        function: 'Trésorière',
        notes: 'Préfère être appelée le matin.',
        newsletterConsentAt: '2024-03-12T09:00:00.000Z',
        ...extra,
      })
      .expect(201);
    return body;
  }

  /** A request the person made as a contact, and one logged under their name and e-mail only. */
  async function requestsOf(person: Person): Promise<{ asContact: number; byEmail: number }> {
    const log = (requester: Record<string, unknown>) =>
      staff
        .post('/api/requests')
        .send({ channel: 'phone', topic: 'funding', subject: 'Financement', question: 'Quels appels à projets ?', ...requester })
        .expect(201);
    const asContact = (await log({ contactId: person.id })).body.id;
    const byEmail = (await log({ requesterName: `${person.firstName} ${person.lastName}`, requesterEmail: person.email })).body.id;
    await staff.post('/api/interactions').send({ requestId: asContact, kind: 'call', body: 'Rappelée, dossier envoyé.' }).expect(201);
    return { asContact, byEmail };
  }

  /** Gives the Isère relay a case of the organisation, hence read access to its contacts. */
  async function assignToIsere(): Promise<void> {
    const supportCase = (
      await staff
        .post('/api/cases')
        .send({ organisationId, projectTitle: unique('Projet '), nextFollowUpAt: '2030-01-15', countries: ['BF'] })
        .expect(201)
    ).body;
    await staff.post('/api/assignments').send({ caseId: supportCase.id }).expect(201);
  }

  const readsOf = async (contactId: number) =>
    (await admin.get(`/api/personal-data-reads?filter=${JSON.stringify({ contactId })}&range=[0,99]`).expect(200)).body as {
      id: string;
      userId: number;
      contactId: number;
      kind: string;
    }[];

  describe('relay reads', () => {
    let person: Person;
    let isereId: number;

    beforeAll(async () => {
      await assignToIsere();
      person = await createPerson();
      isereId = (await relayIsere.get('/api/auth/me')).body.id;
    });

    it('logs a relay user’s read of a contact, and its sight of a list, one row per contact', async () => {
      await relayIsere.get(`/api/contacts/${person.id}`).expect(200);
      expect(await readsOf(person.id)).toEqual([expect.objectContaining({ userId: isereId, contactId: person.id, kind: 'read' })]);

      const listed = await relayIsere.get(`/api/contacts?filter=${JSON.stringify({ organisationId })}&range=[0,99]`).expect(200);
      expect(listed.body.length).toBeGreaterThan(0);
      const [{ count }] = await database(app).query(
        `SELECT count(*)::int AS count FROM personal_data_reads WHERE user_id = $1 AND kind = 'list' AND contact_id = ANY($2)`,
        [isereId, listed.body.map((row: { id: number }) => row.id)],
      );
      expect(count).toBe(listed.body.length);
    });

    it('logs nothing for staff, nor for a relay that may not see the contact', async () => {
      const before = (await readsOf(person.id)).length;
      await staff.get(`/api/contacts/${person.id}`).expect(200);
      await admin.get(`/api/contacts?filter=${JSON.stringify({ id: [person.id] })}`).expect(200);
      await relayRhone.get(`/api/contacts/${person.id}`).expect(404);
      expect(await readsOf(person.id)).toHaveLength(before);
    });

    it('shows the log to admins only, filtered and sorted as a react-admin list', async () => {
      const page = await admin
        .get(`/api/personal-data-reads?filter=${JSON.stringify({ userId: isereId, contactId: person.id })}&sort=["at","DESC"]&range=[0,0]`)
        .expect(200);
      expect(page.headers['content-range']).toMatch(/^personal-data-reads 0-0\/\d+$/);
      const [latest] = page.body;
      const one = await admin.get(`/api/personal-data-reads/${latest.id}`).expect(200);
      expect(one.body).toMatchObject({ userId: isereId, contactId: person.id });
      await staff.get('/api/personal-data-reads').expect(403);
      await staff.get(`/api/personal-data-reads/${latest.id}`).expect(403);
      await relayIsere.get('/api/personal-data-reads').expect(403);
      await admin.get('/api/personal-data-reads/999999999').expect(404);
      await admin.get(`/api/personal-data-reads?sort=["userId","ASC"]`).expect(400);
      await admin.get(`/api/personal-data-reads?filter=${JSON.stringify({ kind: 'peek' })}`).expect(400);
    });
  });

  describe('export of a person’s data', () => {
    it('hands staff and admins everything held about the person, as a JSON download; never a relay', async () => {
      await assignToIsere();
      const person = await createPerson();
      const { asContact, byEmail } = await requestsOf(person);
      await relayIsere.get(`/api/contacts/${person.id}`).expect(200);

      const response = await staff.get(`/api/contacts/${person.id}/personal-data`).expect(200);
      expect(response.headers['content-type']).toMatch(/^application\/json/);
      expect(response.headers['content-disposition']).toBe(`attachment; filename="contact-${person.id}.json"`);
      const data = response.body;
      expect(data.contact).toMatchObject({ id: person.id, lastName: person.lastName, email: person.email, phone: person.phone });
      expect(data.organisation).toEqual({ id: organisationId, name: expect.stringMatching(/^Jumelage Isère /) });
      expect(data.requests.map((request: { id: number }) => request.id)).toEqual([asContact, byEmail]);
      expect(data.requests[0].interactions).toEqual([expect.objectContaining({ kind: 'call', body: 'Rappelée, dossier envoyé.' })]);
      expect(data.requests[1]).toMatchObject({ requesterEmail: person.email, interactions: [] });
      expect(data.history).toEqual([expect.objectContaining({ action: 'create', entity: 'contact', entityId: person.id })]);
      expect(data.relayReads).toEqual([expect.objectContaining({ kind: 'read', userFullName: 'Iris Isère' })]);

      await admin.get(`/api/contacts/${person.id}/personal-data`).expect(200);
      await relayIsere.get(`/api/contacts/${person.id}/personal-data`).expect(403);
      await staff.get('/api/contacts/999999999/personal-data').expect(404);
      await staff.get('/api/contacts/abc/personal-data').expect(400);
    });
  });

  it('hands over the support cases the person holds', async () => {
    const person = (
      await staff
        .post('/api/contacts')
        .send({ firstName: 'Nora', lastName: unique('Particulière ') })
        .expect(201)
    ).body;
    const held = (
      await staff
        .post('/api/cases')
        .send({ contactId: person.id, projectTitle: unique('Chantier '), nextFollowUpAt: '2030-02-01' })
        .expect(201)
    ).body;
    const data = (await staff.get(`/api/contacts/${person.id}/personal-data`).expect(200)).body;
    expect(data.cases).toEqual([expect.objectContaining({ id: held.id, reference: held.reference, contactId: person.id })]);
  });

  it('hands over and erases a person’s registrations for events, as the contact or under their e-mail, keeping the attendance', async () => {
    const email = `${unique('inscrite')}@example.test`;
    let person = (
      await staff
        .post('/api/contacts')
        .send({ firstName: 'Zoé', lastName: unique('Inscrite '), email: `ancienne.${email}` })
        .expect(201)
    ).body;
    const plan = async () =>
      (
        await staff
          .post('/api/events')
          .send({
            title: unique('Atelier '),
            kind: 'training',
            role: 'organised',
            startsAt: '2030-05-02T09:00:00Z',
            endsAt: '2030-05-02T12:00:00Z',
            online: true,
          })
          .expect(201)
      ).body.id as number;
    const [both, emailOnly] = [await plan(), await plan()];
    const register = async (body: object) => (await staff.post('/api/registrations').send(body).expect(201)).body.id as number;
    const asContact = await register({ eventId: both, contactId: person.id, status: 'attended' });
    const underEmailToo = await register({ eventId: both, name: 'Zoé I.', email: email.toUpperCase() });
    const underEmail = await register({ eventId: emailOnly, name: 'Zoé I.', email, status: 'attended', evaluationComment: 'Zoé a adoré' });
    // Registered twice to one event, as the contact and under an e-mail that became the contact's afterwards.
    person = (await staff.put(`/api/contacts/${person.id}`).send({ email, version: person.version }).expect(200)).body;
    const data = (await staff.get(`/api/contacts/${person.id}/personal-data`).expect(200)).body;
    expect(data.registrations.map((registration: { id: number }) => registration.id)).toEqual([asContact, underEmailToo, underEmail]);

    await admin.post(`/api/contacts/${person.id}/erase`).send({ version: person.version }).expect(200);
    const rows: {
      id: number;
      contactId: number | null;
      name: string | null;
      email: string | null;
      status: string;
      comment: string | null;
    }[] = await database(app).query(
      `SELECT id, contact_id AS "contactId", name, email::text AS email, status, evaluation_comment AS comment
           FROM registrations WHERE id = ANY($1) ORDER BY id`,
      [[asContact, underEmailToo, underEmail]],
    );
    expect(rows).toEqual([
      { id: asContact, contactId: person.id, name: null, email: null, status: 'attended', comment: null },
      // The contact is registered to that event already: the row keeps the erased marker instead of the person.
      { id: underEmailToo, contactId: null, name: '[effacé]', email: null, status: 'registered', comment: null },
      { id: underEmail, contactId: person.id, name: null, email: null, status: 'attended', comment: null },
    ]);
    const [{ count }] = await database(app).query(
      `SELECT count(*)::int AS count FROM audit_events WHERE entity = 'registration' AND changes::text ILIKE '%' || $1 || '%'`,
      [email],
    );
    expect(count).toBe(0);
  });

  it('hands over and erases the e-mails of the person’s requests and any other message from their address, files included', async () => {
    const person = await createPerson();
    const { asContact, byEmail } = await requestsOf(person);
    // The answer the desk sent (queued for the worker), and, as the worker records them, a reply with a file and a
    // message from the person's address that opened nothing (an auto-reply).
    await staff
      .post(`/api/requests/${byEmail}/email-answer`)
      .send({ body: `Bonjour ${person.lastName}, voici la réponse.` })
      .expect(201);
    const [reply] = await database(app).query(
      `INSERT INTO mail_messages (message_key, direction, outcome, mailbox, request_id, from_name, from_address, to_address, subject, text, at, version)
       VALUES ($1, 'in', 'joined', 'information', $2, $3, $4, 'information@resacoop.org', $5, $6, now(), 1) RETURNING id`,
      [unique('reply-'), byEmail, person.lastName, person.email, `Re: ${person.lastName}`, `Merci, ${person.lastName}`],
    );
    await database(app).query(
      `INSERT INTO mail_attachments (mail_message_id, request_id, file_name, content_type, size, content, version)
       VALUES ($1, $2, $3, 'application/pdf', 4, '\\x25504446'::bytea, 1)`,
      [reply.id, byEmail, `budget-${person.lastName}.pdf`],
    );
    const [automated] = await database(app).query(
      `INSERT INTO mail_messages (message_key, direction, outcome, mailbox, from_address, subject, text, at, version)
       VALUES ($1, 'in', 'automated', 'information', $2, 'Absent du bureau', $3, now(), 1) RETURNING id`,
      [unique('auto-'), person.email.toUpperCase(), `${person.lastName} est absente`],
    );

    const data = (await admin.get(`/api/contacts/${person.id}/personal-data`).expect(200)).body;
    expect(data.mailMessages.map((message: { requestId: number; direction: string }) => [message.requestId, message.direction])).toEqual([
      [byEmail, 'out'],
      [byEmail, 'in'],
    ]);

    await admin.post(`/api/contacts/${person.id}/erase`).send({ version: person.version }).expect(200);
    const messages = await database(app).query(
      `SELECT id, from_name, from_address, to_address, subject, text FROM mail_messages WHERE request_id = ANY($1) OR id = $2 ORDER BY id`,
      [[asContact, byEmail], automated.id],
    );
    expect(messages).toHaveLength(3);
    for (const message of messages) {
      expect(message).toMatchObject({ from_name: null, from_address: null, to_address: null, subject: '[effacé]', text: '[effacé]' });
    }
    const [file] = await database(app).query(
      `SELECT file_name, size, length(content)::int AS bytes FROM mail_attachments WHERE mail_message_id = $1`,
      [reply.id],
    );
    expect(file).toEqual({ file_name: '[effacé]', size: 0, bytes: 0 });
    const events = await database(app).query(
      `SELECT entity_id, changes FROM audit_events WHERE entity = 'mail_message' AND action = 'erase' AND entity_id = ANY($1) ORDER BY entity_id`,
      [messages.map((message: { id: number }) => message.id)],
    );
    expect(events).toHaveLength(3);
    expect(JSON.stringify(events)).not.toContain(person.lastName);
    // The answer's creation event, written with it, keeps that it was written, not to whom nor what it said.
    const history = await database(app).query(
      `SELECT action, changes FROM audit_events WHERE entity = 'mail_message' AND entity_id = ANY($1) ORDER BY id`,
      [messages.map((message: { id: number }) => message.id)],
    );
    expect(history.map((event: { action: string }) => event.action)).toEqual(expect.arrayContaining(['create', 'erase']));
    expect(JSON.stringify(history)).not.toContain(person.lastName);
    expect(JSON.stringify(history).toLowerCase()).not.toContain(person.email.toLowerCase());
    const fileEvents = await database(app).query(
      `SELECT action, changes FROM audit_events WHERE entity = 'mail_attachment' AND entity_id = (SELECT id FROM mail_attachments WHERE mail_message_id = $1)`,
      [reply.id],
    );
    expect(fileEvents).toEqual([{ action: 'erase', changes: { before: null, after: { fileName: '[effacé]' } } }]);
  });

  describe('erasure', () => {
    /** What the person and their organisation count for, scoped so that suites running alongside do not move it. */
    const countsFor = async (person: Person, requestIds: number[]) =>
      (
        await database(app).query(
          `SELECT (SELECT count(*)::int FROM requests WHERE id = ANY($1) OR contact_id = $2) AS requests,
                  (SELECT count(*)::int FROM interactions WHERE request_id = ANY($1)) AS interactions,
                  (SELECT count(*)::int FROM cases WHERE organisation_id = $3) AS cases,
                  (SELECT count(*)::int FROM contacts WHERE organisation_id = $3) AS contacts`,
          [requestIds, person.id, organisationId],
        )
      )[0] as Record<string, number>;
    const auditMentions = async (value: string) =>
      (await database(app).query(`SELECT count(*)::int AS count FROM audit_events WHERE changes::text ILIKE '%' || $1 || '%'`, [value]))[0]
        .count as number;

    it('is for admins only, on the version last read', async () => {
      const person = await createPerson();
      await staff.post(`/api/contacts/${person.id}/erase`).send({ version: person.version }).expect(403);
      await relayIsere.post(`/api/contacts/${person.id}/erase`).send({ version: person.version }).expect(403);
      const stale = await admin
        .post(`/api/contacts/${person.id}/erase`)
        .send({ version: person.version + 1 })
        .expect(409);
      expect(stale.body.errors).toHaveProperty('version');
      await admin.post(`/api/contacts/${person.id}/erase`).send({}).expect(400);
      await admin.post(`/api/contacts/${person.id}/erase`).send({ version: 'one' }).expect(400);
      await admin.post('/api/contacts/999999999/erase').send({ version: 1 }).expect(404);
      const untouched = await staff.get(`/api/contacts/${person.id}`).expect(200);
      expect(untouched.body).toMatchObject({ lastName: person.lastName, erasedAt: null, version: person.version });
    });

    it('anonymises the contact and its requests in place, keeps every count, and leaves no erased value in the history', async () => {
      const person = await createPerson();
      const { asContact, byEmail } = await requestsOf(person);
      const newPhone = `04 72 ${Math.floor(100_000 + Math.random() * 899_999)}`;
      const edited = (await staff.put(`/api/contacts/${person.id}`).send({ phone: newPhone, version: person.version }).expect(200))
        .body as Person;
      const counts = await countsFor(person, [asContact, byEmail]);
      expect(counts).toMatchObject({ requests: 2, interactions: 1 });
      for (const value of [person.lastName, person.email, person.phone, newPhone]) expect(await auditMentions(value)).toBeGreaterThan(0);

      const erased = await admin.post(`/api/contacts/${person.id}/erase`).send({ version: edited.version }).expect(200);
      expect(erased.body).toMatchObject({
        id: person.id,
        organisationId,
        firstName: 'Personne',
        lastName: 'effacée',
        email: null,
        phone: null,
        function: null,
        notes: null,
        newsletterConsentAt: null,
        erasedAt: expect.any(String),
        version: edited.version + 1,
      });

      const requests = (
        await staff.get(`/api/requests?filter=${JSON.stringify({ id: [asContact, byEmail] })}&sort=["id","ASC"]`).expect(200)
      ).body;
      expect(requests).toEqual([
        expect.objectContaining({ id: asContact, contactId: person.id, requesterName: null, requesterEmail: null, topic: 'funding' }),
        expect.objectContaining({ id: byEmail, contactId: person.id, requesterName: null, requesterEmail: null, topic: 'funding' }),
      ]);
      expect(await countsFor(person, [asContact, byEmail])).toEqual(counts);

      for (const value of [person.firstName, person.lastName, person.email, person.phone, newPhone]) {
        expect({ value, mentions: await auditMentions(value) }).toEqual({ value, mentions: 0 });
      }
      const history = (
        await admin
          .get(`/api/audit-events?filter=${JSON.stringify({ entity: 'contact', entityId: person.id })}&sort=["at","DESC"]`)
          .expect(200)
      ).body;
      expect(history.map((event: { action: string }) => event.action)).toEqual(['erase', 'update', 'create']);
      expect(history[0]).toMatchObject({ changes: { before: null, after: { erasedAt: erased.body.erasedAt, requestIds: [byEmail] } } });
      expect(history[1].changes).toEqual({ before: { phone: '[effacé]' }, after: { phone: '[effacé]' } });
      const requestHistory = (
        await admin.get(`/api/audit-events?filter=${JSON.stringify({ entity: 'request', entityId: byEmail, action: 'erase' })}`).expect(200)
      ).body;
      expect(requestHistory).toEqual([
        expect.objectContaining({ changes: { before: null, after: { requesterName: null, requesterEmail: null, contactId: person.id } } }),
      ]);

      const exported = (await staff.get(`/api/contacts/${person.id}/personal-data`).expect(200)).text;
      for (const value of [person.lastName, person.email, person.phone]) expect(exported).not.toContain(value);
    });

    it('erases the person from the free text that names them: requests, notes, cases, history, CSV exports and search', async () => {
      const { body: organisation } = await staff
        .post('/api/organisations')
        .send({ name: unique('Mention '), type: 'association', departement: '38' })
        .expect(201);
      const person = await createPerson({ organisationId: organisation.id });
      const { firstName, lastName, email } = person;
      // The same number as the directory holds it (+33 4 …), written the French way with dots.
      const national = `0${person.phone.replace(/\D/g, '').slice(2)}`;
      const dotted = national.match(/../g)!.join('.');
      const { body: request } = await staff
        .post('/api/requests')
        .send({
          channel: 'phone',
          topic: 'funding',
          subject: `Appel de ${firstName} ${lastName}`,
          question: `Rappeler ${lastName.toUpperCase()} ${firstName} au ${dotted} ou à ${email.toUpperCase()}.`,
          contactId: person.id,
        })
        .expect(201);
      await staff
        .put(`/api/requests/${request.id}`)
        .send({ version: request.version, subject: `Rappel : ${firstName} ${lastName}` })
        .expect(200);
      await staff
        .post('/api/interactions')
        .send({ requestId: request.id, kind: 'note', body: `Échange avec ${firstName} ${lastName}, très motivée.` })
        .expect(201);
      const { body: supportCase } = await staff
        .post('/api/cases')
        .send({
          organisationId: organisation.id,
          projectTitle: `Projet de ${firstName} ${lastName}`,
          projectSummary: `Porté par ${lastName} ${firstName}, joignable au ${national}.`,
          nextFollowUpAt: '2030-01-15',
          countries: ['BF'],
        })
        .expect(201);
      await staff
        .post('/api/interactions')
        .send({ caseId: supportCase.id, kind: 'email', body: `Courriel envoyé à ${email}.` })
        .expect(201);
      // A reminder about the request, as the worker stores it: its French text, and its key and parameters (reference – subject).
      const me = (await staff.get('/api/auth/me').expect(200)).body;
      const text = storedText(
        msg('notification.about', {
          rule: REMINDER_RULE_LABELS.request_due_tomorrow,
          label: `${request.reference} – Appel de ${firstName} ${lastName}`,
        }),
      );
      const [{ id: notificationId }] = await database(app).query(
        `WITH occurrence AS (
           INSERT INTO reminder_occurrences (rule, entity, entity_id, due_at, user_id, status) VALUES ('request_due_tomorrow', 'request', $1, now(), $2, 'delivered') RETURNING id)
         INSERT INTO notifications (user_id, rule, entity, entity_id, occurrence_id, message, message_key, message_params)
         SELECT $2, 'request_due_tomorrow', 'request', $1, id, $3, $4, $5 FROM occurrence RETURNING id`,
        [request.id, me.id, text.message, text.messageKey, JSON.stringify(text.messageParams)],
      );
      const traces = [lastName, email, dotted, national];
      const search = (resource: string) =>
        staff.get(`/api/${resource}?filter=${encodeURIComponent(JSON.stringify({ q: lastName }))}`).expect(200);
      expect((await search('requests')).body.map((row: { id: number }) => row.id)).toEqual([request.id]);
      expect((await search('cases')).body.map((row: { id: number }) => row.id)).toEqual([supportCase.id]);

      const current = (await staff.get(`/api/contacts/${person.id}`).expect(200)).body;
      await admin.post(`/api/contacts/${person.id}/erase`).send({ version: current.version }).expect(200);

      const kept = [
        (await staff.get(`/api/requests/${request.id}`).expect(200)).body,
        (await staff.get(`/api/cases/${supportCase.id}`).expect(200)).body,
        (await staff.get(`/api/interactions?filter=${JSON.stringify({ requestId: request.id })}`).expect(200)).body,
        (await staff.get(`/api/interactions?filter=${JSON.stringify({ caseId: supportCase.id })}`).expect(200)).body,
      ];
      expect(kept[0]).toMatchObject({ subject: 'Rappel : [effacé]', question: 'Rappeler [effacé] au [effacé] ou à [effacé].' });
      expect(kept[1]).toMatchObject({ projectTitle: 'Projet de [effacé]', projectSummary: 'Porté par [effacé], joignable au [effacé].' });
      expect(kept[2]).toEqual([expect.objectContaining({ body: 'Échange avec [effacé], très motivée.' })]);
      kept.push((await staff.get(`/api/notifications/${notificationId}`).expect(200)).body);
      expect(kept[4].message).toBe(`Demande à traiter pour demain : ${request.reference} – Appel de [effacé]`);
      // What the text is rendered from in another language keeps no trace either.
      kept.push(...(await database(app).query(`SELECT message, message_params FROM notifications WHERE id = $1`, [notificationId])));
      const exports = [
        `/api/requests/export.csv?filter=${JSON.stringify({ id: [request.id] })}`,
        `/api/cases/export.csv?filter=${JSON.stringify({ id: [supportCase.id] })}`,
        `/api/interactions/export.csv?filter=${JSON.stringify({ caseId: supportCase.id })}`,
        `/api/interactions/export.csv?filter=${JSON.stringify({ requestId: request.id })}`,
        `/api/audit-events/export.csv?filter=${JSON.stringify({ entity: 'request', entityId: request.id })}`,
        `/api/audit-events/export.csv?filter=${JSON.stringify({ entity: 'case', entityId: supportCase.id })}`,
      ];
      // One after the other, as a person exports: a user has at most two exports in flight.
      const exported: string[] = [];
      for (const path of exports) exported.push((await admin.get(path).expect(200)).text);
      for (const trace of traces) {
        expect({ trace, records: JSON.stringify(kept).includes(trace) }).toEqual({ trace, records: false });
        expect({ trace, exported: exported.some((text) => text.includes(trace)) }).toEqual({ trace, exported: false });
        expect({ trace, history: await auditMentions(trace) }).toEqual({ trace, history: 0 });
      }
      for (const resource of ['requests', 'cases', 'contacts', 'organisations']) {
        expect({ resource, found: (await search(resource)).body }).toEqual({ resource, found: [] });
      }
      // The records keep their place in the history: an erase event names the fields, not their values.
      const erasure = (
        await admin
          .get(`/api/audit-events?filter=${JSON.stringify({ entity: 'case', entityId: supportCase.id, action: 'erase' })}`)
          .expect(200)
      ).body;
      expect(erasure).toEqual([
        expect.objectContaining({ changes: { before: null, after: { projectTitle: '[effacé]', projectSummary: '[effacé]' } } }),
      ]);
    });

    it('cannot be repeated, and an erased contact can no longer be edited', async () => {
      const person = await createPerson();
      const erased = (await admin.post(`/api/contacts/${person.id}/erase`).send({ version: person.version }).expect(200)).body;
      const again = await admin.post(`/api/contacts/${person.id}/erase`).send({ version: erased.version }).expect(409);
      expect(again.body.message).toMatch(/effacées/);
      const edit = await staff.put(`/api/contacts/${person.id}`).send({ lastName: 'Revenant', version: erased.version }).expect(409);
      expect(edit.body.message).toMatch(/effacées/);
      expect((await staff.get(`/api/contacts/${person.id}`).expect(200)).body).toMatchObject({
        lastName: 'effacée',
        version: erased.version,
      });
      const listed = await staff.get(`/api/contacts?filter=${JSON.stringify({ erased: true, id: [person.id] })}`).expect(200);
      expect(listed.body).toHaveLength(1);
    });
  });

  describe('malformed input', () => {
    let tried = 0;
    let serverErrors = 0;
    afterAll(() => console.log(`privacy bad input: inputs ${tried}, 5xx ${serverErrors}`));

    const check = (status: number) => {
      tried++;
      if (status >= 500) serverErrors++;
      expect(status).toBeLessThan(500);
    };

    it('never gets a 5xx from an erasure, a read log query or a contact filter', async () => {
      const person = await createPerson();
      const anyJson = fc.jsonValue({ maxDepth: 2 });
      await fc.assert(
        fc.asyncProperty(fc.dictionary(fc.constantFrom('version', 'id', 'erasedAt', 'lastName'), anyJson), async (body) => {
          check((await admin.post(`/api/contacts/${person.id}/erase`).send(body)).status);
        }),
        { numRuns: 40 },
      );
      await fc.assert(
        fc.asyncProperty(fc.constantFrom('contactId', 'userId', 'kind', 'id', 'at'), anyJson, async (field, value) => {
          check((await admin.get('/api/personal-data-reads').query({ filter: JSON.stringify({ [field]: value }) })).status);
        }),
        { numRuns: 40 },
      );
      await fc.assert(
        fc.asyncProperty(fc.constantFrom('inactive', 'erased'), anyJson, async (field, value) => {
          check((await staff.get('/api/contacts').query({ filter: JSON.stringify({ [field]: value }) })).status);
        }),
        { numRuns: 40 },
      );
    });
  });

  describe('review of inactive contacts', () => {
    it('lists contacts untouched for three years with no request since, and nobody else', async () => {
      const stamp = unique('Dormant');
      const person = (firstName: string) => createPerson({ firstName, lastName: `${stamp} ${firstName}`, email: null, phone: null });
      const [quiet, recentRequest, oldRequestOnly, recent, erased] = await Promise.all(
        ['Quiet', 'RecentRequest', 'OldRequestOnly', 'Recent', 'Erased'].map(person),
      );
      await admin.post(`/api/contacts/${erased.id}/erase`).send({ version: erased.version }).expect(200);
      const log = (contactId: number, receivedAt?: string) =>
        staff
          .post('/api/requests')
          .send({ channel: 'email', topic: 'training', subject: 'Formation', question: 'Dates ?', contactId, receivedAt })
          .expect(201);
      await log(recentRequest.id);
      await log(oldRequestOnly.id, '2021-01-04T10:00:00+01:00');
      await database(app).query(
        `UPDATE contacts SET created_at = now() - interval '4 years', updated_at = now() - interval '4 years' WHERE id = ANY($1)`,
        [[quiet.id, recentRequest.id, oldRequestOnly.id, erased.id]],
      );
      const ids = [quiet, recentRequest, oldRequestOnly, recent, erased].map((contact) => contact.id);

      const inactive = await admin.get(`/api/contacts?filter=${JSON.stringify({ inactive: true, id: ids })}&sort=["id","ASC"]`).expect(200);
      expect(inactive.body.map((row: { id: number }) => row.id)).toEqual([quiet.id, oldRequestOnly.id]);
      const all = await admin.get(`/api/contacts?filter=${JSON.stringify({ inactive: false, id: ids })}`).expect(200);
      expect(all.body).toHaveLength(ids.length);
      await admin.get(`/api/contacts?filter=${JSON.stringify({ inactive: 'yes' })}`).expect(400);
    });

    it('has people to review in the demo data', async () => {
      const demo = await staff.get(`/api/contacts?filter=${JSON.stringify({ inactive: true })}&range=[0,0]`).expect(200);
      expect(Number(demo.headers['content-range'].split('/')[1])).toBeGreaterThanOrEqual(6);
    });

    it('exports the erasure date with the contacts', async () => {
      const csv = await staff.get(`/api/contacts/export.csv?filter=${JSON.stringify({ erased: true })}`).expect(200);
      expect(csv.text.split('\n')[0]).toContain('erasedAt');
    });
  });
});
