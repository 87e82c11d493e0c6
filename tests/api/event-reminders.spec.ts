import { getQueueToken } from '@nestjs/bullmq';
import type { INestApplication, INestApplicationContext } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import type { Job, Queue } from 'bullmq';
import type TestAgent from 'supertest/lib/agent';
import { loadConfig } from '../../apps/api/src/config/app-config';
import { EMAIL_QUEUE, registrantEmailJobId } from '../../apps/api/src/reminders/jobs';
import { EmailsProcessor } from '../../apps/api/src/reminders/reminders.processor';
import { RemindersService } from '../../apps/api/src/reminders/reminders.service';
import { WorkerModule } from '../../apps/api/src/worker.module';
import { SmtpSink, unfold } from './support/smtp-sink';
import { client, database, loginAs, startApp, unique } from './support/app';
import { eventually } from './support/eventually';
import { useOwnEnvironment } from './support/own-environment';

interface EventRecord {
  id: number;
  version: number;
  title: string;
}

/**
 * The team's event reminders, through the reminders' exactly-once machinery: two workers on real
 * Redis and PostgreSQL, e-mailing a real SMTP server on loopback. Works with the Loire relay, so
 * the permission matrix (Isère, Rhône) runs beside it undisturbed.
 */
describe('event reminders to the team', () => {
  const smtp = new SmtpSink();
  let app: INestApplication;
  const workers: INestApplicationContext[] = [];
  let reminders: RemindersService[];
  let staff: TestAgent;
  let loire: TestAgent;

  beforeAll(async () => {
    await useOwnEnvironment('event_reminders');
    const smtpUrl = await smtp.start();
    app = await startApp();
    // Reconciliation is driven by the tests here, not by the repeating job, whose first run is an hour away.
    for (let index = 0; index < 2; index++) {
      const worker = await NestFactory.createApplicationContext(
        WorkerModule.with(
          loadConfig({ ...process.env, SMTP_URL: smtpUrl, RECONCILE_EVERY_MS: '3600000', RECONCILE_FIRST_DELAY_MS: '3600000' }),
        ),
        { logger: false },
      );
      await worker.init();
      workers.push(worker);
    }
    reminders = workers.map((worker) => worker.get(RemindersService));
    staff = await loginAs(app, 'staff');
    loire = await loginAs(app, 'relayLoire');
  });

  afterAll(async () => {
    for (const worker of workers) await worker.close();
    await app.close();
    await smtp.stop();
  });

  /** An event that ended on Friday 7 March 2025 at 17:00 Paris, with two people registered. */
  async function heldOnThe7th(agent = staff, body: Record<string, unknown> = {}): Promise<EventRecord> {
    const event = (
      await agent
        .post('/api/events')
        .send({
          title: unique('Atelier rappel '),
          kind: 'workshop',
          role: 'organised',
          startsAt: '2025-03-07T14:00:00+01:00',
          endsAt: '2025-03-07T17:00:00+01:00',
          departement: '42',
          ...body,
        })
        .expect(201)
    ).body as EventRecord;
    for (const name of ['Ana Présente', 'Bob Absent'])
      await agent
        .post('/api/registrations')
        .send({ eventId: event.id, name, email: `${unique('inscrit.')}@example.test` })
        .expect(201);
    return event;
  }

  const notified = async (eventId: number, rule = 'event_attendance_missing'): Promise<{ user_id: number; emailed_at: Date | null }[]> =>
    database(app).query(
      `SELECT user_id, emailed_at FROM notifications WHERE entity = 'event' AND entity_id = $1 AND rule = $2 ORDER BY user_id`,
      [eventId, rule],
    );
  const occurrences = async (eventId: number): Promise<{ id: string; rule: string; due_at: Date; status: string }[]> =>
    database(app).query(`SELECT id, rule, due_at, status FROM reminder_occurrences WHERE entity = 'event' AND entity_id = $1 ORDER BY id`, [
      eventId,
    ]);
  const activeUsers = async (condition: string, values: unknown[]): Promise<number[]> =>
    (await database(app).query(`SELECT id FROM users WHERE active AND ${condition} ORDER BY id`, values)).map(
      (row: { id: number }) => row.id,
    );
  const mailsAbout = (title: string) => smtp.received.filter((mail) => unfold(mail.raw).includes(title));

  it('asks the staff of the site once each, on the morning of the second working day, though two workers reconcile twice', async () => {
    const event = await heldOnThe7th();
    const lyonStaff = await activeUsers(`role = 'staff' AND site = 'lyon'`, []);

    // Monday 10 March, and Tuesday 11 a moment before 08:00: nothing yet.
    await reminders[0].reconcile(new Date('2025-03-10T12:00:00+01:00'));
    await reminders[1].reconcile(new Date('2025-03-11T07:59:59.999+01:00'));
    expect(await occurrences(event.id)).toEqual([]);

    const at = new Date('2025-03-11T08:00:00+01:00');
    await Promise.all([...reminders, ...reminders].map((service) => service.reconcile(at)));
    const delivered = await eventually(
      () => notified(event.id),
      (rows) => rows.length >= lyonStaff.length && rows.every((row) => row.emailed_at !== null),
    );
    await Promise.all(reminders.map((service) => service.reconcile(at)));

    expect(delivered.map((row) => row.user_id)).toEqual(lyonStaff);
    expect((await occurrences(event.id)).map((row) => [row.due_at.toISOString(), row.status])).toEqual(
      lyonStaff.map(() => ['2025-03-11T07:00:00.000Z', 'delivered']),
    );
    const mails = mailsAbout(event.title);
    expect(
      mails
        .map((mail) => mail.to)
        .flat()
        .sort(),
    ).toEqual(
      (await database(app).query(`SELECT email FROM users WHERE id = ANY($1)`, [lyonStaff]))
        .map((row: { email: string }) => row.email)
        .sort(),
    );
    expect(unfold(mails[0].raw)).toContain(`/events/${event.id}/show`);
    expect(await notified(event.id)).toHaveLength(lyonStaff.length);
  });

  it('asks the relay’s users when a relay runs the event, and nobody once one registration is marked', async () => {
    const relayEvent = await heldOnThe7th(loire);
    const marked = await heldOnThe7th();
    const [first] = (await staff.get(`/api/registrations?filter=${JSON.stringify({ eventId: marked.id })}`).expect(200)).body;
    await staff.post(`/api/registrations/${first.id}/attendance`).send({ status: 'absent' }).expect(200);
    const relayId = (await loire.get('/api/auth/me').expect(200)).body.relayId;
    const relayUsers = await activeUsers('relay_id = $1', [relayId]);

    await reminders[0].reconcile(new Date('2025-03-11T09:00:00+01:00'));

    expect(
      (
        await eventually(
          () => notified(relayEvent.id),
          (rows) => rows.length >= relayUsers.length,
        )
      ).map((row) => row.user_id),
    ).toEqual(relayUsers);
    expect(await occurrences(marked.id)).toEqual([]);
  });

  it('never fires at the old date once the event moved, nor once the attendance was taken meanwhile', async () => {
    const moved = await heldOnThe7th();
    const taken = await heldOnThe7th();
    const userId = (await staff.get('/api/auth/me').expect(200)).body.id;
    const pending = async (eventId: number) =>
      String(
        (
          await database(app).query(
            `INSERT INTO reminder_occurrences (rule, entity, entity_id, due_at, user_id) VALUES ('event_attendance_missing', 'event', $1, $2, $3) RETURNING id`,
            [eventId, '2025-03-11T07:00:00Z', userId],
          )
        )[0].id,
      );
    const [movedOccurrence, takenOccurrence] = [await pending(moved.id), await pending(taken.id)];

    await staff
      .put(`/api/events/${moved.id}`)
      .send({ startsAt: '2025-03-12T14:00:00+01:00', endsAt: '2025-03-12T17:00:00+01:00', version: moved.version })
      .expect(200);
    const [registration] = (await staff.get(`/api/registrations?filter=${JSON.stringify({ eventId: taken.id })}`).expect(200)).body;
    await staff.post(`/api/registrations/${registration.id}/attendance`).send({ status: 'attended' }).expect(200);

    const late = new Date('2025-03-14T12:00:00+01:00');
    expect(await reminders[0].deliver(movedOccurrence, late)).toBe('stale');
    expect(await reminders[1].deliver(takenOccurrence, late)).toBe('stale');
    expect(await notified(moved.id)).toEqual([]);
    expect(await notified(taken.id)).toEqual([]);

    // The moved event's reminder comes at its own date: Friday 14 March, 08:00 Paris.
    await reminders[0].reconcile(late);
    expect((await occurrences(moved.id)).filter((row) => row.status !== 'stale').map((row) => row.due_at.toISOString())).toContain(
      '2025-03-14T07:00:00.000Z',
    );
  });

  it('asks for a training’s missing evaluations a week after, once, and not after they were given', async () => {
    const training = await heldOnThe7th(staff, { kind: 'training', hours: 3, trainer: 'Formatrice' });
    const registrations = (await staff.get(`/api/registrations?filter=${JSON.stringify({ eventId: training.id })}`).expect(200)).body as {
      id: number;
      version: number;
    }[];
    for (const registration of registrations)
      await staff.post(`/api/registrations/${registration.id}/attendance`).send({ status: 'attended' }).expect(200);
    const lyonStaff = await activeUsers(`role = 'staff' AND site = 'lyon'`, []);

    await reminders[0].reconcile(new Date('2025-03-14T07:59:59.999+01:00'));
    expect(await occurrences(training.id)).toEqual([]);
    await Promise.all(reminders.map((service) => service.reconcile(new Date('2025-03-14T08:00:00+01:00'))));
    const delivered = await eventually(
      () => notified(training.id, 'event_evaluations_missing'),
      (rows) => rows.length >= lyonStaff.length,
    );
    expect(delivered.map((row) => row.user_id)).toEqual(lyonStaff);

    // Another training whose reminder was recorded, then its evaluations given before it was delivered: stale.
    const evaluated = await heldOnThe7th(staff, { kind: 'training', hours: 3, trainer: 'Formatrice' });
    const trainees = (await staff.get(`/api/registrations?filter=${JSON.stringify({ eventId: evaluated.id })}`).expect(200)).body as {
      id: number;
    }[];
    const [occurrence] = await database(app).query(
      `INSERT INTO reminder_occurrences (rule, entity, entity_id, due_at, user_id) VALUES ('event_evaluations_missing', 'event', $1, $2, $3) RETURNING id`,
      [evaluated.id, '2025-03-14T07:00:00Z', lyonStaff[0]],
    );
    for (const trainee of trainees) {
      const attended = (await staff.post(`/api/registrations/${trainee.id}/attendance`).send({ status: 'attended' }).expect(200)).body;
      await staff.put(`/api/registrations/${trainee.id}`).send({ evaluationScore: 4, version: attended.version }).expect(200);
    }
    expect(await reminders[0].deliver(String(occurrence.id), new Date('2025-03-15T12:00:00+01:00'))).toBe('stale');
    expect(await notified(evaluated.id, 'event_evaluations_missing')).toEqual([]);
  });

  describe('to registrants', () => {
    /** A published event on Monday 17 March 2025 at 09:30 Paris (its reminder: Friday 14 at 08:00). */
    async function publishedOnThe17th(): Promise<EventRecord> {
      const event = (
        await staff
          .post('/api/events')
          .send({
            title: unique('Rencontre inscrits '),
            kind: 'regional_meeting',
            role: 'organised',
            startsAt: '2025-03-17T09:30:00+01:00',
            endsAt: '2025-03-17T12:30:00+01:00',
            departement: '69M',
            address: 'Maison des solidarités, Lyon',
          })
          .expect(201)
      ).body as EventRecord;
      return (await staff.post(`/api/events/${event.id}/publish`).send({ version: event.version }).expect(200)).body;
    }
    const registered = async (eventId: number, name: string, consent: boolean) =>
      (
        await staff
          .post('/api/registrations')
          .send({ eventId, name, email: `${unique('inscrite.')}@example.test`, consentAt: consent ? '2025-03-01T10:00:00+01:00' : null })
          .expect(201)
      ).body as { id: number; email: string };
    const registrantOccurrences = async (registrationId: number): Promise<{ due_at: Date; status: string; emailed_at: Date | null }[]> =>
      database(app).query(
        `SELECT due_at, status, emailed_at FROM reminder_occurrences WHERE entity = 'registration' AND entity_id = $1 ORDER BY id`,
        [registrationId],
      );
    const mailsTo = (email: string) => smtp.received.filter((mail) => mail.to.includes(email));

    it('reminds those who gave consent once, the working day before at 08:00, with a link that stops their later reminders', async () => {
      const event = await publishedOnThe17th();
      const [ana, bob, chloe] = [
        await registered(event.id, 'Ana Consentante', true),
        await registered(event.id, 'Bob Sans Accord', false),
        await registered(event.id, 'Chloé Consentante', true),
      ];

      await reminders[0].reconcile(new Date('2025-03-14T07:59:59.999+01:00'));
      expect(await registrantOccurrences(ana.id)).toEqual([]);
      const at = new Date('2025-03-14T08:00:00+01:00');
      await Promise.all([...reminders, ...reminders].map((service) => service.reconcile(at)));
      for (const { id } of [ana, chloe])
        await eventually(
          () => registrantOccurrences(id),
          (rows) => rows.length === 1 && rows[0].emailed_at !== null,
        );
      await Promise.all(reminders.map((service) => service.reconcile(at)));

      expect((await registrantOccurrences(ana.id)).map((row) => [row.due_at.toISOString(), row.status])).toEqual([
        ['2025-03-14T07:00:00.000Z', 'delivered'],
      ]);
      expect(await registrantOccurrences(bob.id)).toEqual([]);
      expect(mailsTo(ana.email)).toHaveLength(1);
      expect(mailsTo(bob.email)).toHaveLength(0);
      const text = unfold(mailsTo(chloe.email)[0].raw);
      expect(text).toContain('Bonjour Chlo');
      expect(text).toContain('Maison des solidarit');
      // The event's day and hour in full, in Paris time.
      expect(text).toContain('lundi 17 mars 2025');
      expect(text).toContain('09:30');
      const link = /(http\S*\/desinscription\/\S+)/.exec(text)?.[1];
      expect(link).toBeDefined();

      // The link opens the console's page, whose button posts the key, without an account, here twice: the person opts out once.
      const token = new URL(link!).pathname.split('/').at(-1);
      const anonymous = client(app);
      const path = `/api/public/unsubscribe/${token}`;
      expect((await anonymous.post(path).expect(200)).body).toEqual({
        status: 'unsubscribed',
        message: expect.any(String),
      });
      await anonymous.post(path).expect(200);
      // Opening an address is no opt-out (the link checkers of mail services open every link).
      await anonymous.get(path).expect(404);
      await anonymous.post('/api/public/unsubscribe/00000000-0000-4000-8000-000000000000').expect(404);
      await anonymous.post('/api/public/unsubscribe/not-a-key').expect(404);
      expect((await staff.get(`/api/registrations/${chloe.id}`).expect(200)).body.remindersOptedOutAt).not.toBeNull();
      const audit = await database(app).query(
        `SELECT action, actor_id FROM audit_events WHERE entity = 'registration' AND entity_id = $1 ORDER BY id`,
        [chloe.id],
      );
      expect(audit).toEqual([
        { action: 'create', actor_id: expect.any(Number) },
        { action: 'update', actor_id: null },
      ]);

      // The event moved a week later: Ana is reminded of the new date, Chloé no more.
      const current = (await staff.get(`/api/events/${event.id}`).expect(200)).body;
      await staff
        .put(`/api/events/${event.id}`)
        .send({ startsAt: '2025-03-24T09:30:00+01:00', endsAt: '2025-03-24T12:30:00+01:00', version: current.version })
        .expect(200);
      await reminders[1].reconcile(new Date('2025-03-21T08:00:00+01:00'));
      await eventually(
        () => registrantOccurrences(ana.id),
        (rows) => rows.length === 2 && rows.every((row) => row.emailed_at !== null),
      );
      expect(mailsTo(ana.email)).toHaveLength(2);
      expect(await registrantOccurrences(chloe.id)).toHaveLength(1);
      expect(mailsTo(chloe.email)).toHaveLength(1);
    });

    /** A registrant's reminder delivered while the e-mail senders wait, `meanwhile` given its e-mail job; the registration. */
    async function deliveredWhileSendersWait(name: string, meanwhile: (job: Job | undefined) => Promise<unknown>) {
      const event = await publishedOnThe17th();
      const registration = await registered(event.id, name, true);
      const [occurrence] = await database(app).query(
        `INSERT INTO reminder_occurrences (rule, entity, entity_id, due_at, user_id) VALUES ('event_registrant_reminder', 'registration', $1, $2, 0) RETURNING id`,
        [registration.id, '2025-03-14T07:00:00Z'],
      );
      const senders = workers.map((worker) => worker.get(EmailsProcessor).worker);
      await Promise.all(senders.map((sender) => sender.pause()));
      try {
        expect(await reminders[0].deliver(String(occurrence.id), new Date('2025-03-14T08:00:00+01:00'))).toBe('delivered');
        await meanwhile(await workers[0].get<Queue>(getQueueToken(EMAIL_QUEUE)).getJob(registrantEmailJobId(String(occurrence.id))));
      } finally {
        senders.forEach((sender) => sender.resume());
      }
      return registration;
    }

    it('queues a registrant’s e-mail under its occurrence, retried as a notification’s e-mail is', async () => {
      const ana = await deliveredWhileSendersWait('Ana Patiente', async (job) =>
        expect(job?.opts).toMatchObject({ attempts: 8, backoff: { type: 'exponential', delay: 5000 } }),
      );
      await eventually(
        () => registrantOccurrences(ana.id),
        (rows) => rows.length === 1 && rows[0].emailed_at !== null,
      );
      expect(mailsTo(ana.email)).toHaveLength(1);
    });

    it('sends a registrant’s e-mail whose job Redis lost at the next reconciliation, once', async () => {
      const ana = await deliveredWhileSendersWait('Ana Oubliée', (job) => job!.remove());
      expect(await registrantOccurrences(ana.id)).toEqual([expect.objectContaining({ status: 'delivered', emailed_at: null })]);

      await Promise.all(reminders.map((service) => service.reconcile(new Date())));
      await eventually(
        () => registrantOccurrences(ana.id),
        (rows) => rows.length === 1 && rows[0].emailed_at !== null,
      );
      expect(mailsTo(ana.email)).toHaveLength(1);
    });

    it('never reminds at the old date once the event moved, though another event keeps that date, nor one who opted out before the e-mail left', async () => {
      const event = await publishedOnThe17th();
      const ana = await registered(event.id, 'Ana Déplacée', true);
      // Another event of that day, whose registrant's reminder falls at the same instant: it does not vouch for Ana's.
      const kept = await publishedOnThe17th();
      await registered(kept.id, 'Bob Maintenu', true);
      const [occurrence] = await database(app).query(
        `INSERT INTO reminder_occurrences (rule, entity, entity_id, due_at, user_id) VALUES ('event_registrant_reminder', 'registration', $1, $2, 0) RETURNING id`,
        [ana.id, '2025-03-14T07:00:00Z'],
      );
      const current = (await staff.get(`/api/events/${event.id}`).expect(200)).body;
      await staff
        .put(`/api/events/${event.id}`)
        .send({ startsAt: '2025-03-24T09:30:00+01:00', endsAt: '2025-03-24T12:30:00+01:00', version: current.version })
        .expect(200);
      expect(await reminders[0].deliver(String(occurrence.id), new Date('2025-03-14T09:00:00+01:00'))).toBe('stale');
      expect(mailsTo(ana.email)).toHaveLength(0);
    });
  });
});
