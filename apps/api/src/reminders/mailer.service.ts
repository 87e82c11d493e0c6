import { Injectable, Logger, type OnModuleDestroy } from '@nestjs/common';
import { createTransport, type Transporter } from 'nodemailer';
import { AppConfig } from '../config/app-config';

export interface Mail {
  to: string;
  subject: string;
  text: string;
  /** The sender, MAIL_FROM unless given. */
  from?: string;
  /** A thread's headers (the desk's e-mail answers): Message-ID, In-Reply-To, References, without brackets. */
  messageId?: string;
  inReplyTo?: string;
  references?: string[];
  headers?: Record<string, string>;
}

/** An SMTP server silent for this long is given up on: the e-mail job fails and is retried with backoff. */
const SMTP_SOCKET_TIMEOUT_MS = 60_000;
/**
 * A new connection that does not open, or whose server does not greet, is given up on sooner
 * (nodemailer waits 2 minutes to connect): a stopping worker waits for its jobs (docker/compose.yml).
 */
const SMTP_CONNECT_TIMEOUT_MS = 20_000;

/**
 * E-mail through nodemailer to SMTP_URL over a pool of reused connections (SMTP_MAX_CONNECTIONS):
 * opening, greeting and closing a connection per e-mail is what made 10,000 reminders take three
 * minutes. Without SMTP_URL, the worker says so once at start and writes each e-mail to the debug log (the
 * notifications themselves are in the app). The pool is closed
 * when the module is destroyed, after the e-mail worker has finished its jobs (MailerModule is
 * destroyed after RemindersModule, which imports it).
 */
@Injectable()
export class MailerService implements OnModuleDestroy {
  private readonly logger = new Logger('Mailer');
  private readonly transport: Transporter | null;

  constructor(private readonly config: AppConfig) {
    if (!config.SMTP_URL) {
      this.logger.warn("SMTP_URL is not set: no e-mail is sent (reminders' are written to the debug log, the desk's marked failed)");
    }
    this.transport = config.SMTP_URL
      ? createTransport({
          // Parameters of the URL (`?pool=false`, `?maxConnections=2`) win over these.
          url: config.SMTP_URL,
          pool: true,
          maxConnections: config.SMTP_MAX_CONNECTIONS,
          // A connection is renewed after this many messages (nodemailer's default is 100).
          maxMessages: 1000,
          socketTimeout: SMTP_SOCKET_TIMEOUT_MS,
          connectionTimeout: SMTP_CONNECT_TIMEOUT_MS,
          greetingTimeout: SMTP_CONNECT_TIMEOUT_MS,
        })
      : null;
  }

  /** Whether e-mails leave this process (SMTP_URL set), or are only logged. */
  get sends(): boolean {
    return this.transport !== null;
  }

  async send(mail: Mail): Promise<void> {
    if (!this.transport) {
      this.logger.debug(`e-mail to ${mail.to} not sent (no SMTP_URL): ${mail.subject}`);
      return;
    }
    const { messageId, inReplyTo, references, ...rest } = mail;
    await this.transport.sendMail({
      from: this.config.MAIL_FROM,
      ...rest,
      ...(messageId ? { messageId: `<${messageId}>` } : {}),
      ...(inReplyTo ? { inReplyTo: `<${inReplyTo}>` } : {}),
      ...(references?.length ? { references: references.map((id) => `<${id}>`) } : {}),
    });
  }

  /** Closes the pooled connections; a message being sent finishes first. */
  onModuleDestroy(): void {
    this.transport?.close();
  }
}
