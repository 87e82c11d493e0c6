import { Redis } from 'ioredis';
import type { Client } from 'pg';
import { countCpu, type CpuPerRequest } from './cpu-time';
import { connect } from './database';
import { ImapServer, rawMail } from './imap-server';
import { MailSink } from './mail-sink';
import { startWorker } from './processes';
import type { BenchSettings } from './settings';

const PROCESSED = 'Traite';
const ERRORS = 'Erreurs';

export const MAILBOX_TARGET_SECONDS = 60;

export interface MailboxFigures {
  /** Messages appended to the inbox before the worker started. */
  messages: number;
  /** Of which: HTML (multipart/alternative), with a kept PDF, with a refused file, from a directory contact. */
  kinds: { html: number; pdf: number; refusedFile: number; fromContact: number };
  /** Requests opened from them (counted on the requests' subjects, not on the product's own message rows). */
  requests: number;
  /** Requests beyond the first for one message. */
  duplicates: number;
  /** Messages without a request. */
  lost: number;
  /** From the worker's start to the last message's request committed (the worker's boot included). */
  seconds: number;
  /** From the worker's start to the first request committed: mostly its boot. */
  secondsToFirst: number | null;
  /** From the worker's start to the inbox found empty (every message flagged and moved). */
  secondsToEmptyInbox: number | null;
  folders: { inbox: number; processed: number; errors: number };
  /** Acknowledgements the SMTP server had received when the measure ended (they are sent beside the reading). */
  acknowledgements: number;
  /**
   * CPU per message until the last request: the worker's process, and every PostgreSQL process of the machine (so
   * also whatever else used PostgreSQL meanwhile); null where /proc cannot be read.
   */
  cpu: CpuPerRequest | null;
  complete: boolean;
  appendSeconds: number;
}

const TOPICS = [
  'Recherche de partenaires au Sénégal',
  "Demande d'information sur le volontariat",
  'Subvention pour un projet au Burkina Faso',
  'Formation « monter un projet de solidarité »',
  'Adhésion de notre association',
  'Éducation à la citoyenneté mondiale : intervention en lycée',
  'Question sur le financement participatif',
  'Jumelage entre communes : par où commencer ?',
];

const PARAGRAPHS = [
  'Bonjour, notre association intervient depuis plusieurs années auprès de coopératives agricoles et nous souhaiterions être mis en relation avec des structures de la région.',
  "Pourriez-vous nous indiquer les dispositifs d'accompagnement existants, ainsi que les prochaines dates de formation ?",
  'Nous avons déjà un budget prévisionnel et un partenaire local ; il nous manque un appui méthodologique pour la partie évaluation.',
  "Je vous remercie par avance pour votre retour, et reste à votre disposition pour tout complément d'information.",
  'Le projet concerne l’accès à l’eau potable dans trois villages, avec une association partenaire déjà constituée sur place.',
  'Serait-il possible d’échanger par téléphone la semaine prochaine ? Je suis joignable en fin de journée.',
];

/** A minimal valid PDF: the desk keeps it (its type fits its name). */
const PDF = Buffer.from(
  '%PDF-1.4\n1 0 obj<</Type/Catalog/Pages 2 0 R>>endobj 2 0 obj<</Type/Pages/Kids[]/Count 0>>endobj\ntrailer<</Root 1 0 R>>\n%%EOF\n',
);

/** RFC 2047, so that accented subjects and names arrive as a mail client sends them. */
const encodedWord = (text: string) => (/^[\x20-\x7e]*$/.test(text) ? text : `=?UTF-8?B?${Buffer.from(text, 'utf8').toString('base64')}?=`);

const base64Lines = (content: Buffer) => content.toString('base64').replace(/.{1,76}/g, '$&\r\n');

const escapeHtml = (text: string) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

/** The subject of message `index` of a run: unique, and how its request is found again. */
const subjectOf = (run: string, index: number) => `${TOPICS[index % TOPICS.length]} (${run} n° ${index})`;

/**
 * Message `index` of a run: every one a new message (none names a request or a thread), most in
 * plain text, three in ten in HTML with a text part, one in fifty with a PDF, one in fifty with a
 * file of a refused type; a quarter from addresses of the directory's contacts.
 */
function message(
  run: string,
  index: number,
  contactEmails: readonly string[],
): { raw: string; kind: keyof MailboxFigures['kinds'] | null } {
  const contact = index % 4 === 0 && contactEmails.length > 0 ? contactEmails[(index / 4) % contactEmails.length] : null;
  const from = contact ?? `personne.${run}.${index}@exemple-asso.org`;
  const text = Array.from({ length: 1 + (index % PARAGRAPHS.length) }, (_, line) => PARAGRAPHS[(index + line) % PARAGRAPHS.length]).join(
    '\n\n',
  );
  const headers = {
    From: `${encodedWord(`Émilie Bénévole ${index}`)} <${from}>`,
    To: 'information@resacoop.test',
    Subject: encodedWord(subjectOf(run, index)),
    Date: new Date(Date.now() - (index + 1) * 1000).toUTCString(),
    'Message-ID': `<bench-${run}-${index}@exemple-asso.org>`,
  };
  const boundary = `=_bench_${run}_${index}`;
  const textPart = `Content-Type: text/plain; charset=utf-8\r\nContent-Transfer-Encoding: base64\r\n\r\n${base64Lines(Buffer.from(text))}`;
  const attached = (name: string, type: string, content: Buffer) =>
    `--${boundary}\r\nContent-Type: ${type}; name="${name}"\r\nContent-Disposition: attachment; filename="${name}"\r\n` +
    `Content-Transfer-Encoding: base64\r\n\r\n${base64Lines(content)}`;
  const multipart = (subtype: string, parts: string[]) =>
    rawMail({ ...headers, 'Content-Type': `multipart/${subtype}; boundary="${boundary}"` }, '') +
    parts.map((part) => (part.startsWith('--') ? part : `--${boundary}\r\n${part}`)).join('\r\n') +
    `\r\n--${boundary}--\r\n`;
  if (index % 50 === 9)
    return { raw: multipart('mixed', [textPart, attached('budget-previsionnel.pdf', 'application/pdf', PDF)]), kind: 'pdf' };
  if (index % 50 === 19)
    return {
      raw: multipart('mixed', [textPart, attached('installeur.exe', 'application/octet-stream', Buffer.alloc(2048, 7))]),
      kind: 'refusedFile',
    };
  if (index % 10 >= 7) {
    const html = `<html><body>${text
      .split('\n\n')
      .map((paragraph) => `<p>${escapeHtml(paragraph)}</p>`)
      .join('')}<p><a href="https://exemple-asso.org">Notre site</a></p></body></html>`;
    const htmlPart = `Content-Type: text/html; charset=utf-8\r\nContent-Transfer-Encoding: base64\r\n\r\n${base64Lines(Buffer.from(html))}`;
    return { raw: multipart('alternative', [textPart, htmlPart]), kind: 'html' };
  }
  return {
    raw: rawMail({ ...headers, 'Content-Type': 'text/plain; charset=utf-8', 'Content-Transfer-Encoding': '8bit' }, text),
    kind: null,
  };
}

/** Addresses of directory contacts the worker will match the senders to. */
async function contactEmails(db: Client, count: number): Promise<string[]> {
  const { rows } = await db.query<{ email: string }>(`SELECT email FROM contacts WHERE email IS NOT NULL ORDER BY id LIMIT $1`, [count]);
  return rows.map((row) => row.email);
}

/** Requests (and message rows) the worker committed for this run's messages so far. */
async function committed(db: Client, run: string): Promise<number> {
  const { rows } = await db.query<{ count: number }>(
    `SELECT count(*)::int AS count FROM mail_messages WHERE direction = 'in' AND message_key LIKE $1 AND request_id IS NOT NULL`,
    [`bench-${run}-%`],
  );
  return rows[0].count;
}

/** Requests per message of the run, read from the requests' subjects (independent of the product's message rows). */
async function requestsPerMessage(db: Client, run: string): Promise<Map<number, number>> {
  const { rows } = await db.query<{ subject: string; count: number }>(
    `SELECT subject, count(*)::int AS count FROM requests WHERE subject LIKE $1 GROUP BY subject`,
    [`%(${run} n° %`],
  );
  const perMessage = new Map<number, number>();
  for (const row of rows) {
    const index = Number(new RegExp(`\\(${run} n° (\\d+)\\)$`).exec(row.subject)?.[1]);
    if (Number.isInteger(index)) perMessage.set(index, (perMessage.get(index) ?? 0) + row.count);
  }
  return perMessage;
}

/** What the run added to the bench database (requests, their e-mails, files and audit events) goes, so every run starts alike. */
async function removeRun(db: Client, run: string): Promise<void> {
  await db.query('BEGIN');
  try {
    const { rows } = await db.query<{ id: number }>(`SELECT id FROM requests WHERE subject LIKE $1`, [`%(${run} n° %`]);
    const ids = rows.map((row) => row.id);
    await db.query(`DELETE FROM mail_attachments WHERE request_id = ANY($1::int[])`, [ids]);
    await db.query(`DELETE FROM mail_messages WHERE request_id = ANY($1::int[]) OR message_key LIKE $2`, [ids, `bench-${run}-%`]);
    await db.query(`DELETE FROM audit_events WHERE entity = 'request' AND entity_id = ANY($1::int[])`, [ids]);
    await db.query(`DELETE FROM requests WHERE id = ANY($1::int[])`, [ids]);
    await db.query('COMMIT');
  } catch (error) {
    await db.query('ROLLBACK');
    throw error;
  }
}

/** The worker's queues (its e-mail queue, its schedules, the reminders' queues it opened) go with the run. */
async function removeKeys(redisUrl: string, prefix: string): Promise<void> {
  const redis = new Redis(redisUrl, { maxRetriesPerRequest: 1 });
  try {
    let cursor = '0';
    do {
      const [next, keys] = await redis.scan(cursor, 'MATCH', `${prefix}:*`, 'COUNT', 1000);
      if (keys.length > 0) await redis.del(...keys);
      cursor = next;
    } while (cursor !== '0');
  } finally {
    redis.disconnect();
  }
}

async function until(condition: () => Promise<boolean>, timeoutMs: number, everyMs = 250): Promise<boolean> {
  const deadline = performance.now() + timeoutMs;
  while (performance.now() < deadline) {
    if (await condition()) return true;
    await new Promise((resolve) => setTimeout(resolve, everyMs));
  }
  return false;
}

/**
 * (i) N new messages waiting in a mailbox (a Dovecot on loopback, as the API suites run it), then the
 * production worker started on it: the time until every message has its request, and the requests
 * counted per message (duplicates) and the messages without one (lost).
 */
export async function measureMailbox(settings: BenchSettings): Promise<MailboxFigures> {
  const run = `m${Date.now().toString(36)}`;
  const redisPrefix = `${settings.redisPrefix}-mailbox-${process.pid}`;
  const imap = await new ImapServer().start();
  const sink = new MailSink('(acknowledgements are only counted)');
  const db = await connect(settings.databaseUrl);
  const timeoutMs = (settings.scale === 'full' ? 5 : 2) * 60_000;
  let worker: ReturnType<typeof startWorker> | null = null;
  try {
    const smtpUrl = await sink.start();
    const emails = await contactEmails(db, Math.ceil(settings.mailboxMessages / 4));
    const built = Array.from({ length: settings.mailboxMessages }, (_, index) => message(run, index, emails));
    const kinds = { html: 0, pdf: 0, refusedFile: 0, fromContact: Math.min(emails.length, Math.ceil(settings.mailboxMessages / 4)) };
    for (const { kind } of built) if (kind && kind !== 'fromContact') kinds[kind]++;
    const appendStarted = performance.now();
    await imap.deliver(built.map(({ raw }) => raw));
    const appendSeconds = (performance.now() - appendStarted) / 1000;
    console.log(`[mailbox] ${built.length} messages appended to the inbox in ${appendSeconds.toFixed(1)} s`);

    const started = performance.now();
    worker = startWorker(
      settings,
      smtpUrl,
      {
        MAILBOXES: imap.url('INBOX', `site=clermont&processed=${PROCESSED}&errors=${ERRORS}`),
        // The reminders stay out of the measure: no reconciliation while it runs.
        RECONCILE_FIRST_DELAY_MS: '3600000',
        // Queues of its own: no other worker (another benchmark's on this Redis) takes its read job, nor it theirs.
        REDIS_PREFIX: redisPrefix,
      },
      'mail-worker',
    );
    const cpu = await countCpu(worker.pid);
    let secondsToFirst: number | null = null;
    let secondsToEmptyInbox: number | null = null;
    const reached = until(async () => {
      const count = await committed(db, run);
      if (count > 0 && secondsToFirst === null) secondsToFirst = (performance.now() - started) / 1000;
      return count >= settings.mailboxMessages;
    }, timeoutMs);
    const complete = await Promise.race([reached, worker.crashed]);
    const seconds = (performance.now() - started) / 1000;
    const cpuPerMessage = await cpu.perRequest(settings.mailboxMessages);
    const emptied = until(async () => (await imap.count('INBOX')) === 0, complete ? 60_000 : 0, 250).then((empty) => {
      if (empty) secondsToEmptyInbox = (performance.now() - started) / 1000;
    });
    await Promise.race([emptied, worker.crashed]);
    // A duplicate would come from a message read twice: give a second round the time to try.
    await new Promise((resolve) => setTimeout(resolve, 3000));
    const perMessage = await requestsPerMessage(db, run);
    const indexes = Array.from({ length: settings.mailboxMessages }, (_, index) => index);
    return {
      messages: settings.mailboxMessages,
      kinds,
      requests: [...perMessage.values()].reduce((sum, count) => sum + count, 0),
      duplicates: indexes.reduce((sum, index) => sum + Math.max(0, (perMessage.get(index) ?? 0) - 1), 0),
      lost: indexes.filter((index) => !perMessage.has(index)).length,
      seconds,
      secondsToFirst,
      secondsToEmptyInbox,
      folders: { inbox: await imap.count('INBOX'), processed: await imap.count(PROCESSED), errors: await imap.count(ERRORS) },
      acknowledgements: sink.messages,
      cpu: cpuPerMessage,
      complete,
      appendSeconds,
    };
  } finally {
    await worker?.stop();
    await removeKeys(settings.redisUrl, redisPrefix);
    await removeRun(db, run).catch((error: unknown) => console.warn(`[mailbox] the run's requests were not removed: ${String(error)}`));
    await db.end();
    await sink.stop();
    imap.stop();
  }
}
