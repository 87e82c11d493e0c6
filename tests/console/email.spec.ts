/**
 * Browser test of the e-mail channel on the request page: the thread, the answer by e-mail from
 * the desk (which may close the request), and the sanitised original of a received HTML message.
 * The harness's worker reads a Dovecot mailbox of the suite's own and sends through an SMTP sink of
 * its own, which a test may make refuse everything: an answer refused at its (two) attempts shows
 * its failure, and is sent again from the page. One test walks a request's whole life by e-mail; the
 * last ones, the home page's word on a mailbox the worker cannot reach.
 */
import { ImapServer, rawMail } from '../perf/imap-server';
import { SmtpSink } from '../api/support/smtp-sink';
import { accessibilityViolations, blocking } from './accessibility';
import { useConsole } from './harness';

const imap = new ImapServer();
const smtp = new SmtpSink();
let smtpUrl = '';
// Before the harness's own hook: the server's worker reads this mailbox and sends through this sink.
beforeAll(async () => {
  await imap.start();
  smtpUrl = await smtp.start();
});
afterAll(async () => {
  imap.stop();
  await smtp.stop();
});
// A test that fails while the sink refuses mail must not leave it refusing the next tests' mail.
afterEach(() => {
  smtp.refuse = undefined;
});
// The second mailbox (port 1) cannot be reached: the team's home page says so.
const UNREACHABLE = 'imap://desk:x@127.0.0.1:1/INBOX?site=clermont';
// Its failed read every second is logged as a warning: only errors are printed here.
const ui = useConsole({
  env: () => ({
    MAILBOXES: `${imap.url('INBOX', 'site=lyon')},${UNREACHABLE}`,
    MAIL_POLL_EVERY_MS: '1000',
    LOG_LEVEL: 'error',
    SMTP_URL: smtpUrl,
    MAIL_SEND_ATTEMPTS: '2',
    MAIL_SEND_RETRY_MS: '200',
  }),
});

/**
 * The requests whose text holds `text`, once the worker has read the mailbox (IMAP IDLE, or its
 * round every second): they appear within seconds.
 */
async function requestsMatching(text: string): Promise<{ id: number; reference: string; status: string }[]> {
  let found: { id: number; reference: string; status: string }[] = [];
  for (let attempt = 0; attempt < 100 && found.length === 0; attempt++) {
    found = await ui.apiGet<typeof found>('requests', { filter: { q: text } });
    if (found.length === 0) await ui.page.waitForTimeout(200);
  }
  return found;
}

describe('staff console: answering a request by e-mail', () => {
  it('answers by e-mail and closes in one step; the thread shows the answer', async () => {
    const stamp = String(Date.now());
    await ui.logIn('lyon@resacoop.test');
    const request = await ui.apiPost<{ id: number; reference: string }>('requests', {
      channel: 'email',
      topic: 'funding',
      subject: `Financement au Togo ${stamp}`,
      question: 'Quels bailleurs ?',
      requesterName: 'Awa Diallo',
      requesterEmail: `awa.${stamp}@example.org`,
    });
    await ui.page.goto(`${ui.baseUrl}/requests/${request.id}/show`);
    const thread = ui.page.locator('section[aria-label="Échanges par e-mail"]');
    await thread.getByText('Aucun e-mail pour cette demande.').waitFor();
    expect(blocking(await accessibilityViolations(ui.page))).toEqual([]);

    const send = thread.getByRole('button', { name: 'Envoyer par e-mail' });
    expect(await send.isDisabled()).toBe(true);
    await thread.getByRole('textbox', { name: 'Réponse par e-mail' }).fill(`Voyez l’AFD et la Région ${stamp}.`);
    await thread.getByRole('checkbox', { name: 'Répondre et clore la demande' }).check();
    await send.click();

    await thread.getByText(`Envoyé à awa.${stamp}@example.org`, { exact: false }).waitFor();
    await thread.getByText(`Re: [${request.reference}] Financement au Togo ${stamp}`).waitFor();
    const closed = await ui.apiGet<{ status: string; answer: string; firstResponseAt: string | null }>(`requests/${request.id}`);
    expect(closed).toMatchObject({ status: 'closed', answer: `Voyez l’AFD et la Région ${stamp}.` });
    expect(closed.firstResponseAt).not.toBeNull();
    expect(blocking(await accessibilityViolations(ui.page))).toEqual([]);
  });

  it('shows a received e-mail with its files as downloads and its sanitised original', async () => {
    const stamp = String(Date.now());
    const subject = `Dossier de subvention ${stamp}`;
    await imap.deliver([
      rawMail(
        {
          From: `Inès Martin <ines.${stamp}@example.org>`,
          Subject: subject,
          'Message-ID': `<${stamp}@example.org>`,
          'Content-Type': 'multipart/mixed; boundary="f"',
        },
        [
          '--f',
          'Content-Type: text/html; charset=utf-8',
          '',
          '<p>Voici le <b>dossier</b>.</p><script>alert(1)</script><img src="https://tracker.example/x.png">',
          '--f',
          'Content-Type: application/pdf; name="dossier.pdf"',
          'Content-Disposition: attachment; filename="dossier.pdf"',
          'Content-Transfer-Encoding: base64',
          '',
          Buffer.from('%PDF-1.4 dossier').toString('base64'),
          '--f--',
        ].join('\n'),
      ),
    ]);
    await ui.logIn('lyon@resacoop.test');
    const found = await requestsMatching(stamp);
    expect(found).toHaveLength(1);
    await ui.page.goto(`${ui.baseUrl}/requests/${found[0].id}/show`);
    const thread = ui.page.locator('section[aria-label="Échanges par e-mail"]');
    await thread.getByText('Reçu de Inès Martin', { exact: false }).waitFor();
    const link = thread.getByRole('link', { name: 'dossier.pdf' });
    expect(await link.getAttribute('download')).toBe('dossier.pdf');
    await thread.getByText('Message d’origine (HTML nettoyé)').click();
    await thread.locator('details b', { hasText: 'dossier' }).waitFor();
    expect(await thread.locator('details script, details img').count()).toBe(0);
    expect(blocking(await accessibilityViolations(ui.page))).toEqual([]);
  });

  it('offers no e-mail answer for a request without an address', async () => {
    await ui.logIn('lyon@resacoop.test');
    const request = await ui.apiPost<{ id: number; reference: string }>('requests', {
      channel: 'phone',
      topic: 'other',
      subject: `Appel ${Date.now()}`,
      question: 'Au téléphone.',
      requesterName: 'Sans Adresse',
    });
    await ui.page.goto(`${ui.baseUrl}/requests/${request.id}/show`);
    const thread = ui.page.locator('section[aria-label="Échanges par e-mail"]');
    await thread.getByText('Aucun e-mail pour cette demande.').waitFor();
    expect(await thread.getByRole('button', { name: 'Envoyer par e-mail' }).count()).toBe(0);
  });

  it('shows an answer the mail server refused, why, and sends it again once', async () => {
    const stamp = String(Date.now());
    const address = `refus.${stamp}@example.org`;
    await ui.logIn('lyon@resacoop.test');
    const request = await ui.apiPost<{ id: number; reference: string }>('requests', {
      channel: 'email',
      topic: 'volunteering',
      subject: `Missions au Bénin ${stamp}`,
      question: 'Des missions ?',
      requesterName: 'Koffi Mensah',
      requesterEmail: address,
    });
    smtp.refuse = 'Boîte du destinataire introuvable';
    const answer = `Voyez France Volontaires ${stamp}.`;
    await ui.page.goto(`${ui.baseUrl}/requests/${request.id}/show`);
    const thread = ui.page.locator('section[aria-label="Échanges par e-mail"]');
    await thread.getByRole('textbox', { name: 'Réponse par e-mail' }).fill(answer);
    await thread.getByRole('button', { name: 'Envoyer par e-mail' }).click();
    // Queued: the thread shows it at once (already failed, if the worker was quicker than the page).
    await thread.getByText(`Envoyé à ${address} · `, { exact: false }).waitFor();

    // The worker tries twice, then marks it failed: the page read again says so.
    type Mail = { id: number; outcome: string };
    let mails: Mail[] = [];
    for (let attempt = 0; attempt < 100 && !mails.some((mail) => mail.outcome === 'failed'); attempt++) {
      mails = await ui.apiGet<Mail[]>(`requests/${request.id}/mail-messages`);
      if (!mails.some((mail) => mail.outcome === 'failed')) await ui.page.waitForTimeout(200);
    }
    expect(mails.map((mail) => mail.outcome)).toEqual(['failed']);
    await ui.page.reload();
    const failure = thread.getByRole('alert');
    await failure.getByText('Échec de l’envoi').waitFor();
    await failure.getByText('Boîte du destinataire introuvable', { exact: false }).waitFor();
    await thread.getByText('État : en attente d’envoi → échec de l’envoi').waitFor();
    expect(blocking(await accessibilityViolations(ui.page))).toEqual([]);

    // The server takes mail again: "Renvoyer" sends it, once.
    smtp.refuse = undefined;
    const delivered = smtp.next((mail) => mail.to.includes(address));
    await failure.getByRole('button', { name: 'Renvoyer' }).click();
    await ui.page.getByText('E-mail renvoyé : il repart dans la file d’envoi.').waitFor();
    await delivered;
    await thread.getByText('État : échec de l’envoi → en attente d’envoi').waitFor();
    expect(await thread.getByRole('button', { name: 'Renvoyer' }).count()).toBe(0);
    await ui.page.reload();
    await thread.getByText(`Envoyé à ${address} · `, { exact: false }).waitFor();
    await thread.getByText('État : en attente d’envoi → envoyé').waitFor();
    expect(smtp.received.filter((mail) => mail.to.includes(address))).toHaveLength(1);
    expect(blocking(await accessibilityViolations(ui.page))).toEqual([]);
  });
});

describe('a request’s whole life by e-mail', () => {
  it('opens from an e-mail, is answered with a question, comes back with the reply, and is answered and closed', async () => {
    const stamp = String(Date.now());
    const requester = `lucie.${stamp}@example.org`;
    const first = `<first.${stamp}@example.org>`;
    await imap.deliver([
      rawMail({ From: `Lucie Bernard <${requester}>`, Subject: `Chantier de jeunes ${stamp}`, 'Message-ID': first }, 'Quelles aides ?'),
    ]);
    await ui.logIn('lyon@resacoop.test');
    const [opened] = await requestsMatching(stamp);
    expect(opened.status).toBe('new');
    await ui.page.goto(`${ui.baseUrl}/requests/${opened.id}/show`);
    const thread = ui.page.locator('section[aria-label="Échanges par e-mail"]');
    await thread.getByText('Reçu de Lucie Bernard', { exact: false }).waitFor();

    // A question back to the requester, then the request waits on them.
    await thread.getByRole('textbox', { name: 'Réponse par e-mail' }).fill(`Dans quel pays ? ${stamp}`);
    const sent = smtp.next((mail) => mail.to.includes(requester) && mail.raw.includes(`Dans quel pays`));
    await thread.getByRole('button', { name: 'Envoyer par e-mail' }).click();
    await thread.getByText(`Envoyé à ${requester}`, { exact: false }).waitFor();
    const question = await sent;
    expect(question.raw).toContain(`[${opened.reference}]`);
    await ui.page.getByRole('group', { name: 'Passer à :' }).getByRole('button', { name: 'En attente du demandeur' }).click();
    await ui.page.getByText('Statut modifié.').waitFor();
    expect((await ui.apiGet<{ status: string }>(`requests/${opened.id}`)).status).toBe('waiting');

    // The requester answers the desk's e-mail: the reply joins the thread and the request is the team's again.
    const questionId = /^Message-ID:\s*(<[^>]+>)/im.exec(question.raw)?.[1] ?? '';
    expect(questionId).not.toBe('');
    await imap.deliver([
      rawMail(
        {
          From: `Lucie Bernard <${requester}>`,
          Subject: `Re: [${opened.reference}] Chantier de jeunes ${stamp}`,
          'Message-ID': `<reply.${stamp}@example.org>`,
          'In-Reply-To': questionId,
          References: `${first} ${questionId}`,
        },
        'Au Sénégal.',
      ),
    ]);
    let status = 'waiting';
    for (let attempt = 0; attempt < 100 && status === 'waiting'; attempt++) {
      status = (await ui.apiGet<{ status: string }>(`requests/${opened.id}`)).status;
      if (status === 'waiting') await ui.page.waitForTimeout(200);
    }
    expect(status).toBe('in_progress');
    expect(await requestsMatching(stamp)).toHaveLength(1);
    await ui.page.reload();
    await thread.getByText('Au Sénégal.').waitFor();
    expect(await thread.getByText('Reçu de Lucie Bernard', { exact: false }).count()).toBe(2);

    // The answer, and the request closed in the same step.
    await thread.getByRole('textbox', { name: 'Réponse par e-mail' }).fill(`Voyez le FONJEP ${stamp}.`);
    await thread.getByRole('checkbox', { name: 'Répondre et clore la demande' }).check();
    await thread.getByRole('button', { name: 'Envoyer par e-mail' }).click();
    await thread.getByText(`Voyez le FONJEP ${stamp}.`).first().waitFor();
    await ui.page.getByText('Clôturée').first().waitFor();
    expect(await ui.apiGet<{ status: string; answer: string }>(`requests/${opened.id}`)).toMatchObject({
      status: 'closed',
      answer: `Voyez le FONJEP ${stamp}.`,
    });
    expect(blocking(await accessibilityViolations(ui.page))).toEqual([]);
  });
});

describe('the home page: a mailbox the worker cannot reach', () => {
  it('tells the team which one, since when and that nothing is lost', async () => {
    await ui.logIn('lyon@resacoop.test');
    // The worker tries every second: wait until it has found the mailbox down, then open the home page.
    let down: unknown[] = [];
    for (let attempt = 0; attempt < 100 && down.length === 0; attempt++) {
      down = (await ui.apiGet<{ mailboxesDown: unknown[] }>('dashboard')).mailboxesDown;
      if (down.length === 0) await ui.page.waitForTimeout(200);
    }
    await ui.page.goto(`${ui.baseUrl}/`);
    const alert = ui.page.getByRole('alert').filter({ hasText: 'Une boîte de réception est injoignable' });
    await alert.getByText('desk@127.0.0.1:1/INBOX : injoignable depuis le', { exact: false }).waitFor();
    await alert.getByText('ECONNREFUSED', { exact: false }).waitFor();
    await alert.getByText('aucun n’est perdu', { exact: false }).waitFor();
    // The mailbox that is read is not named.
    expect(await alert.getByText(`:${imap.port}/INBOX`, { exact: false }).count()).toBe(0);
    expect(blocking(await accessibilityViolations(ui.page))).toEqual([]);
  });

  it('is not shown to relay users', async () => {
    await ui.logIn('isere@relais.test');
    await ui.page.goto(`${ui.baseUrl}/`);
    await ui.page.getByRole('region', { name: 'Mes relances de suivi', exact: true }).waitFor();
    expect(await ui.page.getByText('injoignable', { exact: false }).count()).toBe(0);
  });
});
