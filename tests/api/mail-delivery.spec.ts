import { getQueueToken } from '@nestjs/bullmq';
import type { INestApplication, INestApplicationContext } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import type { Job, Queue } from 'bullmq';
import type { Redis } from 'ioredis';
import type TestAgent from 'supertest/lib/agent';
import { loadConfig } from '../../apps/api/src/config/app-config';
import { MAIL_QUEUE, MailJob, sendJobId } from '../../apps/api/src/mail/jobs';
import { MailProcessor } from '../../apps/api/src/mail/mail.processor';
import { NO_SMTP_SERVER, OutboundService } from '../../apps/api/src/mail/outbound.service';
import { MailerService } from '../../apps/api/src/reminders';
import { WorkerModule } from '../../apps/api/src/worker.module';
import { database, loginAs, startApp, unique } from './support/app';
import { eventually } from './support/eventually';
import { useOwnEnvironment } from './support/own-environment';
import { holdMailRounds } from './support/mail-rounds';
import { ImapServer, rawMail } from '../perf/imap-server';
import { SmtpSink, unfold } from './support/smtp-sink';

interface AuditRow {
  actorId: number | null;
  action: string;
  entity: string;
  entityId: number;
  changes: { before: Record<string, unknown> | null; after: Record<string, unknown> | null };
}

interface Mail {
  id: number;
  version: number;
  direction: 'in' | 'out';
  outcome: string;
  note: string | null;
  messageKey: string;
}

/**
 * The e-mails' own history and the desk's answers the SMTP server keeps refusing, against Dovecot
 * and a real SMTP sink that refuses while a test says so: each message and file leaves its creation
 * event (the system's for what was received, the author's for an answer) and each change of state
 * its update; an answer refused at its last attempt is failed with the reason, no longer enqueued,
 * and sent again once when asked.
 */
describe('e-mail history and failed sends', () => {
  const imap = new ImapServer();
  const smtp = new SmtpSink();
  let app: INestApplication;
  let worker: INestApplicationContext;
  let processor: MailProcessor;
  let queue: Queue;
  let staff: TestAgent;
  let staffId: number;
  let mailbox: string;
  let smtpUrl: string;

  beforeAll(async () => {
    await useOwnEnvironment('mail_delivery');
    await imap.start();
    smtpUrl = await smtp.start();
    const env = {
      ...process.env,
      MAILBOXES: imap.url('INBOX', 'site=lyon&processed=Traite&errors=Erreurs'),
      SMTP_URL: smtpUrl,
      DESK_MAIL_FROM: 'RESACOOP <information@resacoop.test>',
      MAIL_POLL_EVERY_MS: '3600000',
      RECONCILE_EVERY_MS: '3600000',
      RECONCILE_FIRST_DELAY_MS: '3600000',
      MAIL_IDLE: 'false',
      MAIL_ACKNOWLEDGE: 'false',
      // Three attempts a few tenths of a second apart: the day of retries of production, in a test.
      MAIL_SEND_ATTEMPTS: '3',
      MAIL_SEND_RETRY_MS: '100',
    };
    app = await startApp(env as Record<string, string>);
    await holdMailRounds(app);
    worker = await NestFactory.createApplicationContext(WorkerModule.with(loadConfig(env)), { logger: false });
    await worker.init();
    processor = worker.get(MailProcessor);
    queue = worker.get<Queue>(getQueueToken(MAIL_QUEUE));
    mailbox = loadConfig(env).MAILBOXES[0].name;
    staff = await loginAs(app, 'staff');
    staffId = (await staff.get('/api/auth/me').expect(200)).body.id;
  });

  afterAll(async () => {
    if (queue) {
      await queue.removeJobScheduler(MailJob.Round);
      const redis = (await queue.client) as unknown as Redis;
      const keys = await redis.keys(`${queue.opts.prefix}:*`);
      if (keys.length > 0) await redis.del(...keys);
    }
    await worker?.close();
    await app?.close();
    await smtp.stop();
    imap.stop();
  });
  // A test that fails while the sink refuses mail must not leave it refusing the next tests' mail.
  afterEach(() => {
    smtp.refuse = undefined;
  });

  const eventsOf = async (entity: string, ids: number[]): Promise<AuditRow[]> =>
    (await staff.get(`/api/audit-events?filter=${JSON.stringify({ entity, entityId: ids })}&sort=["id","ASC"]`).expect(200)).body;

  const threadOf = async (requestId: number): Promise<Mail[]> =>
    (await staff.get(`/api/requests/${requestId}/mail-messages`).expect(200)).body;

  /** A request opened by a message from `address`, with a small PDF. */
  async function receivedRequest(address: string): Promise<number> {
    await imap.deliver([
      rawMail(
        {
          From: `Awa <${address}>`,
          Subject: 'Budget',
          'Message-ID': `<${unique('in')}@example.org>`,
          'Content-Type': 'multipart/mixed; boundary="f"',
        },
        [
          '--f',
          'Content-Type: text/plain; charset=utf-8',
          '',
          'Voici notre budget.',
          '--f',
          'Content-Type: application/pdf; name="budget.pdf"',
          'Content-Disposition: attachment; filename="budget.pdf"',
          'Content-Transfer-Encoding: base64',
          '',
          Buffer.from('%PDF-1.4 budget').toString('base64'),
          '--f--',
        ].join('\n'),
      ),
    ]);
    // Read here, or by a read job a round (below) enqueued, which then holds the mailbox: either way it opens one request.
    const [{ id }] = await eventually(
      async () => {
        await processor.read(mailbox);
        return (await database(app).query(`SELECT id FROM requests WHERE requester_email = $1`, [address])) as { id: number }[];
      },
      (rows) => rows.length === 1,
    );
    return id;
  }

  /** The worker's round, as its scheduler runs it: mailboxes read, and every e-mail still queued enqueued. */
  const round = () => processor.process({ name: MailJob.Round, data: {} } as Job);

  it('a received message, its file and the answer sent each leave their events, by the system or by the staff member', async () => {
    const address = `${unique('awa')}@example.org`;
    const requestId = await receivedRequest(address);
    const [received] = await threadOf(requestId);
    const files = (await staff.get(`/api/requests/${requestId}/mail-attachments`).expect(200)).body as { id: number }[];

    const [messageCreated] = await eventsOf('mail_message', [received.id]);
    expect(messageCreated).toMatchObject({
      actorId: null,
      action: 'create',
      changes: {
        before: null,
        after: expect.objectContaining({ direction: 'in', outcome: 'opened', subject: 'Budget', fromAddress: address, requestId }),
      },
    });
    const fileEvents = await eventsOf('mail_attachment', [files[0].id]);
    expect(fileEvents).toEqual([
      expect.objectContaining({
        actorId: null,
        action: 'create',
        changes: { before: null, after: expect.objectContaining({ fileName: 'budget.pdf', mailMessageId: received.id, requestId }) },
      }),
    ]);
    // The file's content is kept with the request, never in the history.
    expect(fileEvents[0].changes.after).not.toHaveProperty('content');

    const sent = smtp.next((mail) => mail.to.includes(address));
    const answer = (await staff.post(`/api/requests/${requestId}/email-answer`).send({ body: 'Voici nos conseils.' }).expect(201)).body;
    await sent;
    await eventually(
      () => threadOf(requestId),
      (thread) => thread.every((mail) => mail.outcome !== 'queued'),
    );
    const answerEvents = await eventsOf('mail_message', [answer.id]);
    expect(answerEvents.map((event) => [event.action, event.actorId])).toEqual([
      ['create', staffId],
      ['update', null],
    ]);
    expect(answerEvents[0].changes.after).toMatchObject({ direction: 'out', outcome: 'queued', authorId: staffId, toAddress: address });
    expect(answerEvents[1].changes).toMatchObject({ before: { outcome: 'queued' }, after: { outcome: 'sent' } });
  });

  it('an answer refused at its last attempt is failed with the reason, not enqueued again, and sent once when sent again', async () => {
    const address = `${unique('refused')}@example.org`;
    const requestId = await receivedRequest(address);
    smtp.refuse = 'Boîte pleine, réessayez plus tard';
    const answer = (await staff.post(`/api/requests/${requestId}/email-answer`).send({ body: 'Notre réponse.' }).expect(201)).body;

    const failed = await eventually(
      async () => (await threadOf(requestId)).find((mail) => mail.id === answer.id)!,
      (mail) => mail.outcome !== 'queued',
    );
    expect(failed.outcome).toBe('failed');
    expect(failed.note).toContain('Boîte pleine');
    expect(failed.note).not.toContain(smtpUrl);
    const job = await queue.getJob(sendJobId(answer.id));
    expect(job?.attemptsMade).toBe(3);
    expect(await job?.getState()).toBe('failed');

    // The server takes mail again: the rounds leave the failed answer alone.
    smtp.refuse = undefined;
    await round();
    await round();
    const jobs = await queue.getJobs(['waiting', 'delayed', 'active', 'prioritized']);
    expect(jobs.filter((candidate) => candidate.data?.mailId === answer.id)).toEqual([]);
    expect((await threadOf(requestId)).find((mail) => mail.id === answer.id)?.outcome).toBe('failed');
    expect(smtp.received.filter((mail) => mail.to.includes(address))).toEqual([]);

    // Sent again: queued anew by the staff member, then taken once.
    const delivered = smtp.next((mail) => mail.to.includes(address));
    const resent = (await staff.post(`/api/requests/${requestId}/mail-messages/${answer.id}/resend`).send({}).expect(200)).body;
    expect(resent).toMatchObject({ id: answer.id, outcome: 'queued', note: null });
    // Twice at once, or once more after: the second finds it no longer failed.
    await staff.post(`/api/requests/${requestId}/mail-messages/${answer.id}/resend`).send({}).expect(409);
    expect(unfold((await delivered).raw)).toContain(`Message-ID: <${answer.messageId}>`);
    const after = await eventually(
      async () => (await threadOf(requestId)).find((mail) => mail.id === answer.id)!,
      (mail) => mail.outcome === 'sent',
    );
    expect(after.outcome).toBe('sent');
    await round();
    expect(smtp.received.filter((mail) => mail.to.includes(address))).toHaveLength(1);

    const events = await eventsOf('mail_message', [answer.id]);
    expect(events.map((event) => [event.action, event.actorId, event.changes.after?.outcome])).toEqual([
      ['create', staffId, 'queued'],
      ['update', null, 'failed'],
      ['update', staffId, 'queued'],
      ['update', null, 'sent'],
    ]);
  });

  it('an answer a worker without an SMTP server takes is failed at once, saying so, never shown as sent', async () => {
    const address = `${unique('unsent')}@example.org`;
    const requestId = await receivedRequest(address);
    // This suite's worker, which has a server, leaves the answer to the one without.
    await processor.worker.pause();
    try {
      const answer = (await staff.post(`/api/requests/${requestId}/email-answer`).send({ body: 'Notre réponse.' }).expect(201)).body;
      const withoutServer = new MailerService(loadConfig({ ...process.env, SMTP_URL: '' }));
      await worker.get(OutboundService).send(answer.id, withoutServer);
      expect((await threadOf(requestId)).find((mail) => mail.id === answer.id)).toMatchObject({ outcome: 'failed', note: NO_SMTP_SERVER });
      await (await queue.getJob(sendJobId(answer.id)))?.remove();
    } finally {
      processor.worker.resume();
    }
    expect(smtp.received.filter((mail) => mail.to.includes(address))).toEqual([]);
  });

  it('sends again only a failed answer of the request named', async () => {
    const address = `${unique('other')}@example.org`;
    const requestId = await receivedRequest(address);
    const [received] = await threadOf(requestId);
    // A received message is not sent; an id of another request's thread, or none, is not found.
    await staff.post(`/api/requests/${requestId}/mail-messages/${received.id}/resend`).send({}).expect(404);
    await staff
      .post(`/api/requests/${requestId + 1}/mail-messages/${received.id}/resend`)
      .send({})
      .expect(404);
    await staff.post(`/api/requests/${requestId}/mail-messages/2147483000/resend`).send({}).expect(404);
    const bad = await staff.post(`/api/requests/${requestId}/mail-messages/abc/resend`).send({}).expect(400);
    expect(bad.body.errors).toEqual({ id: expect.any(String) });
  });
});
