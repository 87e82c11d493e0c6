import { once } from 'node:events';
import { SMTPServer } from 'smtp-server';

export interface ReceivedMail {
  to: string[];
  raw: string;
}

/** A real SMTP server on loopback that keeps what it receives and lets a test await a message. */
export class SmtpSink {
  readonly received: ReceivedMail[] = [];
  /** SMTP connections opened to this server so far, and those of them closed since. */
  connections = 0;
  closedConnections = 0;
  /** While set, every recipient is refused with this reason (a 550); a test may set or clear it at any time. */
  refuse: string | undefined;
  private readonly waiters: { match: (mail: ReceivedMail) => boolean; resolve: (mail: ReceivedMail) => void }[] = [];
  private readonly server: SMTPServer;

  /**
   * `hang`: take each message but never answer it, like a server that has stopped responding.
   * `refuse`: refuse every recipient with this reason (a 550), from the start.
   */
  constructor(options: { hang?: boolean; refuse?: string } = {}) {
    this.refuse = options.refuse;
    this.server = new SMTPServer({
      authOptional: true,
      disabledCommands: ['STARTTLS'],
      logger: false,
      onRcptTo: (_address, _session, callback) =>
        callback(this.refuse === undefined ? undefined : Object.assign(new Error(this.refuse), { responseCode: 550 })),
      onConnect: (_session, callback) => {
        this.connections++;
        callback();
      },
      onClose: () => {
        this.closedConnections++;
      },
      onData: (stream, session, callback) => {
        const chunks: Buffer[] = [];
        stream.on('data', (chunk: Buffer) => chunks.push(chunk));
        stream.on('end', () => {
          const mail = { to: session.envelope.rcptTo.map((rcpt) => rcpt.address), raw: Buffer.concat(chunks).toString('utf8') };
          this.received.push(mail);
          for (const waiter of this.waiters.filter((candidate) => candidate.match(mail))) {
            this.waiters.splice(this.waiters.indexOf(waiter), 1);
            waiter.resolve(mail);
          }
          if (!options.hang) callback();
        });
      },
    });
  }

  async start(): Promise<string> {
    // A client that vanishes mid-message (a worker killed by a test) resets its connection: expected, not a failure.
    this.server.on('error', (error: NodeJS.ErrnoException) => {
      if (error.code !== 'ECONNRESET') throw error;
    });
    this.server.listen(0, '127.0.0.1');
    await once(this.server.server, 'listening');
    const { port } = this.server.server.address() as { port: number };
    return `smtp://127.0.0.1:${port}`;
  }

  /** Resolves with the first message (already received or to come) that matches. */
  next(match: (mail: ReceivedMail) => boolean): Promise<ReceivedMail> {
    const already = this.received.find(match);
    if (already) return Promise.resolve(already);
    return new Promise((resolve) => this.waiters.push({ match, resolve }));
  }

  stop(): Promise<void> {
    return new Promise((resolve) => this.server.close(() => resolve()));
  }
}

/** Quoted-printable text decoded: `=C3=A9` is the bytes of an é. */
function decodeQuotedPrintable(text: string): string {
  const parts: Buffer[] = [];
  let last = 0;
  for (const match of text.matchAll(/=([0-9A-F]{2})/gi)) {
    parts.push(Buffer.from(text.slice(last, match.index), 'utf8'), Buffer.from([parseInt(match[1], 16)]));
    last = match.index + match[0].length;
  }
  parts.push(Buffer.from(text.slice(last), 'utf8'));
  return Buffer.concat(parts).toString('utf8');
}

/** A raw message as its reader sees it: folded headers joined, encoded words and quoted-printable decoded. */
export function unfold(raw: string): string {
  return decodeQuotedPrintable(
    raw
      .replace(/\r?\n[ \t]+/g, ' ')
      .replace(/=\?utf-8\?Q\?([^?]*)\?=\s*/gi, (_, text: string) => text.replace(/_/g, ' '))
      .replace(/=\?utf-8\?B\?([^?]*)\?=\s*/gi, (_, text: string) => Buffer.from(text, 'base64').toString('utf8'))
      .replace(/=\r?\n/g, ''),
  );
}
