import type { INestApplication } from '@nestjs/common';
import { addWorkingDays, caseReminders, digestDueAt, parisDay, startOfParisDay } from '@resacoop/domain';
import { Queue } from 'bullmq';
import type { Test } from 'supertest';
import type TestAgent from 'supertest/lib/agent';
import { loadConfig } from '../../apps/api/src/config/app-config';
import { Database } from '../../apps/api/src/database/database';
import { EMAIL_QUEUE, REMINDER_QUEUE } from '../../apps/api/src/reminders/jobs';
import { MailerService } from '../../apps/api/src/reminders/mailer.service';
import { RemindersService } from '../../apps/api/src/reminders/reminders.service';
import { SmtpSink, unfold } from './support/smtp-sink';
import { client, database, loginAs, startApp, unique } from './support/app';

/**
 * The API answers each person in their language: the stored preference of a signed-in user, else
 * the request's Accept-Language; French by default. The same refusals, notifications and e-mails
 * are checked in both languages.
 */
describe('the API in the reader’s language', () => {
  const PASSWORD = 'une phrase de passe rare';
  let app: INestApplication;
  let admin: TestAgent;
  const readers = {} as Record<'fr' | 'en', { id: number; email: string; agent: TestAgent }>;

  async function newStaff(locale?: 'fr' | 'en') {
    const email = `${unique('i18n-')}@resacoop.test`;
    const { body } = await admin
      .post('/api/users')
      .send({
        email,
        fullName: `Lecteur ${locale ?? 'par défaut'}`,
        role: 'staff',
        site: 'lyon',
        password: PASSWORD,
        ...(locale && { locale }),
      })
      .expect(201);
    const agent = client(app);
    await agent.post('/api/auth/login').send({ email, password: PASSWORD }).expect(200);
    return { id: body.id as number, email, agent, locale: body.locale as string };
  }

  beforeAll(async () => {
    app = await startApp();
    admin = await loginAs(app, 'admin');
    const [french, english] = [await newStaff(), await newStaff('en')];
    expect([french.locale, english.locale]).toEqual(['fr', 'en']);
    readers.fr = french;
    readers.en = english;
  });

  afterAll(() => app.close());

  /**
   * The same request by the French and the English reader: their two answers. `withHeader`: each
   * sends its language as Accept-Language, as the console does, for refusals made before the session
   * is looked up (an unknown route, the CSRF check).
   */
  async function inBoth(send: (agent: TestAgent) => Test, { withHeader = false } = {}) {
    const answer = (locale: 'fr' | 'en') => {
      const call = send(readers[locale].agent);
      return withHeader ? call.set('Accept-Language', locale) : call;
    };
    const [fr, en] = [await answer('fr'), await answer('en')];
    expect(en.status).toBe(fr.status);
    return { status: fr.status, fr: fr.body as unknown, en: en.body as unknown };
  }

  const newOrganisation = async () =>
    (
      await readers.fr.agent
        .post('/api/organisations')
        .send({ name: unique('Traduite '), type: 'association' })
        .expect(201)
    ).body as {
      id: number;
      version: number;
    };

  describe('the preference', () => {
    it('is French for a new user, told by /auth/me, set by the user and checked like any field', async () => {
      const user = await newStaff();
      expect((await user.agent.get('/api/auth/me').expect(200)).body.locale).toBe('fr');
      const saved = await user.agent.put('/api/users/me/preferences').send({ locale: 'en' }).expect(200);
      expect(saved.body.locale).toBe('en');
      expect((await user.agent.get('/api/auth/me').expect(200)).body.locale).toBe('en');
      // The daily digest preference is left as it was.
      expect(saved.body.dailyDigest).toBe(true);
      // The session carries the new language at once: the refusal of a bad one is in English.
      const refused = await user.agent.put('/api/users/me/preferences').send({ locale: 'de' }).expect(400);
      expect(refused.body).toEqual({ message: 'Some fields are invalid.', errors: { locale: 'value not allowed' } });
      await user.agent.put('/api/users/me/preferences').send({ locale: null }).expect(400);
      // Whatever the header says: a signed-in user's stored language wins.
      const header = await user.agent.get('/api/organisations/2147483647').set('Accept-Language', 'fr-FR').expect(404);
      expect(header.body.message).toBe('Organisation no. 2147483647 not found.');
    });
  });

  describe('refusals', () => {
    it('400: a DTO’s field messages', async () => {
      const answer = await inBoth((agent) =>
        agent.post('/api/organisations').send({ name: 'Traduite', type: 'association', website: 'pas une adresse', colour: 'red' }),
      );
      expect(answer).toEqual({
        status: 400,
        fr: {
          message: 'Certains champs sont invalides.',
          errors: { website: 'adresse web invalide (https://…)', colour: 'champ inconnu ou non modifiable' },
        },
        en: {
          message: 'Some fields are invalid.',
          errors: { website: 'invalid web address (https://…)', colour: 'unknown or read-only field' },
        },
      });
    });

    it('400: a service’s rule on a field, with a label in the reader’s language', async () => {
      const answer = await inBoth((agent) =>
        agent
          .post('/api/requests')
          .send({ channel: 'phone', topic: 'funding', subject: 's', question: 'q', requesterName: 'X', status: 'converted' }),
      );
      expect(answer.status).toBe(400);
      expect(answer.fr).toEqual({
        message: 'Certains champs sont invalides.',
        errors: { status: 'une nouvelle demande ne peut pas être « Convertie en accompagnement »' },
      });
      expect(answer.en).toEqual({
        message: 'Some fields are invalid.',
        errors: { status: 'a new request cannot be “Converted to a support case”' },
      });
    });

    it('400: list filters, sorts and ranges', async () => {
      const filter = await inBoth((agent) => agent.get('/api/organisations').query({ filter: JSON.stringify({ colour: 'red' }) }));
      expect(filter).toEqual({
        status: 400,
        fr: { message: 'Certains champs sont invalides.', errors: { 'filter.colour': 'filtre inconnu' } },
        en: { message: 'Some fields are invalid.', errors: { 'filter.colour': 'unknown filter' } },
      });
      const sort = await inBoth((agent) => agent.get('/api/organisations').query({ sort: JSON.stringify(['colour', 'ASC']) }));
      expect([sort.fr, sort.en]).toMatchObject([
        { errors: { sort: 'tri impossible sur « colour »' } },
        { errors: { sort: 'cannot sort on “colour”' } },
      ]);
      const range = await inBoth((agent) => agent.get('/api/organisations').query({ range: JSON.stringify([0, 5000]) }));
      expect([range.fr, range.en]).toMatchObject([
        { errors: { range: 'au plus 1000 lignes par page' } },
        { errors: { range: 'at most 1000 rows per page' } },
      ]);
    });

    it('400: the input limits, by the user’s language once signed in, by Accept-Language before', async () => {
      const manyKeys = Object.fromEntries(Array.from({ length: 101 }, (_, index) => [`k${index}`, index]));
      const keys = await inBoth((agent) => agent.post('/api/organisations').send(manyKeys));
      expect([keys.status, keys.fr, keys.en]).toEqual([
        400,
        { message: 'Certains champs sont invalides.', errors: { body: 'au plus 100 champs' } },
        { message: 'Some fields are invalid.', errors: { body: 'at most 100 fields' } },
      ]);
      // Nesting is refused while the body is read, before the session is looked at: the header decides.
      const nested = JSON.stringify({ a: [[[[[[[[1]]]]]]]] });
      const send = (language?: string) => {
        const call = readers.fr.agent.post('/api/organisations').set('Content-Type', 'application/json');
        return (language ? call.set('Accept-Language', language) : call).send(nested).expect(400);
      };
      expect((await send()).body.errors).toEqual({ body: 'imbrication de plus de 8 niveaux' });
      expect((await send('en-GB,en;q=0.9')).body.errors).toEqual({ body: 'nested more than 8 levels deep' });
    });

    it('401: without a session, and a refused login, in the language the request asks for', async () => {
      const anonymous = (language?: string) => {
        const call = client(app).get('/api/cases');
        return language ? call.set('Accept-Language', language) : call;
      };
      expect((await anonymous().expect(401)).body).toEqual({ message: 'Authentification requise.' });
      expect((await anonymous('fr-FR,fr;q=0.9,en;q=0.8').expect(401)).body).toEqual({ message: 'Authentification requise.' });
      expect((await anonymous('en-US,en;q=0.9').expect(401)).body).toEqual({ message: 'Authentication required.' });
      // A language the API does not speak falls back to French.
      expect((await anonymous('de-DE').expect(401)).body).toEqual({ message: 'Authentification requise.' });
      const login = (language: string) =>
        client(app)
          .post('/api/auth/login')
          .set('Accept-Language', language)
          .send({ email: readers.en.email, password: 'pas le bon mot de passe' });
      expect((await login('en').expect(401)).body).toEqual({ message: 'Wrong e-mail or password.' });
      expect((await login('fr').expect(401)).body).toEqual({ message: 'E-mail ou mot de passe incorrect.' });
    });

    it('403: a route the role may not use, and a write from another origin (refused before the session is read)', async () => {
      const denied = await inBoth((agent) => agent.post('/api/users').send({}));
      expect(denied).toEqual({ status: 403, fr: { message: 'Accès refusé.' }, en: { message: 'Access denied.' } });
      const csrf = await inBoth((agent) => agent.post('/api/organisations').set('Origin', 'https://evil.example').send({}), {
        withHeader: true,
      });
      expect(csrf).toEqual({
        status: 403,
        fr: { message: 'Origine de la requête refusée (protection CSRF).' },
        en: { message: 'Request origin refused (CSRF protection).' },
      });
    });

    it('404: a record that does not exist, and a route that does not (no session read)', async () => {
      const missing = await inBoth((agent) => agent.get('/api/organisations/2147483647'));
      expect(missing).toEqual({
        status: 404,
        fr: { message: 'Organisation n° 2147483647 introuvable.' },
        en: { message: 'Organisation no. 2147483647 not found.' },
      });
      const route = await inBoth((agent) => agent.get('/api/no-such-resource'), { withHeader: true });
      expect(route).toEqual({ status: 404, fr: { message: 'Ressource introuvable.' }, en: { message: 'Resource not found.' } });
    });

    it('409: a stale version', async () => {
      const organisation = await newOrganisation();
      const stale = await inBoth((agent) =>
        agent.put(`/api/organisations/${organisation.id}`).send({ version: organisation.version + 5, acronym: 'X' }),
      );
      expect(stale).toEqual({
        status: 409,
        fr: {
          message: 'Cette fiche a été modifiée par quelqu’un d’autre entre-temps. Rechargez-la puis refaites vos changements.',
          errors: { version: 'périmée' },
        },
        en: {
          message: 'Someone else changed this record meanwhile. Reload it, then make your changes again.',
          errors: { version: 'stale' },
        },
      });
    });

    it('409: a record held by history, its holders counted in the reader’s words', async () => {
      const organisation = await newOrganisation();
      for (const lastName of ['Un', 'Deux'])
        await readers.fr.agent.post('/api/contacts').send({ firstName: 'Camille', lastName, organisationId: organisation.id }).expect(201);
      const held = await inBoth((agent) => agent.delete(`/api/organisations/${organisation.id}`));
      expect(held).toEqual({
        status: 409,
        fr: { message: 'Cette organisation est liée à 2 contacts : elle ne peut pas être supprimée.', errors: { contacts: '2 contacts' } },
        en: { message: 'This organisation is linked to 2 contacts: it cannot be deleted.', errors: { contacts: '2 contacts' } },
      });
    });

    it('429: too many failed logins', async () => {
      // Counters of its own, so that these failures throttle no other suite's logins.
      const throttled = await startApp({
        REDIS_PREFIX: `${process.env.REDIS_PREFIX}:${unique('i18n-throttle-')}`,
        LOGIN_MAX_FAILURES_PER_EMAIL: '1',
      });
      try {
        const email = `${unique('nobody-')}@resacoop.test`;
        const login = (language: string) =>
          client(throttled).post('/api/auth/login').set('Accept-Language', language).send({ email, password: 'x' });
        await login('fr').expect(401);
        expect((await login('fr').expect(429)).body).toEqual({
          message: 'Trop de tentatives de connexion. Réessayez dans quelques minutes.',
        });
        expect((await login('en').expect(429)).body).toEqual({ message: 'Too many login attempts. Try again in a few minutes.' });
      } finally {
        await throttled.close();
      }
    });
  });

  it('exports the key figures with titles and labels in the reader’s language', async () => {
    const exportOf = (locale: 'fr' | 'en') =>
      readers[locale].agent.get('/api/reports/key-figures/export.csv').query({ from: '2024-01-01', to: '2024-12-31' }).expect(200);
    const [fr, en] = [await exportOf('fr'), await exportOf('en')];
    expect(fr.text).toMatch(/^\uFEFFrubrique;indicateur;code;nombre;pourcentage\r?\nPériode;2024-01-01 au 2024-12-31;/);
    expect(fr.text).toContain('Demandes;Demandes d’information reçues;;');
    expect(fr.text).toContain('Accompagnements;Zone (relais) : France;france;');
    expect(en.text).toMatch(/^\uFEFFsection,figure,code,count,percent\r?\nPeriod,2024-01-01 to 2024-12-31,/);
    expect(en.text).toContain('Requests,Information requests received,,');
    expect(en.text).toContain('Support cases,Zone (relays): France,france,');
  });

  /**
   * Notifications are settled and e-mailed by the reminders' service on its own queues (nothing
   * consumes them here): the reminders suite's worker, which may run meanwhile, never gets this
   * suite's work, nor this suite its.
   */
  describe('notifications and e-mails', () => {
    const smtp = new SmtpSink();
    let reminders: RemindersService;
    let queues: Queue[];
    const config = () => loadConfig(process.env);

    beforeAll(async () => {
      const settings = loadConfig({
        ...process.env,
        SMTP_URL: await smtp.start(),
        REDIS_PREFIX: `${process.env.REDIS_PREFIX}:${unique('i18n-')}`,
      });
      const connection = { url: settings.REDIS_URL, maxRetriesPerRequest: null };
      const prefix = `${settings.REDIS_PREFIX}:bull`;
      queues = [new Queue(REMINDER_QUEUE, { connection, prefix }), new Queue(EMAIL_QUEUE, { connection, prefix })];
      reminders = new RemindersService(app.get(Database), settings, new MailerService(settings), queues[0], queues[1]);
    });

    afterAll(async () => {
      for (const queue of queues) {
        await queue.obliterate({ force: true });
        await queue.close();
      }
      await smtp.stop();
    });

    /** Records one occurrence and delivers it as a worker would; returns the notification written. */
    async function deliver(rule: string, entity: string, entityId: number, dueAt: Date, userId: number): Promise<number> {
      const [{ id }] = await database(app).query(
        `INSERT INTO reminder_occurrences (rule, entity, entity_id, due_at, user_id) VALUES ($1, $2, $3, $4, $5) RETURNING id`,
        [rule, entity, entityId, dueAt, userId],
      );
      expect(await reminders.deliver(id, dueAt)).toBe('delivered');
      const [notification] = await database(app).query(`SELECT id FROM notifications WHERE occurrence_id = $1`, [id]);
      return notification.id;
    }

    /** A case of the reader's whose follow-up is on the next working day, and its reminder delivered. */
    async function followUpFor(reader: { id: number }) {
      const day = addWorkingDays(parisDay(new Date()), 1);
      const organisation = await newOrganisation();
      const supportCase = (
        await readers.fr.agent
          .post('/api/cases')
          .send({ organisationId: organisation.id, projectTitle: unique('Traduction '), nextFollowUpAt: day, adviserId: reader.id })
          .expect(201)
      ).body;
      const [draft] = caseReminders(
        { id: supportCase.id, status: 'open', nextFollowUpAt: day, adviserId: reader.id, lastActivityAt: new Date(), relayIds: [] },
        { staffOfSite: { lyon: [], clermont: [] }, admins: [], usersOfRelay: () => [] },
        config().reminderThresholds,
      ).filter((candidate) => candidate.rule === 'case_follow_up');
      return { supportCase, notificationId: await deliver('case_follow_up', 'case', supportCase.id, draft.dueAt, reader.id) };
    }

    const bellOf = async (agent: TestAgent, id: number) => {
      const list = await agent
        .get('/api/notifications')
        .query({ filter: JSON.stringify({ id }) })
        .expect(200);
      const one = await agent.get(`/api/notifications/${id}`).expect(200);
      expect(list.body[0].message).toBe(one.body.message);
      return one.body.message as string;
    };

    it('shows a notification in the reader’s language, and again in the other once they switch', async () => {
      const reader = await newStaff('en');
      const { supportCase, notificationId } = await followUpFor(reader);
      const label = `${supportCase.reference} – ${supportCase.projectTitle}`;
      expect(await bellOf(reader.agent, notificationId)).toBe(`Case follow-up due: ${label}`);
      // The key and parameters it is rendered from come along, for a client that renders them itself.
      const { body } = await reader.agent.get(`/api/notifications/${notificationId}`).expect(200);
      expect(body).toMatchObject({ messageKey: 'notification.about', messageParams: { label } });
      await reader.agent.put('/api/users/me/preferences').send({ locale: 'fr' }).expect(200);
      expect(await bellOf(reader.agent, notificationId)).toBe(`Relance d’accompagnement à faire : ${label}`);
      // Marking it read answers it in the reader's language too.
      expect((await reader.agent.post(`/api/notifications/${notificationId}/read`).expect(200)).body.message).toBe(
        `Relance d’accompagnement à faire : ${label}`,
      );
      // The CSV export of the bell as well.
      await reader.agent.put('/api/users/me/preferences').send({ locale: 'en' }).expect(200);
      const csv = await reader.agent
        .get('/api/notifications/export.csv')
        .query({ filter: JSON.stringify({ id: notificationId }) })
        .expect(200);
      expect(csv.text).toContain(`Case follow-up due: ${label}`);
    });

    it('keeps the French text of a notification written before the catalogue, in every language', async () => {
      const reader = await newStaff('en');
      const { notificationId } = await followUpFor(reader);
      await database(app).query(
        `UPDATE notifications SET message_key = NULL, message_params = NULL, message = 'Ancien message en français' WHERE id = $1`,
        [notificationId],
      );
      expect(await bellOf(reader.agent, notificationId)).toBe('Ancien message en français');
    });

    it('e-mails a reminder in the recipient’s language', async () => {
      for (const locale of ['fr', 'en'] as const) {
        const reader = await newStaff(locale);
        const { supportCase, notificationId } = await followUpFor(reader);
        const mail = smtp.next((received) => received.to.includes(reader.email));
        await reminders.email(notificationId);
        const raw = unfold((await mail).raw);
        if (locale === 'en') {
          expect(raw).toContain(`Subject: [RESACOOP] Case follow-up due: ${supportCase.reference}`);
          expect(raw).toContain('Hello Lecteur en,');
          expect(raw).toContain(`Open the record: `);
          expect(raw).not.toContain('Bonjour');
        } else {
          expect(raw).toContain('Bonjour Lecteur fr,');
          expect(raw).toContain('Relance d’accompagnement à faire');
          expect(raw).toContain('Ouvrir la fiche : ');
          expect(raw).not.toContain('Hello');
        }
        expect(raw).toContain(`/cases/${supportCase.id}/show`);
      }
    });

    it('sends the daily digest in the recipient’s language', async () => {
      for (const locale of ['fr', 'en'] as const) {
        const reader = await newStaff(locale);
        await readers.fr.agent
          .post('/api/requests')
          .send({
            channel: 'phone',
            topic: 'funding',
            subject: 'En retard',
            question: 'q',
            requesterName: 'X',
            assigneeId: reader.id,
            receivedAt: new Date(Date.now() - 30 * 86_400_000).toISOString(),
          })
          .expect(201);
        const nextWorkingDay = addWorkingDays(parisDay(new Date()), 1);
        const dueAt = digestDueAt(new Date(startOfParisDay(nextWorkingDay).getTime() + 12 * 3_600_000), config().reminderThresholds)!;
        const notificationId = await deliver('daily_digest', 'user', reader.id, dueAt, reader.id);
        const mail = smtp.next((received) => received.to.includes(reader.email));
        await reminders.email(notificationId);
        const raw = unfold((await mail).raw);
        if (locale === 'en') expect(raw).toContain('Daily digest: 1 request(s) due or overdue, 0 case follow-up(s)');
        else expect(raw).toContain('Récapitulatif du jour : 1 demande(s) à échéance ou en retard, 0 relance(s) d’accompagnement');
      }
    });
  });
});
