import { randomUUID } from 'node:crypto';
import { InjectQueue } from '@nestjs/bullmq';
import { Injectable, Logger } from '@nestjs/common';
import { answerSubject, msg, parisDay } from '@resacoop/domain';
import type { Queue } from 'bullmq';
import type { AuthUser } from '../common/auth-user';
import { ValidationFailed } from '../common/app-exception';
import { AppConfig } from '../config/app-config';
import { Database, type Transaction } from '../database/database';
import { Contact } from '../contacts';
import { MailerService } from '../reminders';
import { type InformationRequest, RequestsService } from '../requests';
import { MAIL_QUEUE, MailJob, SEND_RETRIES, sendJobId } from './jobs';
import { INSERT_QUEUED, MARK_SENT, QUEUED_ANSWERS, QUEUED_MAIL, THREAD_OF_REQUEST } from './mail.sql';

interface QueuedMail {
  id: number;
  messageKey: string;
  toAddress: string;
  subject: string;
  text: string;
  inReplyTo: string | null;
  references: string | null;
  authorId: number | null;
}

/** The domain of an address such as `RESACOOP <information@resacoop.org>`, for the Message-IDs the desk makes. */
function domainOf(from: string): string {
  return /@([^>\s]+)>?\s*$/.exec(from)?.[1] ?? 'resacoop.invalid';
}

/**
 * E-mails the desk sends on a request's thread: written as rows (`queued`) in the transaction that
 * records them, with a Message-ID made here, then sent by the worker through the SMTP pool, retried
 * with backoff, and marked `sent` once the server took them. A queued row whose job was lost (Redis
 * away) is enqueued again by the next round.
 */
@Injectable()
export class OutboundService {
  private readonly logger = new Logger('Mail');

  constructor(
    private readonly db: Database,
    private readonly requests: RequestsService,
    private readonly config: AppConfig,
    @InjectQueue(MAIL_QUEUE) private readonly queue: Queue,
  ) {}

  /** A staff member's answer by e-mail: on the thread and the timeline, the first response, and the request closed if asked. */
  async answer(
    actor: AuthUser,
    requestId: number,
    body: string,
    close: boolean,
  ): Promise<{ id: number; messageId: string; request: InformationRequest }> {
    const at = new Date();
    const result = await this.db.transaction(async (tx) => {
      const request = await this.requests.lockRequest(tx, requestId);
      if (request.status === 'converted') throw new ValidationFailed({ requestId: msg('request.alreadyConverted') });
      const to = request.requesterEmail ?? (request.contactId ? (await this.db.find(Contact, request.contactId, tx))?.email : null);
      if (!to) throw new ValidationFailed({ requesterEmail: msg('field.required') });
      const queued = await this.queueOnThread(tx, request, { to, text: body, authorId: actor.id, at });
      await this.requests.recordEmailOnTimeline(tx, request.id, actor.id, `E-mail à ${to} : ${body}`, at);
      const updated = await this.requests.recordEmailAnswer(tx, actor, request, body, close, at);
      return { ...queued, request: updated };
    });
    await this.enqueue(result.id);
    return result;
  }

  /** The acknowledgement of a request opened by an e-mail, in the transaction that opened it; its id, to enqueue after the commit. */
  async acknowledge(tx: Transaction, request: InformationRequest): Promise<number | null> {
    if (!this.config.MAIL_ACKNOWLEDGE || !request.requesterEmail) return null;
    const [year, month, day] = parisDay(request.dueAt).split('-');
    const text = [
      'Bonjour,',
      '',
      `Votre demande « ${request.subject} » est enregistrée sous la référence ${request.reference}.`,
      `Nous vous répondrons au plus tard le ${day}/${month}/${year}.`,
      `Pour nous écrire à son sujet, répondez à ce message en gardant la référence ${request.reference} dans l'objet.`,
      '',
      "L'équipe RESACOOP",
    ].join('\n');
    const { id } = await this.queueOnThread(tx, request, { to: request.requesterEmail, text, authorId: null, at: new Date() });
    return id;
  }

  /** Enqueues the sending of a queued e-mail; a failure here is caught up by the next round. */
  async enqueue(mailId: number): Promise<void> {
    await this.queue
      .add(MailJob.Send, { mailId }, { jobId: sendJobId(mailId), ...SEND_RETRIES })
      .catch((error: unknown) => this.logger.warn(`e-mail ${mailId} not enqueued (the next round will): ${String(error)}`));
  }

  /** The e-mails still queued, for the round to enqueue again (a job id already waiting is not added twice). */
  async queued(): Promise<number[]> {
    return (await this.db.rows<{ id: number }>(QUEUED_ANSWERS)).map((row) => row.id);
  }

  /** Sends a queued e-mail once: a row already sent is skipped. */
  async send(mailId: number, mailer: MailerService): Promise<void> {
    const mail = await this.db.one<QueuedMail>(QUEUED_MAIL, [mailId]);
    if (!mail) return;
    await mailer.send({
      to: mail.toAddress,
      from: this.config.deskMailFrom,
      subject: mail.subject,
      text: mail.text,
      messageId: mail.messageKey,
      inReplyTo: mail.inReplyTo ?? undefined,
      references: mail.references?.split(' '),
      // An acknowledgement is a robot's: other robots must not answer it (RFC 3834).
      headers: mail.authorId === null ? { 'Auto-Submitted': 'auto-replied' } : {},
    });
    await this.db.execute(MARK_SENT, [mailId]);
  }

  private async queueOnThread(
    tx: Transaction,
    request: InformationRequest,
    mail: { to: string; text: string; authorId: number | null; at: Date },
  ): Promise<{ id: number; messageId: string }> {
    const thread = await this.db.rows<{ messageKey: string; direction: 'in' | 'out' }>(THREAD_OF_REQUEST, [request.id], tx);
    const lastReceived = thread.filter((message) => message.direction === 'in').at(-1)?.messageKey ?? null;
    const messageId = `${randomUUID()}@${domainOf(this.config.deskMailFrom)}`;
    const [row] = await this.db.rows<{ id: number }>(
      INSERT_QUEUED,
      [
        messageId,
        this.config.deskMailFrom,
        mail.to,
        request.id,
        mail.authorId,
        answerSubject(request.reference, request.subject),
        mail.text,
        lastReceived,
        thread.map((message) => message.messageKey).join(' ') || null,
        mail.at,
      ],
      tx,
    );
    return { id: row.id, messageId };
  }
}
