import type { INestApplication, INestApplicationContext } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import type TestAgent from 'supertest/lib/agent';
import { loadConfig } from '../../apps/api/src/config/app-config';
import { InboundService } from '../../apps/api/src/mail/inbound.service';
import { MailProcessor } from '../../apps/api/src/mail/mail.processor';
import { WorkerModule } from '../../apps/api/src/worker.module';
import { database, loginAs, startApp, unique } from './support/app';
import { ImapServer, rawMail } from '../perf/imap-server';
import { SmtpSink, unfold } from './support/smtp-sink';
import { eventually } from './support/eventually';
import { useOwnEnvironment } from './support/own-environment';
import { holdMailRounds } from './support/mail-rounds';

const DESK = 'RESACOOP <information@resacoop.test>';
const MAX_BYTES = 200_000;

/**
 * The e-mail channel end to end, against a real Dovecot (messages dropped by IMAP APPEND) and the
 * SMTP sink: a message becomes a request, its acknowledgement and the desk's answer leave with the
 * thread's headers, the requester's reply joins the thread; robots, bad mail and an unreachable
 * mailbox open nothing and lose nothing. The worker's rounds are driven by the tests.
 */
describe('e-mail channel', () => {
  const imap = new ImapServer();
  const smtp = new SmtpSink();
  let app: INestApplication;
  let worker: INestApplicationContext;
  let processor: MailProcessor;
  let staff: TestAgent;
  let mailbox: string;
  let env: Record<string, string | undefined>;

  beforeAll(async () => {
    await useOwnEnvironment('mail');
    await imap.start();
    const smtpUrl = await smtp.start();
    env = {
      ...process.env,
      MAILBOXES: `${imap.url('INBOX', 'site=clermont&processed=Traite&errors=Erreurs')},imap://desk:x@127.0.0.1:1/INBOX?site=lyon`,
      SMTP_URL: smtpUrl,
      DESK_MAIL_FROM: DESK,
      MAIL_POLL_EVERY_MS: '3600000',
      // No reminder e-mails of the demo data in the sink meanwhile: the reminders' reconciliation waits an hour.
      RECONCILE_EVERY_MS: '3600000',
      RECONCILE_FIRST_DELAY_MS: '3600000',
      MAIL_MAX_BYTES: String(MAX_BYTES),
      // The tests drive the reads; the IDLE watcher has a test of its own, last.
      MAIL_IDLE: 'false',
    };
    app = await startApp(env as Record<string, string>);
    await holdMailRounds(app);
    worker = await NestFactory.createApplicationContext(WorkerModule.with(loadConfig(env)), { abortOnError: false });
    await worker.init();
    processor = worker.get(MailProcessor);
    mailbox = loadConfig(env).MAILBOXES[0].name;
    staff = await loginAs(app, 'staff');
  });

  afterAll(async () => {
    await worker?.close();
    await app?.close();
    await smtp.stop();
    imap.stop();
  });

  const requestsFrom = async (address: string) =>
    (await database(app).query(`SELECT * FROM requests WHERE requester_email = $1 ORDER BY id`, [address])) as {
      id: number;
      reference: string;
      channel: string;
      site: string;
      subject: string;
      question: string;
      requester_name: string;
      contact_id: number | null;
      status: string;
      first_response_at: Date | null;
    }[];

  const message = (from: string, subject: string, body: string, headers: Record<string, string> = {}) =>
    rawMail(
      { From: from, To: 'information@resacoop.test', Subject: subject, 'Message-ID': `<${unique('m')}@example.org>`, ...headers },
      body,
    );

  it('opens a request from a new message, matched to the directory, and acknowledges it with its reference', async () => {
    const address = `${unique('marie')}@example.org`;
    const contact = (
      await staff
        .post('/api/contacts')
        .send({ firstName: 'Marie', lastName: unique('Curie'), email: address })
        .expect(201)
    ).body;
    const id = `${unique('first')}@example.org`;
    const acknowledgement = smtp.next((mail) => mail.to.includes(address));
    await imap.deliver([
      rawMail(
        {
          From: `Marie Curie <${address}>`,
          To: 'information@resacoop.test',
          Subject: 'Financement de notre projet',
          'Message-ID': `<${id}>`,
        },
        'Bonjour,\nComment financer un projet au Sénégal ?',
      ),
    ]);

    const round = await processor.read(mailbox);
    expect(round).toMatchObject({ read: 1, opened: 1, errors: 0 });
    const [request] = await requestsFrom(address);
    expect(request).toMatchObject({
      channel: 'email',
      site: 'clermont',
      subject: 'Financement de notre projet',
      requester_name: 'Marie Curie',
      contact_id: contact.id,
      status: 'new',
    });
    expect(request.question).toContain('Comment financer un projet au Sénégal ?');
    expect(await imap.count('INBOX')).toBe(0);
    expect(await imap.count('Traite')).toBeGreaterThanOrEqual(1);

    const raw = unfold((await acknowledgement).raw);
    expect(raw).toContain(`Subject: Re: [${request.reference}] Financement de notre projet`);
    expect(raw).toContain(`In-Reply-To: <${id}>`);
    expect(raw).toContain('Auto-Submitted: auto-replied');
    expect(raw).toMatch(/From: RESACOOP <information@resacoop.test>/);
    expect(raw).toContain(request.reference);
  });

  it('sends the answer with the thread headers, records it, and the requester reply joins the thread', async () => {
    const address = `${unique('paul')}@example.org`;
    const firstId = `${unique('q')}@example.org`;
    await imap.deliver([
      rawMail(
        { From: `Paul <${address}>`, Subject: 'Partenaires au Bénin', 'Message-ID': `<${firstId}>`, 'Auto-Submitted': 'no' },
        'Qui contacter ?',
      ),
    ]);
    await processor.read(mailbox);
    const [request] = await requestsFrom(address);

    const answerMail = smtp.next((mail) => mail.to.includes(address) && unfold(mail.raw).includes('Voici trois contacts'));
    const answer = await staff.post(`/api/requests/${request.id}/email-answer`).send({ body: 'Voici trois contacts.' }).expect(201);
    const raw = unfold((await answerMail).raw);
    expect(raw).toContain(`Message-ID: <${answer.body.messageId}>`);
    expect(raw).toContain(`In-Reply-To: <${firstId}>`);
    expect(raw).toMatch(new RegExp(`References: .*<${firstId}>`));
    expect(raw).toContain(`Subject: Re: [${request.reference}] Partenaires au Bénin`);
    expect(raw).not.toContain('Auto-Submitted');

    const [answered] = await requestsFrom(address);
    expect(answered.first_response_at).not.toBeNull();
    const timeline = (await staff.get(`/api/interactions?filter=${JSON.stringify({ requestId: request.id, kind: 'email' })}`).expect(200))
      .body;
    expect(timeline.map((entry: { body: string }) => entry.body)).toEqual(
      expect.arrayContaining([expect.stringContaining('Voici trois contacts.')]),
    );
    // The worker marks an e-mail sent once the SMTP server took it: just after the sink has it.
    const thread = await eventually(
      async () =>
        (await staff.get(`/api/requests/${request.id}/mail-messages`).expect(200)).body as { direction: string; outcome: string }[],
      (messages) => messages.every((mail) => mail.outcome !== 'queued'),
    );
    expect(thread.map((mail) => [mail.direction, mail.outcome])).toEqual([
      ['in', 'opened'],
      ['out', 'sent'],
      ['out', 'sent'],
    ]);

    // Waiting on the requester: their reply (threaded by its headers only) brings the request back, in the same request.
    const current = (await staff.get(`/api/requests/${request.id}`).expect(200)).body;
    await staff.put(`/api/requests/${request.id}`).send({ version: current.version, status: 'waiting' }).expect(200);
    await imap.deliver([
      message(`Paul <${address}>`, 'Re: merci', 'Merci, et pour le financement ?', {
        'In-Reply-To': `<${answer.body.messageId}>`,
        References: `<${firstId}> <${answer.body.messageId}>`,
      }),
    ]);
    expect(await processor.read(mailbox)).toMatchObject({ read: 1, joined: 1, opened: 0 });
    const after = await requestsFrom(address);
    expect(after).toHaveLength(1);
    expect(after[0].status).toBe('in_progress');
    const entries = (await staff.get(`/api/interactions?filter=${JSON.stringify({ requestId: request.id })}`).expect(200)).body;
    expect(entries.map((entry: { body: string }) => entry.body)).toEqual(
      expect.arrayContaining([expect.stringContaining('pour le financement ?'), 'En attente du demandeur → En cours']),
    );
  });

  it('threads a reply by the reference in its subject, and closes with the answer when asked', async () => {
    const address = `${unique('ana')}@example.org`;
    await imap.deliver([message(address, 'Volontariat', 'Des missions ?')]);
    await processor.read(mailbox);
    const [request] = await requestsFrom(address);
    await imap.deliver([message(address, `Complément ${request.reference.toLowerCase()}`, 'Plutôt en Afrique.')]);
    expect(await processor.read(mailbox)).toMatchObject({ joined: 1, opened: 0 });
    expect(await requestsFrom(address)).toHaveLength(1);

    const sent = smtp.next((mail) => mail.to.includes(address) && unfold(mail.raw).includes('Voyez France Volontaires'));
    await staff.post(`/api/requests/${request.id}/email-answer`).send({ body: 'Voyez France Volontaires.', close: true }).expect(201);
    await sent;
    const closed = (await staff.get(`/api/requests/${request.id}`).expect(200)).body;
    expect(closed).toMatchObject({ status: 'closed', answer: 'Voyez France Volontaires.' });
    expect(closed.answeredAt).not.toBeNull();
  });

  it('processes a message once when the worker died after the commit and before the move', async () => {
    const address = `${unique('crash')}@example.org`;
    const raw = message(address, 'Une seule fois', 'Ne me comptez pas deux fois.');
    await imap.deliver([raw]);
    // What the dead worker did: the message recorded and committed, still in the inbox.
    await worker
      .get(InboundService)
      .receive(loadConfig({ ...process.env, MAILBOXES: imap.url('INBOX', 'site=clermont') }).MAILBOXES[0], Buffer.from(raw));
    expect(await imap.count('INBOX')).toBe(1);
    expect(await processor.read(mailbox)).toMatchObject({ read: 1, duplicates: 1, opened: 0 });
    expect(await requestsFrom(address)).toHaveLength(1);
    expect(await imap.count('INBOX')).toBe(0);
    // And a message without Message-ID is known by its digest.
    const anonymous = rawMail({ From: address, Subject: 'Sans identifiant' }, 'Pas de Message-ID.');
    await imap.deliver([anonymous, anonymous]);
    expect(await processor.read(mailbox)).toMatchObject({ read: 2, opened: 1, duplicates: 1 });
    expect(await requestsFrom(address)).toHaveLength(2);
  });

  it('acknowledges at most three new requests a day from one address: a robot that hides it cannot loop with the desk', async () => {
    const address = `${unique('echo')}@example.org`;
    // Each "reply" of a badly made robot: a new subject, no thread headers, no Auto-Submitted.
    await imap.deliver(Array.from({ length: 5 }, (_, index) => message(address, `Accusé ${index} ${unique('s')}`, 'Bien reçu.')));
    expect(await processor.read(mailbox)).toMatchObject({ read: 5, opened: 5 });
    expect(await requestsFrom(address)).toHaveLength(5);
    const acknowledgementsTo = async (to: string) =>
      (
        await database(app).query(
          `SELECT count(*)::int AS count FROM mail_messages WHERE direction = 'out' AND author_id IS NULL AND to_address = $1`,
          [to],
        )
      )[0].count;
    expect(await acknowledgementsTo(address)).toBe(3);
    // Another address is acknowledged as usual.
    const other = `${unique('other')}@example.org`;
    await imap.deliver([message(other, 'Une question', 'Bonjour.')]);
    await processor.read(mailbox);
    expect(await acknowledgementsTo(other)).toBe(1);
  });

  it('opens nothing for auto-replies, bounces and mailing lists, and never answers them', async () => {
    const address = `${unique('robot')}@example.org`;
    const answersToRobots = () =>
      smtp.received.filter((mail) => mail.to.includes(address) || mail.to.includes('MAILER-DAEMON@example.org'));
    await imap.deliver([
      message(address, 'Absence', 'Je suis absent.', { 'Auto-Submitted': 'auto-replied' }),
      message(address, 'Vacances', 'Réponse automatique.', { Precedence: 'bulk' }),
      message(address, 'Lettre', 'Nouvelles du réseau.', { 'List-Id': '<news.example.org>' }),
      rawMail(
        {
          From: 'MAILER-DAEMON@example.org',
          Subject: 'Undelivered Mail',
          'Message-ID': `<${unique('dsn')}@example.org>`,
          'Content-Type': 'multipart/report; report-type=delivery-status; boundary="b"',
        },
        '--b\nContent-Type: text/plain\n\nDelivery failed.\n--b--',
      ),
    ]);
    expect(await processor.read(mailbox)).toMatchObject({ read: 4, automated: 4, opened: 0, errors: 0 });
    expect(await requestsFrom(address)).toHaveLength(0);
    expect(await imap.count('INBOX')).toBe(0);
    await processor.read(mailbox);
    // Nothing written to them, queued or sent.
    const written = await database(app).query(
      `SELECT count(*)::int AS count FROM mail_messages WHERE direction = 'out' AND to_address = ANY($1)`,
      [[address, 'MAILER-DAEMON@example.org']],
    );
    expect(written[0].count).toBe(0);
    expect(answersToRobots()).toEqual([]);
  });

  it('reads bad mail as far as it can, and leaves what it cannot in the error folder', async () => {
    const address = `${unique('bad')}@example.org`;
    const errorsBefore = await imap.count('Erreurs');
    // windows-1252 bytes: "Déjà payé"
    await imap.deliver([
      Buffer.concat([
        Buffer.from(
          `From: ${address}\r\nSubject: Windows\r\nMessage-ID: <${unique('cp')}@x>\r\nContent-Type: text/plain; charset=windows-1252\r\nContent-Transfer-Encoding: 8bit\r\n\r\n`,
        ),
        Buffer.from([0x44, 0xe9, 0x6a, 0xe0, 0x20, 0x70, 0x61, 0x79, 0xe9, 0x0d, 0x0a]),
      ]),
      rawMail(
        { From: address, Subject: 'Photo', 'Message-ID': `<${unique('img')}@x>`, 'Content-Type': 'multipart/mixed; boundary="z"' },
        '--z\nContent-Type: image/png; name="affiche.png"\nContent-Disposition: attachment; filename="affiche.png"\nContent-Transfer-Encoding: base64\n\niVBORw0KGgo=\n--z--',
      ),
      rawMail(
        {
          From: address,
          Subject: 'Cassé',
          'Message-ID': `<${unique('mime')}@x>`,
          'Content-Type': 'multipart/mixed; boundary="never-closed"',
        },
        '--never-closed\nContent-Type: text/plain\n\nà moitié',
      ),
      message(address, 'Trop gros', 'x'.repeat(MAX_BYTES + 1000)),
    ]);
    const round = await processor.read(mailbox);
    expect(round).toMatchObject({ read: 4, errors: 1 });
    const requests = await requestsFrom(address);
    const bySubject = Object.fromEntries(requests.map((request) => [request.subject, request.question]));
    expect(bySubject.Windows).toBe('Déjà payé');
    expect(bySubject.Photo).toContain('affiche.png');
    expect(bySubject.Photo).toMatch(/sans texte lisible/);
    expect(bySubject['Cassé']).toContain('à moitié');
    expect(bySubject['Trop gros']).toBeUndefined();
    expect(await imap.count('Erreurs')).toBe(errorsBefore + 1);
    expect(await imap.count('INBOX')).toBe(0);
  });

  it('keeps the files of known types with the request, served only as downloads, and says which it refused', async () => {
    const address = `${unique('files')}@example.org`;
    const pdf = Buffer.from('%PDF-1.4 budget prévisionnel');
    await imap.deliver([
      rawMail(
        { From: address, Subject: 'Dossier', 'Message-ID': `<${unique('files')}@x>`, 'Content-Type': 'multipart/mixed; boundary="f"' },
        [
          '--f',
          'Content-Type: text/plain; charset=utf-8',
          '',
          'Voici notre budget.',
          '--f',
          'Content-Type: application/pdf; name="Budget été.pdf"',
          "Content-Disposition: attachment; filename*=UTF-8''Budget%20%C3%A9t%C3%A9.pdf",
          'Content-Transfer-Encoding: base64',
          '',
          pdf.toString('base64'),
          '--f',
          'Content-Type: application/pdf; name="virus.exe"',
          'Content-Disposition: attachment; filename="virus.exe"',
          'Content-Transfer-Encoding: base64',
          '',
          Buffer.from('MZ').toString('base64'),
          '--f--',
        ].join('\n'),
      ),
    ]);
    await processor.read(mailbox);
    const [request] = await requestsFrom(address);
    expect(request.question).toContain('Voici notre budget.');
    expect(request.question).toContain('Pièce jointe non gardée, type refusé : virus.exe (application/pdf).');

    const files = (await staff.get(`/api/requests/${request.id}/mail-attachments`).expect(200)).body;
    expect(files).toEqual([expect.objectContaining({ fileName: 'Budget été.pdf', contentType: 'application/pdf', size: pdf.length })]);
    expect(files[0]).not.toHaveProperty('content');
    const download = await staff
      .get(`/api/requests/${request.id}/mail-attachments/${files[0].id}`)
      .buffer(true)
      .parse((response, done) => {
        const chunks: Buffer[] = [];
        response.on('data', (chunk: Buffer) => chunks.push(chunk));
        response.on('end', () => done(null, Buffer.concat(chunks)));
      })
      .expect(200);
    expect(download.headers['content-disposition']).toBe(
      `attachment; filename="Budget _t_.pdf"; filename*=UTF-8''Budget%20%C3%A9t%C3%A9.pdf`,
    );
    expect(download.headers['x-content-type-options']).toBe('nosniff');
    expect(Buffer.compare(download.body as Buffer, pdf)).toBe(0);

    // Another request's file is not reachable through this one, and relay users reach none.
    const [someone] = await database(app).query(`SELECT id FROM requests WHERE id <> $1 ORDER BY id LIMIT 1`, [request.id]);
    await staff.get(`/api/requests/${someone.id}/mail-attachments/${files[0].id}`).expect(404);
    const relay = await loginAs(app, 'relayIsere');
    await relay.get(`/api/requests/${request.id}/mail-attachments`).expect(403);
    await relay.get(`/api/requests/${request.id}/mail-attachments/${files[0].id}`).expect(403);
  });

  it('says in readiness which mailbox it cannot reach, and reads the others', async () => {
    const unreachable = loadConfig({ MAILBOXES: 'imap://desk:x@127.0.0.1:1/INBOX?site=lyon' }).MAILBOXES[0].name;
    expect(await processor.read(unreachable)).toBeNull();
    await processor.read(mailbox);
    const ready = (await staff.get('/api/health/ready').expect(200)).body;
    expect(ready.mailboxes[mailbox]).toBe('up');
    expect(ready.mailboxes[unreachable]).toMatch(/^down since .*ECONNREFUSED/);
  });

  it('tells the team on its home page which mailbox cannot be reached, and relay users nothing', async () => {
    // The suite's second mailbox (port 1) cannot be reached; its first one can.
    const unreachable = loadConfig(env).MAILBOXES[1].name;
    await processor.read(mailbox);
    expect(await processor.read(unreachable)).toBeNull();
    const [down, ...others] = (await staff.get('/api/dashboard').expect(200)).body.mailboxesDown;
    expect(others).toEqual([]);
    expect(down).toEqual({ name: unreachable, since: expect.any(String), error: expect.stringMatching(/ECONNREFUSED/) });
    // A later failed read keeps the first failure's time: the team sees how long the mail has waited.
    expect(await processor.read(unreachable)).toBeNull();
    const again = (await staff.get('/api/dashboard').expect(200)).body.mailboxesDown;
    expect(again).toEqual([down]);
    expect(new Date(down.since).getTime()).toBeLessThanOrEqual(Date.now());
    const relay = await loginAs(app, 'relayIsere');
    expect((await relay.get('/api/dashboard').expect(200)).body.mailboxesDown).toEqual([]);
  });

  it('refuses answers from relay users, to unknown requests, and without a text', async () => {
    const relay = await loginAs(app, 'relayIsere');
    const address = `${unique('acl')}@example.org`;
    await imap.deliver([message(address, 'Droits', 'Qui peut répondre ?')]);
    await processor.read(mailbox);
    const [request] = await requestsFrom(address);
    await relay.post(`/api/requests/${request.id}/email-answer`).send({ body: 'Non.' }).expect(403);
    await relay.get(`/api/requests/${request.id}/mail-messages`).expect(403);
    await staff.get('/api/requests/999999999/mail-messages').expect(404);
    const missing = await staff.post(`/api/requests/${request.id}/email-answer`).send({}).expect(400);
    expect(Object.keys(missing.body.errors)).toEqual(['body']);
    const wrongClose = await staff.post(`/api/requests/${request.id}/email-answer`).send({ body: 'Oui.', close: 'yes' }).expect(400);
    expect(Object.keys(wrongClose.body.errors)).toEqual(['close']);
  });

  it('reads a new message without waiting for a round, from the connection watching the folder (IMAP IDLE)', async () => {
    const watching = await NestFactory.createApplicationContext(
      WorkerModule.with(loadConfig({ ...(env as Record<string, string>), MAIL_IDLE: 'true' })),
      { logger: false },
    );
    await watching.init();
    try {
      const address = `${unique('idle')}@example.org`;
      // Delivered while the watcher opens its folder or once it idles there: read either way, with no round.
      await imap.deliver([message(address, 'Tout de suite', 'Sans attendre la prochaine tournée.')]);
      let requests = await requestsFrom(address);
      for (let attempt = 0; attempt < 200 && requests.length === 0; attempt++) {
        await new Promise((resolve) => setTimeout(resolve, 100));
        requests = await requestsFrom(address);
      }
      expect(requests).toHaveLength(1);
    } finally {
      await watching.close();
    }
  });
});
