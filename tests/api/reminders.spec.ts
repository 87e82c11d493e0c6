import type { INestApplication, INestApplicationContext } from '@nestjs/common';
import { getQueueToken } from '@nestjs/bullmq';
import { NestFactory } from '@nestjs/core';
import type { Queue } from 'bullmq';
import { endOfParisDay, parisDay } from '@resacoop/domain';
import type TestAgent from 'supertest/lib/agent';
import { loadConfig } from '../../apps/api/src/config/app-config';
import { Database } from '../../apps/api/src/database/database';
import { EMAIL_QUEUE, REMINDER_QUEUE, ReminderJob, type OccurrenceKey } from '../../apps/api/src/reminders/jobs';
import { MailerService } from '../../apps/api/src/reminders/mailer.service';
import { EmailsProcessor, RemindersProcessor } from '../../apps/api/src/reminders/reminders.processor';
import { RemindersService } from '../../apps/api/src/reminders/reminders.service';
import { WorkerModule } from '../../apps/api/src/worker.module';
import { describeReminderFaults } from './support/reminder-faults';
import { freezeDateAt } from './support/clock';
import { SmtpSink, unfold, type ReceivedMail } from './support/smtp-sink';
import { database, DEMO_PASSWORD, loginAs, startApp, unique, USERS } from './support/app';
import { eventually } from './support/eventually';
import { useOwnEnvironment } from './support/own-environment';

const { APP_ORIGIN } = loadConfig();

/** The link of a French reminder e-mail, as its reader sees it. */
function linkIn(mail: ReceivedMail): string | undefined {
  return /Ouvrir la fiche : (\S*)/.exec(unfold(mail.raw))?.[1];
}

/** The worker on real Redis and PostgreSQL, e-mailing a real SMTP server on loopback. */
describe('reminders', () => {
  const smtp = new SmtpSink();
  let app: INestApplication;
  let worker: INestApplicationContext;
  let reminders: RemindersService;
  let staff: TestAgent;
  const today = parisDay(new Date());
  // A controlled clock: the end of today in Paris, so today's 08:00 reminders are due whatever the hour of the run.
  const tonight = endOfParisDay(today);

  beforeAll(async () => {
    await useOwnEnvironment('reminders');
    const smtpUrl = await smtp.start();
    app = await startApp();
    // Reconciliation is driven by the tests here, not by the repeating job, whose first run is an hour away.
    worker = await NestFactory.createApplicationContext(
      WorkerModule.with(
        loadConfig({ ...process.env, SMTP_URL: smtpUrl, RECONCILE_EVERY_MS: '3600000', RECONCILE_FIRST_DELAY_MS: '3600000' }),
      ),
      { logger: false },
    );
    await worker.init();
    reminders = worker.get(RemindersService);
    staff = await loginAs(app, 'staff');
  });

  afterAll(async () => {
    await worker.close();
    await app.close();
    await smtp.stop();
  });

  async function caseDueToday() {
    const organisationId = (
      await staff
        .post('/api/organisations')
        .send({ name: unique('Rappel '), type: 'association', departement: '63' })
        .expect(201)
    ).body.id;
    return (
      await staff
        .post('/api/cases')
        .send({ organisationId, projectTitle: unique('Suivi '), nextFollowUpAt: today })
        .expect(201)
    ).body;
  }

  const notificationsAbout = async (caseId: number) =>
    (await database(app).query(`SELECT * FROM notifications WHERE entity = 'case' AND entity_id = $1 AND rule = 'case_follow_up'`, [
      caseId,
    ])) as {
      id: number;
      user_id: number;
      occurrence_id: string;
      emailed_at: Date | null;
    }[];

  /** A new user made by the admin (staff of Lyon unless said otherwise). */
  async function newUser(label: string, role: 'staff' | 'admin' = 'staff', site: 'lyon' | 'clermont' = 'lyon') {
    const admin = await loginAs(app, 'admin');
    const email = `${unique(label)}@resacoop.test`;
    const { body } = await admin.post('/api/users').send({ email, fullName: label, role, site, password: DEMO_PASSWORD }).expect(201);
    return body as { id: number; email: string; version: number };
  }

  /** A request received Monday 3 March 2025 at 10:00 and never assigned: unassigned on the 4th at 10:00, due the 10th, overdue the 11th. */
  async function requestOfMonday3March(subject: string, fields: Record<string, unknown> = { requesterName: 'X' }) {
    const { body } = await staff
      .post('/api/requests')
      .send({
        channel: 'phone',
        topic: 'funding',
        subject: unique(subject),
        question: 'q',
        receivedAt: '2025-03-03T10:00:00+01:00',
        ...fields,
      })
      .expect(201);
    return body as { id: number; reference: string };
  }

  /** An occurrence recorded as reconciliation records it, not yet delivered; its id. */
  async function recordedOccurrence(rule: string, entity: 'case' | 'request', entityId: number, dueAt: string, userId: number) {
    const [occurrence] = await database(app).query(
      `INSERT INTO reminder_occurrences (rule, entity, entity_id, due_at, user_id) VALUES ($1, $2, $3, $4, $5) RETURNING id`,
      [rule, entity, entityId, dueAt, userId],
    );
    return String(occurrence.id);
  }

  it('tells the adviser once, in the app and by e-mail, when the follow-up day comes', async () => {
    const supportCase = await caseDueToday();
    const mail = smtp.next((received) => received.raw.includes(supportCase.reference));
    await reminders.reconcile(tonight);
    const received = await mail;
    expect(received.to).toEqual(['lyon@resacoop.test']);
    expect(received.raw).toContain(`/cases/${supportCase.id}/show`);

    // Reconciling again, and delivering the same occurrence again, never notifies twice.
    await reminders.reconcile(tonight);
    const [notification] = await notificationsAbout(supportCase.id);
    expect(await reminders.deliver(notification.occurrence_id)).toBe('already settled');
    // Nor does a delivery job that carries the occurrence's key, as reconciliation enqueues them.
    const [key] = await database(app).query(
      `SELECT rule, entity, entity_id AS "entityId", due_at AS "dueAt", user_id AS "userId" FROM reminder_occurrences WHERE id = $1`,
      [notification.occurrence_id],
    );
    expect(await reminders.deliver(notification.occurrence_id, tonight, { ...key, dueAt: key.dueAt.toISOString() })).toBe(
      'already settled',
    );
    expect(await notificationsAbout(supportCase.id)).toHaveLength(1);

    const bell = await staff.get(`/api/notifications?filter=${JSON.stringify({ read: false })}&range=[0,999]`).expect(200);
    expect(bell.body.map((row: { id: number }) => row.id)).toContain(notification.id);
    await staff.post(`/api/notifications/${notification.id}/read`).expect(200);
    const unread = await staff.get(`/api/notifications?filter=${JSON.stringify({ read: false })}&range=[0,999]`).expect(200);
    expect(unread.body.map((row: { id: number }) => row.id)).not.toContain(notification.id);
    // Nobody reads another user's notifications.
    const clermont = await loginAs(app, 'staffClermont');
    await clermont.get(`/api/notifications/${notification.id}`).expect(404);
  });

  describe('relay proposals and answers', () => {
    type Told = { user_id: number; rule: string; message: string };
    const toldAbout = (assignmentId: number): Promise<Told[]> =>
      database(app).query(
        `SELECT user_id, rule, message FROM notifications WHERE entity = 'assignment' AND entity_id = $1 ORDER BY rule, user_id`,
        [assignmentId],
      );
    const colleaguesOf = async (email: string): Promise<number[]> =>
      (
        await database(app).query(
          `SELECT u.id FROM users u JOIN users them ON them.relay_id = u.relay_id WHERE u.active AND them.email = $1 ORDER BY u.id`,
          [email],
        )
      ).map((row: { id: number }) => row.id);

    /** A case of Isère's, proposed to the Isère relay by the Lyon adviser, and everyone told of it by the worker. */
    async function proposedToIsere() {
      const organisationId = (
        await staff
          .post('/api/organisations')
          .send({ name: unique('Isère '), type: 'association', departement: '38' })
          .expect(201)
      ).body.id;
      const supportCase = (
        await staff
          .post('/api/cases')
          .send({ organisationId, projectTitle: unique('Jardins '), nextFollowUpAt: '2031-01-06' })
          .expect(201)
      ).body;
      const assignment = (await staff.post('/api/assignments').send({ caseId: supportCase.id }).expect(201)).body;
      return { supportCase, assignment };
    }

    it('tells each user of the relay, once, in the app and by e-mail, when a case is proposed to them', async () => {
      const { supportCase, assignment } = await proposedToIsere();
      const relayUsers = await colleaguesOf('isere@relais.test');
      expect(relayUsers.length).toBeGreaterThan(0);
      const mail = smtp.next((received) => received.to.includes('isere@relais.test') && received.raw.includes(supportCase.reference));
      await reminders.reconcile(tonight);
      await reminders.reconcile(tonight);
      const told = await eventually(
        () => toldAbout(assignment.id),
        (rows) => rows.length >= relayUsers.length,
      );
      const adviser = (await staff.get('/api/auth/me').expect(200)).body;
      const message = `Le dossier ${supportCase.reference} (${supportCase.projectTitle}) vous est proposé par ${adviser.fullName}.`;
      expect(told).toEqual(relayUsers.map((userId) => ({ user_id: userId, rule: 'assignment_proposed', message })));
      expect((await mail).raw).toContain(`/cases/${supportCase.id}/show`);

      // In the relay's own bell, and in nobody else's.
      const isere = await loginAs(app, 'relayIsere');
      const bell = (await isere.get(`/api/notifications?filter=${JSON.stringify({ read: false })}&range=[0,999]`).expect(200)).body;
      expect(bell.map((row: { message: string }) => row.message)).toContain(message);
      await reminders.reconcile(tonight);
      expect(await toldAbout(assignment.id)).toHaveLength(relayUsers.length);
    });

    it('tells the adviser, once, when the relay accepts or declines, and nobody of a withdrawn proposal', async () => {
      const isere = await loginAs(app, 'relayIsere');
      const adviser = (await staff.get('/api/auth/me').expect(200)).body;
      const accepted = await proposedToIsere();
      const relay = (await staff.get(`/api/relays/${accepted.assignment.relayId}`).expect(200)).body.name;
      await isere.post(`/api/assignments/${accepted.assignment.id}/accept`).send({ version: accepted.assignment.version }).expect(200);
      const declined = await proposedToIsere();
      await isere
        .post(`/api/assignments/${declined.assignment.id}/decline`)
        .send({ version: declined.assignment.version, declineReason: 'Pas de bénévole disponible' })
        .expect(200);
      const withdrawn = await proposedToIsere();
      await staff.post(`/api/assignments/${withdrawn.assignment.id}/withdraw`).send({ version: withdrawn.assignment.version }).expect(200);

      const mail = smtp.next((received) => received.to.includes(adviser.email) && received.raw.includes(declined.supportCase.reference));
      await reminders.reconcile(tonight);
      await reminders.reconcile(tonight);
      const answers = (assignmentId: number) =>
        eventually(
          async () => (await toldAbout(assignmentId)).filter((row) => row.rule === 'assignment_answered'),
          (rows) => rows.length > 0,
        );
      expect(await answers(accepted.assignment.id)).toEqual([
        {
          user_id: adviser.id,
          rule: 'assignment_answered',
          message: `Le relais ${relay} a accepté votre dossier ${accepted.supportCase.reference} (${accepted.supportCase.projectTitle}).`,
        },
      ]);
      expect(await answers(declined.assignment.id)).toEqual([
        {
          user_id: adviser.id,
          rule: 'assignment_answered',
          message: `Le relais ${relay} a décliné votre dossier ${declined.supportCase.reference} (${declined.supportCase.projectTitle}) : Pas de bénévole disponible`,
        },
      ]);
      await mail;
      await reminders.reconcile(tonight);
      // Once each; the proposals answered or withdrawn before the worker ran were never announced to the relay.
      for (const { assignment } of [accepted, declined]) expect(await toldAbout(assignment.id)).toHaveLength(1);
      expect(await toldAbout(withdrawn.assignment.id)).toEqual([]);
    });
  });

  it('fires each rule at its working-day instant, not a millisecond before', async () => {
    // A fixed past week on a controlled clock: received Monday 3 March 2025, due Monday 10 March.
    const receivedAt = new Date('2025-03-03T10:00:00+01:00');
    const request = (
      await staff
        .post('/api/requests')
        .send({
          channel: 'email',
          topic: 'funding',
          subject: unique('Horloge '),
          question: 'q',
          requesterName: 'X',
          receivedAt: receivedAt.toISOString(),
        })
        .expect(201)
    ).body;
    const organisationId = (
      await staff
        .post('/api/organisations')
        .send({ name: unique('Horloge '), type: 'association', departement: '42' })
        .expect(201)
    ).body.id;
    const quiet = (
      await staff
        .post('/api/cases')
        .send({ organisationId, projectTitle: unique('Silence '), nextFollowUpAt: '2031-01-06' })
        .expect(201)
    ).body;
    await database(app).query(`UPDATE cases SET opened_at = '2025-01-06T10:00:00Z' WHERE id = $1`, [quiet.id]);
    const proposed = (
      await staff
        .post('/api/cases')
        .send({ organisationId, projectTitle: unique('Relais '), nextFollowUpAt: '2031-01-06' })
        .expect(201)
    ).body;
    const assignment = (await staff.post('/api/assignments').send({ caseId: proposed.id }).expect(201)).body;
    await database(app).query(`UPDATE assignments SET assigned_at = $2 WHERE id = $1`, [assignment.id, receivedAt]);

    const expectations: [string, string, number, string][] = [
      ['request_unassigned', 'request', request.id, '2025-03-04T10:00:00+01:00'],
      ['assignment_unacknowledged', 'assignment', assignment.id, '2025-03-06T10:00:00+01:00'],
      ['request_due_tomorrow', 'request', request.id, '2025-03-07T08:00:00+01:00'],
      ['case_inactive', 'case', quiet.id, '2025-03-07T10:00:00Z'],
      ['request_overdue', 'request', request.id, '2025-03-11T00:00:00+01:00'],
      ['assignment_unacknowledged_adviser', 'assignment', assignment.id, '2025-03-12T10:00:00+01:00'],
      ['request_overdue_escalation', 'request', request.id, '2025-03-13T00:00:00+01:00'],
    ];
    const occurrences = (rule: string, entity: string, id: number): Promise<{ id: string }[]> =>
      database(app).query(`SELECT id FROM reminder_occurrences WHERE rule = $1 AND entity = $2 AND entity_id = $3`, [rule, entity, id]);
    for (const [rule, entity, id, instant] of expectations) {
      const at = new Date(instant);
      await reminders.reconcile(new Date(at.getTime() - 1));
      expect({ rule, before: (await occurrences(rule, entity, id)).length }).toEqual({ rule, before: 0 });
      await reminders.reconcile(at);
      const recorded = await occurrences(rule, entity, id);
      expect({ rule, at: recorded.length > 0 }).toEqual({ rule, at: true });
      for (const occurrence of recorded) expect(['delivered', 'already settled']).toContain(await reminders.deliver(occurrence.id, at));
      const [{ count }] = await database(app).query(
        `SELECT count(*)::int AS count FROM notifications WHERE rule = $1 AND entity = $2 AND entity_id = $3`,
        [rule, entity, id],
      );
      expect({ rule, notified: count }).toEqual({ rule, notified: recorded.length });
    }
  });

  it('reminds an unassigned request to the staff of its site, its escalation to the admins, and nobody else', async () => {
    // An admin of the Clermont site: the staff of a site are its staff, not everyone working there.
    const { email: clermontAdmin } = await newUser('admin-clermont-', 'admin', 'clermont');
    const known: string[] = [...Object.values(USERS), clermontAdmin];
    const lyon = await requestOfMonday3March('Destinataires ', { requesterName: 'X', site: 'lyon' });
    const clermont = await requestOfMonday3March('Destinataires ', { requesterName: 'X', site: 'clermont' });
    const mail = smtp.next((received) => received.to.includes('clermont@resacoop.test') && received.raw.includes(clermont.reference));
    // Each at its instant: unassigned, due tomorrow, overdue, escalated.
    for (const instant of [
      '2025-03-04T10:00:00+01:00',
      '2025-03-07T08:00:00+01:00',
      '2025-03-11T00:00:00+01:00',
      '2025-03-13T00:00:00+01:00',
    ])
      await reminders.reconcile(new Date(instant));
    const recipients = async (requestId: number) =>
      (
        (await database(app).query(
          `SELECT o.rule, u.email FROM reminder_occurrences o JOIN users u ON u.id = o.user_id
            WHERE o.entity = 'request' AND o.entity_id = $1 ORDER BY o.rule, u.email COLLATE "C"`,
          [requestId],
        )) as { rule: string; email: string }[]
      ).filter((row) => known.includes(row.email));
    expect(await recipients(lyon.id)).toEqual([
      { rule: 'request_due_tomorrow', email: 'lyon@resacoop.test' },
      { rule: 'request_overdue', email: 'lyon@resacoop.test' },
      { rule: 'request_overdue_escalation', email: clermontAdmin },
      { rule: 'request_overdue_escalation', email: 'admin@resacoop.test' },
      { rule: 'request_unassigned', email: 'lyon@resacoop.test' },
    ]);
    expect(await recipients(clermont.id)).toEqual([
      { rule: 'request_due_tomorrow', email: 'clermont@resacoop.test' },
      { rule: 'request_overdue', email: 'clermont@resacoop.test' },
      { rule: 'request_overdue_escalation', email: clermontAdmin },
      { rule: 'request_overdue_escalation', email: 'admin@resacoop.test' },
      { rule: 'request_unassigned', email: 'clermont@resacoop.test' },
    ]);
    // A request's e-mail opens the request.
    expect(linkIn(await mail)).toBe(`${APP_ORIGIN}/requests/${clermont.id}/show`);
  });

  it('stops a request’s reminders once it became a support case, the pending ones included', async () => {
    // Received Monday 3 March 2025, unassigned from the 4th, due the 10th, overdue the 11th, escalated the 13th.
    const organisationId = (
      await staff
        .post('/api/organisations')
        .send({ name: unique('Converti '), type: 'association', departement: '69M' })
        .expect(201)
    ).body.id;
    const request = await requestOfMonday3March('Devenue accompagnement ', { organisationId });
    const unassignedAt = new Date('2025-03-04T10:00:00+01:00');
    // The worker delivers what reconciliation enqueues: held back, so that the occurrence is still pending at the conversion.
    const deliveries = worker.get(RemindersProcessor);
    await deliveries.worker.pause();
    await reminders.reconcile(unassignedAt);
    const [pending] = await database(app).query(
      `SELECT id FROM reminder_occurrences WHERE rule = 'request_unassigned' AND entity = 'request' AND entity_id = $1`,
      [request.id],
    );
    expect(pending).toBeDefined();

    await staff.post(`/api/requests/${request.id}/convert-to-case`).send({ nextFollowUpAt: '2031-01-06' }).expect(201);

    expect(await reminders.deliver(pending.id, unassignedAt)).toBe('stale');
    deliveries.worker.resume();
    for (const instant of ['2025-03-07T08:00:00+01:00', '2025-03-11T00:00:00+01:00', '2025-03-13T00:00:00+01:00', tonight.toISOString()])
      await reminders.reconcile(new Date(instant));
    const fired = await database(app).query(
      `SELECT rule FROM reminder_occurrences WHERE entity = 'request' AND entity_id = $1 AND status <> 'stale'`,
      [request.id],
    );
    expect(fired).toEqual([]);
    const [{ count }] = await database(app).query(
      `SELECT count(*)::int AS count FROM notifications WHERE entity = 'request' AND entity_id = $1`,
      [request.id],
    );
    expect(count).toBe(0);
  });

  it('notifies once when the same occurrence is delivered several times at the same moment', async () => {
    const deliveries = worker.get(RemindersProcessor);
    await deliveries.worker.pause();
    try {
      const supportCase = await caseDueToday();
      await reminders.reconcile(tonight);
      const [occurrence] = await database(app).query(
        `SELECT id FROM reminder_occurrences WHERE rule = 'case_follow_up' AND entity = 'case' AND entity_id = $1`,
        [supportCase.id],
      );
      // Calls of the same moment share their statements: the occurrence is settled once among them.
      const outcomes = await Promise.all([1, 2, 3].map(() => reminders.deliver(occurrence.id, tonight)));
      expect(outcomes.sort()).toEqual(['already settled', 'already settled', 'delivered']);
      expect(await notificationsAbout(supportCase.id)).toHaveLength(1);
    } finally {
      deliveries.worker.resume();
    }
  });

  it('delivers every occurrence of one record when they are delivered at the same moment', async () => {
    const deliveries = worker.get(RemindersProcessor);
    await deliveries.worker.pause();
    try {
      // Unassigned and long overdue: it reminds every Lyon adviser and every admin, several rules each.
      const request = (
        await staff
          .post('/api/requests')
          .send({
            channel: 'email',
            topic: 'funding',
            subject: unique('Tous ensemble '),
            question: 'q',
            requesterName: 'X',
            receivedAt: new Date(Date.now() - 30 * 86_400_000).toISOString(),
          })
          .expect(201)
      ).body;
      await reminders.reconcile(tonight);
      const occurrences: (OccurrenceKey & { id: string; dueAt: Date })[] = await database(app).query(
        `SELECT id, rule, entity, entity_id AS "entityId", due_at AS "dueAt", user_id AS "userId"
           FROM reminder_occurrences WHERE entity = 'request' AND entity_id = $1 AND status = 'scheduled'`,
        [request.id],
      );
      expect(occurrences.length).toBeGreaterThanOrEqual(3);
      // With their keys, as the delivery jobs carry them: they read the request in the same statement.
      const outcomes = await Promise.all(
        occurrences.map(({ id, dueAt, ...key }) => reminders.deliver(id, tonight, { ...key, dueAt: dueAt.toISOString() })),
      );
      expect(outcomes).toEqual(occurrences.map(() => 'delivered'));
      const [{ count }] = await database(app).query(
        `SELECT count(*)::int AS count FROM notifications WHERE entity = 'request' AND entity_id = $1`,
        [request.id],
      );
      expect(count).toBe(occurrences.length);
    } finally {
      deliveries.worker.resume();
    }
  });

  it('enqueues one delivery per occurrence and one e-mail per notification, each retried with backoff', async () => {
    const deliveries = worker.get(RemindersProcessor);
    const emails = worker.get(EmailsProcessor);
    await deliveries.worker.pause();
    await emails.worker.pause();
    try {
      const supportCase = await caseDueToday();
      await staff.put(`/api/cases/${supportCase.id}`).send({ nextFollowUpAt: '2025-03-05', version: supportCase.version }).expect(200);
      const at = new Date('2025-03-05T12:00:00+01:00');
      // Twice: a reconciliation finding the occurrence already queued leaves its job as it is.
      await reminders.reconcile(at);
      await reminders.reconcile(at);
      const [{ id: occurrenceId }] = await database(app).query(
        `SELECT id FROM reminder_occurrences WHERE rule = 'case_follow_up' AND entity = 'case' AND entity_id = $1`,
        [supportCase.id],
      );
      const waiting = ['waiting', 'paused', 'delayed', 'prioritized'] as const;
      const deliveryJobs = (await worker.get<Queue>(getQueueToken(REMINDER_QUEUE)).getJobs([...waiting])).filter(
        (job) => job.data.occurrenceId === occurrenceId,
      );
      expect(deliveryJobs.map((job) => ({ id: job.id, data: job.data, opts: job.opts }))).toEqual([
        {
          id: `deliver-${occurrenceId}`,
          data: {
            occurrenceId,
            at: '2025-03-05T11:00:00.000Z',
            occurrence: {
              rule: 'case_follow_up',
              entity: 'case',
              entityId: supportCase.id,
              dueAt: '2025-03-05T07:00:00.000Z',
              userId: supportCase.adviserId,
            },
          },
          opts: expect.objectContaining({ attempts: 5, backoff: { type: 'exponential', delay: 2000 } }),
        },
      ]);

      expect(await reminders.deliver(occurrenceId, at)).toBe('delivered');
      const [notification] = await notificationsAbout(supportCase.id);
      const emailJobs = (await worker.get<Queue>(getQueueToken(EMAIL_QUEUE)).getJobs([...waiting])).filter(
        (job) => job.data.notificationId === notification.id,
      );
      expect(emailJobs.map((job) => ({ id: job.id, opts: job.opts }))).toEqual([
        { id: `email-${notification.id}`, opts: expect.objectContaining({ attempts: 8, backoff: { type: 'exponential', delay: 5000 } }) },
      ]);
    } finally {
      deliveries.worker.resume();
      emails.worker.resume();
    }
  });

  it('sends a notification’s e-mail once, though its job runs again after it was sent', async () => {
    const emails = worker.get(EmailsProcessor);
    await emails.worker.pause();
    try {
      const supportCase = await caseDueToday();
      await reminders.reconcile(tonight);
      const [notification] = await eventually(
        () => notificationsAbout(supportCase.id),
        (rows) => rows.length === 1,
      );
      const sent = () => smtp.received.filter((received) => received.raw.includes(supportCase.reference)).length;
      await reminders.email(notification.id);
      expect(sent()).toBe(1);
      await reminders.email(notification.id);
      expect(sent()).toBe(1);
    } finally {
      emails.worker.resume();
    }
  });

  it('keeps a failed e-mail’s error for admins, fails its job so that it is retried, and clears the error once sent', async () => {
    // The same service, its e-mails going to a server that refuses every recipient at length.
    const refusing = new SmtpSink({ refuse: 'x'.repeat(600) });
    const refusingConfig = loadConfig({ ...process.env, SMTP_URL: await refusing.start() });
    const refusingMailer = new MailerService(refusingConfig);
    const failing = new RemindersService(
      worker.get(Database),
      refusingConfig,
      refusingMailer,
      worker.get<Queue>(getQueueToken(REMINDER_QUEUE)),
      worker.get<Queue>(getQueueToken(EMAIL_QUEUE)),
    );
    const emails = worker.get(EmailsProcessor);
    await emails.worker.pause();
    try {
      const supportCase = await caseDueToday();
      await reminders.reconcile(tonight);
      const [notification] = await eventually(
        () => notificationsAbout(supportCase.id),
        (rows) => rows.length === 1,
      );
      const emailOf = async () =>
        (await database(app).query(`SELECT email_error, emailed_at FROM notifications WHERE id = $1`, [notification.id]))[0] as {
          email_error: string | null;
          emailed_at: Date | null;
        };

      await expect(failing.email(notification.id)).rejects.toThrow(/recipients were rejected/);
      const failed = await emailOf();
      expect(failed.emailed_at).toBeNull();
      // Kept, and kept short.
      expect(failed.email_error).toHaveLength(500);
      expect(failed.email_error).toMatch(/^Can't send mail - all recipients were rejected: 550 x+$/);

      await reminders.email(notification.id);
      const sent = await emailOf();
      expect(sent.email_error).toBeNull();
      expect(sent.emailed_at).not.toBeNull();
    } finally {
      emails.worker.resume();
      refusingMailer.onModuleDestroy();
      await refusing.stop();
    }
  });

  describe('a follow-up date that moved', () => {
    /** A case followed up on Wednesday 5 March 2025, whose 08:00 reminder was recorded and not yet delivered. */
    async function pendingFollowUpOfThe5th() {
      const supportCase = await caseDueToday();
      const moved = (
        await staff.put(`/api/cases/${supportCase.id}`).send({ nextFollowUpAt: '2025-03-05', version: supportCase.version }).expect(200)
      ).body;
      const occurrenceId = await recordedOccurrence(
        'case_follow_up',
        'case',
        supportCase.id,
        '2025-03-05T07:00:00Z',
        supportCase.adviserId,
      );
      return { supportCase: moved, occurrenceId };
    }

    it.each([
      ['to a later day', '2031-01-06'],
      ['to another past day', '2025-03-04'],
      ['to the next day', '2025-03-06'],
    ])('never fires at the old date once it moved %s', async (_, day) => {
      const { supportCase, occurrenceId } = await pendingFollowUpOfThe5th();
      await staff.put(`/api/cases/${supportCase.id}`).send({ nextFollowUpAt: day, version: supportCase.version }).expect(200);
      // Delivered late, once every date involved has come: the old date's reminder no longer holds.
      expect(await reminders.deliver(occurrenceId, new Date('2025-03-07T12:00:00+01:00'))).toBe('stale');
      expect(await notificationsAbout(supportCase.id)).toHaveLength(0);
    });

    it('never delivers one case’s reminder because another case owes the same one, the same day, to the same adviser', async () => {
      const { supportCase, occurrenceId } = await pendingFollowUpOfThe5th();
      await pendingFollowUpOfThe5th();
      await staff.put(`/api/cases/${supportCase.id}`).send({ nextFollowUpAt: '2031-01-06', version: supportCase.version }).expect(200);
      expect(await reminders.deliver(occurrenceId, new Date('2025-03-07T12:00:00+01:00'))).toBe('stale');
    });

    it('never delivers to an adviser who no longer follows the case', async () => {
      const { supportCase, occurrenceId } = await pendingFollowUpOfThe5th();
      const clermontId = (await (await loginAs(app, 'staffClermont')).get('/api/auth/me').expect(200)).body.id;
      await staff.put(`/api/cases/${supportCase.id}`).send({ adviserId: clermontId, version: supportCase.version }).expect(200);
      expect(await reminders.deliver(occurrenceId, new Date('2025-03-07T12:00:00+01:00'))).toBe('stale');
    });

    it('never delivers a reminder of one rule because another is owed the same user at the same instant', async () => {
      const { supportCase } = await pendingFollowUpOfThe5th();
      // The case was opened today: it is not 60 days silent on 5 March 2025, though its follow-up is due then.
      const inactive = await recordedOccurrence('case_inactive', 'case', supportCase.id, '2025-03-05T07:00:00Z', supportCase.adviserId);
      expect(await reminders.deliver(inactive, new Date('2025-03-07T12:00:00+01:00'))).toBe('stale');
    });

    it('calls an occurrence settled before, delivered or not, already settled when it no longer holds', async () => {
      const { supportCase, occurrenceId } = await pendingFollowUpOfThe5th();
      const at = new Date('2025-03-07T12:00:00+01:00');
      expect(await reminders.deliver(occurrenceId, at)).toBe('delivered');
      await staff.put(`/api/cases/${supportCase.id}`).send({ nextFollowUpAt: '2025-03-04', version: supportCase.version }).expect(200);
      const key = {
        rule: 'case_follow_up',
        entity: 'case',
        entityId: supportCase.id,
        dueAt: '2025-03-05T07:00:00.000Z',
        userId: supportCase.adviserId,
      };
      expect(await reminders.deliver(occurrenceId, at, key)).toBe('already settled');
      const [{ status }] = await database(app).query(`SELECT status FROM reminder_occurrences WHERE id = $1`, [occurrenceId]);
      expect(status).toBe('delivered');
    });

    it('gives the e-mail of a notification one job, whoever enqueues it', async () => {
      const emails = worker.get(EmailsProcessor);
      await emails.worker.pause();
      try {
        const { supportCase, occurrenceId } = await pendingFollowUpOfThe5th();
        expect(await reminders.deliver(occurrenceId, new Date('2025-03-07T12:00:00+01:00'))).toBe('delivered');
        const [notification] = await notificationsAbout(supportCase.id);
        // Reconciliation enqueues the e-mails of notifications not yet e-mailed: this one's is already there.
        await reminders.reconcile(new Date('2025-03-07T12:00:00+01:00'));
        const queued = await worker.get<Queue>(getQueueToken(EMAIL_QUEUE)).getJobs(['waiting', 'paused', 'delayed', 'prioritized']);
        expect(queued.filter((job) => job.data.notificationId === notification.id).map((job) => job.id)).toEqual([
          `email-${notification.id}`,
        ]);
      } finally {
        emails.worker.resume();
      }
    });

    it('fires at the new date, 08:00 Paris, instead', async () => {
      const { supportCase, occurrenceId } = await pendingFollowUpOfThe5th();
      await staff.put(`/api/cases/${supportCase.id}`).send({ nextFollowUpAt: '2025-03-04', version: supportCase.version }).expect(200);
      await reminders.reconcile(new Date('2025-03-05T12:00:00+01:00'));
      const recorded: { id: string; due_at: Date }[] = await database(app).query(
        `SELECT id, due_at FROM reminder_occurrences WHERE rule = 'case_follow_up' AND entity = 'case' AND entity_id = $1 AND id <> $2`,
        [supportCase.id, occurrenceId],
      );
      expect(recorded.map((row) => row.due_at.toISOString())).toEqual(['2025-03-04T07:00:00.000Z']);
    });
  });

  it('delivers to a user who joined a moment ago, though the users were read just before', async () => {
    // Only Date is faked: deliveries reuse the users read within 2 seconds, and this clock stands still.
    // Nothing else reads the users meanwhile: the worker's own deliveries and reconciliations wait.
    const deliveries = worker.get(RemindersProcessor);
    await deliveries.worker.pause();
    freezeDateAt(Date.now());
    try {
      const at = new Date('2025-03-04T12:00:00+01:00');
      const warm = await caseDueToday();
      await reminders.deliver(await recordedOccurrence('case_follow_up', 'case', warm.id, `${today}T07:00:00Z`, warm.adviserId), tonight);
      const newcomer = await newUser('newcomer-');
      // Still unassigned the next working day at 10:00: every Lyon adviser is told.
      const request = await requestOfMonday3March('Nouvelle ');
      const occurrence = await recordedOccurrence('request_unassigned', 'request', request.id, '2025-03-04T09:00:00Z', newcomer.id);
      expect(await reminders.deliver(occurrence, at)).toBe('delivered');
    } finally {
      jest.useRealTimers();
      deliveries.worker.resume();
    }
  });

  it('no longer delivers to a user deactivated more than 2 seconds before, though the users were read with them', async () => {
    // As above: Date alone stands still, and only these deliveries read the users.
    const deliveries = worker.get(RemindersProcessor);
    await deliveries.worker.pause();
    const start = Date.now();
    freezeDateAt(start);
    try {
      const admin = await loginAs(app, 'admin');
      const leaving = await newUser('leaving-');
      const request = await requestOfMonday3March('Départ ');
      const occurrenceOf = (rule: string, dueAt: string) => recordedOccurrence(rule, 'request', request.id, dueAt, leaving.id);
      // Delivered to them while active: the users read then include them.
      expect(
        await reminders.deliver(await occurrenceOf('request_unassigned', '2025-03-04T09:00:00Z'), new Date('2025-03-04T12:00:00+01:00')),
      ).toBe('delivered');
      await admin.put(`/api/users/${leaving.id}`).send({ active: false, version: leaving.version }).expect(200);
      freezeDateAt(start + 3000);
      expect(
        await reminders.deliver(await occurrenceOf('request_overdue', '2025-03-10T23:00:00Z'), new Date('2025-03-11T12:00:00+01:00')),
      ).toBe('stale');
    } finally {
      jest.useRealTimers();
      deliveries.worker.resume();
    }
  });

  describe('the daily digest', () => {
    /** A Lyon adviser with one request assigned, received Monday 3 February 2025 and overdue since the 11th. */
    async function adviserWithAnOverdueRequest(label: string) {
      const adviser = await newUser(label);
      await staff
        .post('/api/requests')
        .send({
          channel: 'phone',
          topic: 'funding',
          subject: 'En retard',
          question: 'q',
          requesterName: 'X',
          assigneeId: adviser.id,
          receivedAt: '2025-02-03T10:00:00+01:00',
        })
        .expect(201);
      return adviser;
    }
    const digestsOf = async (userIds: number[]): Promise<{ id: string; user_id: number; due_at: Date }[]> =>
      database(app).query(
        `SELECT id, user_id, due_at FROM reminder_occurrences WHERE rule = 'daily_digest' AND user_id = ANY($1) ORDER BY due_at`,
        [userIds],
      );

    it('goes out at 08:00 Paris on working days, not a millisecond before, except to those who opted out', async () => {
      const wants = await adviserWithAnOverdueRequest('digest');
      const optedOut = await adviserWithAnOverdueRequest('nodigest');
      const agent = await loginAs(app, optedOut.email);
      const preference = await agent.put('/api/users/me/preferences').send({ dailyDigest: false }).expect(200);
      expect(preference.body.dailyDigest).toBe(false);
      expect((await agent.get('/api/auth/me')).body.dailyDigest).toBe(false);

      // Tuesday 4 March 2025.
      await reminders.reconcile(new Date('2025-03-04T07:59:59.999+01:00'));
      expect(await digestsOf([wants.id, optedOut.id])).toEqual([]);
      const mail = smtp.next((received) => received.to.includes(wants.email) && received.raw.includes('capitulatif'));
      await reminders.reconcile(new Date('2025-03-04T08:00:00+01:00'));
      expect((await digestsOf([wants.id, optedOut.id])).map(({ user_id, due_at }) => [user_id, due_at.toISOString()])).toEqual([
        [wants.id, '2025-03-04T07:00:00.000Z'],
      ]);
      await mail;
      const notified: { user_id: number; message: string }[] = await database(app).query(
        `SELECT user_id, message FROM notifications WHERE rule = 'daily_digest' AND user_id = ANY($1)`,
        [[wants.id, optedOut.id]],
      );
      expect(notified).toEqual([
        { user_id: wants.id, message: 'Récapitulatif du jour : 1 demande(s) à échéance ou en retard, 0 relance(s) d’accompagnement' },
      ]);

      // Neither on Saturday 8 March nor on Easter Monday, 21 April 2025; at 08:00 summer time on Tuesday 22 April.
      await reminders.reconcile(new Date('2025-03-08T09:00:00+01:00'));
      await reminders.reconcile(new Date('2025-04-21T09:00:00+02:00'));
      await reminders.reconcile(new Date('2025-04-22T08:00:00+02:00'));
      expect((await digestsOf([wants.id])).map(({ due_at }) => due_at.toISOString())).toEqual([
        '2025-03-04T07:00:00.000Z',
        '2025-04-22T06:00:00.000Z',
      ]);
    });

    it('counts the follow-ups of the day, and goes to nobody with nothing due', async () => {
      const { id: following, email: followingEmail } = await newUser('digest-cases');
      const { id: idle } = await newUser('digest-idle');
      const organisationId = (
        await staff
          .post('/api/organisations')
          .send({ name: unique('Récapitulatif '), type: 'association', departement: '69M' })
          .expect(201)
      ).body.id;
      await staff
        .post('/api/cases')
        .send({ organisationId, projectTitle: unique('Relance '), adviserId: following, nextFollowUpAt: '2025-03-05' })
        .expect(201);

      const mail = smtp.next((received) => received.to.includes(followingEmail) && received.raw.includes('capitulatif'));
      // Wednesday 5 March 2025, 08:00 Paris.
      await reminders.reconcile(new Date('2025-03-05T08:00:00+01:00'));
      expect((await digestsOf([following, idle])).map(({ user_id, due_at }) => [user_id, due_at.toISOString()])).toEqual([
        [following, '2025-03-05T07:00:00.000Z'],
      ]);
      const [digest] = await eventually(
        () => database(app).query(`SELECT message FROM notifications WHERE rule = 'daily_digest' AND user_id = $1`, [following]),
        (rows) => rows.length > 0,
      );
      expect(digest.message).toBe('Récapitulatif du jour : 0 demande(s) à échéance ou en retard, 1 relance(s) d’accompagnement');
      // The digest's e-mail opens the home page.
      expect(linkIn(await mail)).toBe(`${APP_ORIGIN}/`);
    });

    it('is not delivered late: a digest still pending the next day is stale', async () => {
      const user = await adviserWithAnOverdueRequest('late-digest');
      const deliveries = worker.get(RemindersProcessor);
      await deliveries.worker.pause();
      try {
        // Monday 10 March 2025: recorded, its delivery held back until the next day.
        await reminders.reconcile(new Date('2025-03-10T08:30:00+01:00'));
        const [monday] = await digestsOf([user.id]);
        expect(monday.due_at.toISOString()).toBe('2025-03-10T07:00:00.000Z');
        expect(await reminders.deliver(monday.id, new Date('2025-03-11T09:00:00+01:00'))).toBe('stale');
        // The same hour of the day it was due, it goes out.
        await reminders.reconcile(new Date('2025-03-11T09:00:00+01:00'));
        const [, tuesday] = await digestsOf([user.id]);
        expect(tuesday.due_at.toISOString()).toBe('2025-03-11T07:00:00.000Z');
        expect(await reminders.deliver(tuesday.id, new Date('2025-03-11T09:00:00+01:00'))).toBe('delivered');
      } finally {
        deliveries.worker.resume();
      }
    });
  });

  it('sends many e-mails over a few reused SMTP connections, and closes them when the module is destroyed', async () => {
    const sink = new SmtpSink();
    const mailer = new MailerService(loadConfig({ ...process.env, SMTP_URL: await sink.start(), SMTP_MAX_CONNECTIONS: '3' }));
    const tag = unique('pool-');
    await Promise.all(
      Array.from({ length: 60 }, (_, index) =>
        mailer.send({ to: `pool-${index}@resacoop.test`, subject: `${tag} ${index}`, text: `message ${index}` }),
      ),
    );
    const received = sink.received.filter((mail) => mail.raw.includes(tag));
    expect(received).toHaveLength(60);
    expect(new Set(received.map((mail) => mail.to[0])).size).toBe(60);
    // One connection per e-mail without the pool.
    expect(sink.connections).toBeGreaterThanOrEqual(1);
    expect(sink.connections).toBeLessThanOrEqual(3);
    mailer.onModuleDestroy();
    await eventually(
      async () => sink.closedConnections,
      (closed) => closed === sink.connections,
    );
    await sink.stop();
  });

  it('e-mails a notification whose e-mail job Redis lost, at the next reconciliation, once', async () => {
    const emails = worker.get(EmailsProcessor);
    await emails.worker.pause();
    const supportCase = await caseDueToday();
    await reminders.reconcile(tonight);
    const [notification] = await eventually(
      () => notificationsAbout(supportCase.id),
      (rows) => rows.length === 1,
    );
    expect(notification.emailed_at).toBeNull();
    // Redis forgets the e-mail job; the notification is in PostgreSQL, not yet e-mailed.
    await worker.get<Queue>(getQueueToken(EMAIL_QUEUE)).obliterate({ force: true });
    emails.worker.resume();
    const mail = smtp.next((received) => received.raw.includes(supportCase.reference));
    await reminders.reconcile(tonight);
    await mail;
    const [emailed] = await eventually(
      () => notificationsAbout(supportCase.id),
      (rows) => rows[0]?.emailed_at !== null,
    );
    expect(emailed.id).toBe(notification.id);
    // Reconciling again once it is sent sends nothing more.
    await reminders.reconcile(tonight);
    await new Promise((resolve) => setTimeout(resolve, 500));
    expect(smtp.received.filter((received) => received.raw.includes(supportCase.reference))).toHaveLength(1);
  });

  it('keeps for the queues page a failed job whose work is no longer owed, when reconciling', async () => {
    const queue = worker.get<Queue>(getQueueToken(REMINDER_QUEUE));
    const deliveries = worker.get(RemindersProcessor);
    // A delivery of no occurrence (a payload PostgreSQL refuses): it fails, and nothing owes its work.
    const jobId = unique('deliver-nothing-');
    const failed = new Promise<void>((resolve) => deliveries.worker.on('failed', (job) => job?.id === jobId && resolve()));
    await queue.add(ReminderJob.Deliver, { occurrenceId: 'not-a-number', at: new Date().toISOString() }, { jobId, attempts: 1 });
    await failed;
    // Reconciling while a delivery is owed (held back), so that the failed jobs are gone through.
    await deliveries.worker.pause();
    try {
      await caseDueToday();
      await reminders.reconcile(tonight);
      expect(await queue.getJobState(jobId)).toBe('failed');
    } finally {
      deliveries.worker.resume();
    }
  });

  it('loses nothing when Redis loses the queue: the next reconciliation delivers', async () => {
    const processor = worker.get(RemindersProcessor);
    await processor.worker.pause();
    const supportCase = await caseDueToday();
    await reminders.reconcile(tonight);
    // Redis forgets everything it was carrying.
    await worker.get<Queue>(getQueueToken(REMINDER_QUEUE)).obliterate({ force: true });
    processor.worker.resume();
    const mail = smtp.next((received) => received.raw.includes(supportCase.reference));
    await reminders.reconcile(tonight);
    await mail;
    expect(await notificationsAbout(supportCase.id)).toHaveLength(1);
  });
});

describe('queue overview for admins', () => {
  let app: INestApplication;

  beforeAll(async () => {
    app = await startApp();
  });
  afterAll(() => app.close());

  it('shows admins the counts and failed jobs, and nobody else', async () => {
    const admin = await loginAs(app, 'admin');
    const overview = await admin.get('/api/queues').expect(200);
    expect(overview.body.map((queue: { name: string }) => queue.name)).toEqual(['reminders', 'reminder-emails']);
    for (const queue of overview.body) {
      expect(queue).toMatchObject({ counts: expect.objectContaining({ failed: expect.any(Number), waiting: expect.any(Number) }) });
    }
    await admin.post('/api/queues/reminders/failed/does-not-exist/retry').expect(404);
    await admin.post('/api/queues/reminder-emails/failed/does-not-exist/retry').expect(404);
    await admin.post('/api/queues/no-such-queue/failed/does-not-exist/retry').expect(404);
    for (const who of ['staff', 'relayIsere'] as const) await (await loginAs(app, who)).get('/api/queues').expect(403);
  });
});

describeReminderFaults();
