import { once } from 'node:events';
import { SMTPServer } from 'smtp-server';

/** The text part of a message, whichever transfer encoding nodemailer chose for it. */
function decodedText(raw: string): string {
  const [headers, ...rest] = raw.split(/\r?\n\r?\n/);
  const body = rest.join('\n\n');
  if (/content-transfer-encoding:\s*base64/i.test(headers)) return Buffer.from(body.replace(/\s+/g, ''), 'base64').toString('utf8');
  if (/content-transfer-encoding:\s*quoted-printable/i.test(headers)) return decodeQuotedPrintable(body);
  return body;
}

/** Quoted-printable to UTF-8 text: `=XX` are bytes, `=` at a line's end is a soft break. */
function decodeQuotedPrintable(body: string): string {
  const text = body.replace(/=\r?\n/g, '');
  const bytes: number[] = [];
  for (let index = 0; index < text.length; index++) {
    const hex = text.slice(index + 1, index + 3);
    if (text[index] === '=' && /^[0-9A-F]{2}$/i.test(hex)) {
      bytes.push(parseInt(hex, 16));
      index += 2;
    } else {
      bytes.push(...Buffer.from(text[index], 'utf8'));
    }
  }
  return Buffer.from(bytes).toString('utf8');
}

/**
 * A real SMTP server on loopback that keeps no message, only how many it received for each case
 * (read from the link every reminder e-mail carries) among the e-mails of one reminder rule, so
 * that duplicates can be counted.
 */
export class MailSink {
  /** `ruleLabel`: the words that open the message of the rule being counted (other e-mails are only totalled). */
  constructor(private readonly ruleLabel: string) {}

  private readonly perCase = new Map<number, number>();
  private total = 0;
  private watched: { ids: ReadonlySet<number>; remaining: Set<number>; resolve: () => void } | null = null;
  private readonly server = new SMTPServer({
    authOptional: true,
    disabledCommands: ['STARTTLS'],
    // A reverse DNS lookup of 127.0.0.1 on every connection would time the sink's resolver, not the product.
    disableReverseLookup: true,
    logger: false,
    onData: (stream, _session, callback) => {
      const chunks: Buffer[] = [];
      stream.on('data', (chunk: Buffer) => chunks.push(chunk));
      stream.on('end', () => {
        this.received(Buffer.concat(chunks).toString('utf8'));
        callback();
      });
    },
  });

  private received(raw: string): void {
    this.total++;
    const text = decodedText(raw);
    const match = /\/cases\/(\d+)\/show/.exec(text);
    if (!match || !text.includes(this.ruleLabel)) return;
    const caseId = Number(match[1]);
    this.perCase.set(caseId, (this.perCase.get(caseId) ?? 0) + 1);
    if (this.watched?.remaining.delete(caseId) && this.watched.remaining.size === 0) this.watched.resolve();
  }

  async start(): Promise<string> {
    // A worker stopped mid-message resets its connection: expected at the end of a run.
    this.server.on('error', (error: NodeJS.ErrnoException) => {
      if (error.code !== 'ECONNRESET') console.error(`[mail sink] ${error.message}`);
    });
    this.server.listen(0, '127.0.0.1');
    await once(this.server.server, 'listening');
    const { port } = this.server.server.address() as { port: number };
    return `smtp://127.0.0.1:${port}`;
  }

  /** Forgets what was received so far: counting starts again. */
  reset(): void {
    this.perCase.clear();
    this.total = 0;
  }

  get messages(): number {
    return this.total;
  }

  /** Resolves once every one of these cases has had at least one e-mail, or after `timeoutMs`; true when all arrived. */
  waitForCases(ids: readonly number[], timeoutMs: number): Promise<boolean> {
    const remaining = new Set(ids.filter((id) => !this.perCase.has(id)));
    if (remaining.size === 0) return Promise.resolve(true);
    return new Promise((resolve) => {
      const timer = setTimeout(() => resolve(false), timeoutMs);
      this.watched = {
        ids: new Set(ids),
        remaining,
        resolve: () => {
          clearTimeout(timer);
          resolve(true);
        },
      };
    });
  }

  /** E-mails beyond the first for each of these cases. */
  duplicatesAmong(ids: readonly number[]): number {
    return ids.reduce((sum, id) => sum + Math.max(0, (this.perCase.get(id) ?? 0) - 1), 0);
  }

  mailedAmong(ids: readonly number[]): number {
    return ids.filter((id) => this.perCase.has(id)).length;
  }

  stop(): Promise<void> {
    return new Promise((resolve) => this.server.close(() => resolve()));
  }
}
