import { randomUUID } from 'node:crypto';
import { InjectQueue } from '@nestjs/bullmq';
import { Injectable, Logger } from '@nestjs/common';
import { answerSubject, msg, parisDay } from '@resacoop/domain';
import type { Queue } from 'bullmq';
import type { AuthUser } from '../common/auth-user';
import { RecordNotFound, ValidationFailed, VersionConflict } from '../common/app-exception';
import { AppConfig } from '../config/app-config';
import { Database, type Transaction } from '../database/database';
import type { RecordStore } from '../database/record-store';
import { Contact } from '../contacts';
import { JOB_RETENTION, MailerService } from '../reminders';
import { type InformationRequest, RequestsService } from '../requests';
import { MAIL_QUEUE, MailJob, sendJobId } from './jobs';
import { MAIL_MESSAGE_ENTITY, MailMessage } from './mail-message.entity';
import { ACKNOWLEDGEMENTS_TO_SINCE, QUEUED_ANSWERS, QUEUED_MAIL, THREAD_OF_REQUEST } from './mail.sql';

/** Acknowledgements sent to one address within a day at most; later new requests from it are not acknowledged. */
const ACKNOWLEDGEMENTS_PER_ADDRESS = 3;
const ACKNOWLEDGEMENT_WINDOW_MS = 24 * 60 * 60 * 1000;

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

/** What a failure's note says: the server's answer or the error, without any URL's credentials, in a few lines at most. */
export function failureReason(error: unknown): string {
  const response = (error as { response?: unknown } | null)?.response;
  const text = typeof response === 'string' && response ? response : error instanceof Error ? error.message : String(error);
  return text
    .replace(/([a-z][a-z0-9+.-]*:\/\/)[^/@\s]*@/gi, '$1')
    .trim()
    .slice(0, 500);
}

export const NO_SMTP_SERVER = "Aucun serveur d'envoi n'est configuré (SMTP_URL) : l'e-mail n'est pas parti.";

/** The domain of an address such as `RESACOOP <information@resacoop.org>`, for the Message-IDs the desk makes. */
function domainOf(from: string): string {
  return /@([^>\s]+)>?\s*$/.exec(from)?.[1] ?? 'resacoop.invalid';
}

/**
 * E-mails the desk sends on a request's thread: written as rows (`queued`) in the transaction that
 * records them, with a Message-ID made here, then sent by the worker through the SMTP pool, retried
 * with backoff (MAIL_SEND_ATTEMPTS), and marked `sent` once the server took them, or `failed` with
 * the reason after the last attempt, until someone sends it again (`resend`). A queued row whose job
 * was lost (Redis away) is enqueued again by the next round; a failed one is not. Each of these
 * writes is audited, as `mail_message`: the worker's by the system, the desk's by its author.
 */
@Injectable()
export class OutboundService {
  private readonly logger = new Logger('Mail');
  private readonly messages: RecordStore<MailMessage>;

  constructor(
    private readonly db: Database,
    private readonly requests: RequestsService,
    private readonly config: AppConfig,
    @InjectQueue(MAIL_QUEUE) private readonly queue: Queue,
  ) {
    this.messages = db.store(MailMessage, MAIL_MESSAGE_ENTITY);
  }

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
    // A robot that answers without saying so (no Auto-Submitted, a new subject each time) would otherwise
    // loop with the desk for ever: a few acknowledgements a day per address, then none (RFC 3834, section 2).
    const since = new Date(Date.now() - ACKNOWLEDGEMENT_WINDOW_MS);
    const sent = await this.db.one<{ count: number }>(ACKNOWLEDGEMENTS_TO_SINCE, [request.requesterEmail, since], tx);
    if ((sent?.count ?? 0) >= ACKNOWLEDGEMENTS_PER_ADDRESS) {
      this.logger.warn(
        `${request.reference}: not acknowledged, its sender had ${ACKNOWLEDGEMENTS_PER_ADDRESS} acknowledgements in 24 hours`,
      );
      return null;
    }
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

  /**
   * Enqueues the sending of a queued e-mail (its row's `version`: a resent one is a new job); a
   * failure here is caught up by the next round.
   */
  async enqueue(mailId: number, version = 1): Promise<void> {
    await this.queue
      .add(
        MailJob.Send,
        { mailId },
        {
          jobId: sendJobId(mailId, version),
          attempts: this.config.MAIL_SEND_ATTEMPTS,
          backoff: { type: 'exponential', delay: this.config.MAIL_SEND_RETRY_MS },
          ...JOB_RETENTION,
        },
      )
      .catch((error: unknown) => this.logger.warn(`e-mail ${mailId} not enqueued (the next round will): ${String(error)}`));
  }

  /** The e-mails still queued, for the round to enqueue again (a job id already waiting is not added twice). */
  queued(): Promise<{ id: number; version: number }[]> {
    return this.db.rows<{ id: number; version: number }>(QUEUED_ANSWERS);
  }

  /**
   * Sends a failed e-mail again, once: it is queued anew (audited as the actor's) and gets a job of
   * its own. 404 for a message not of this request; 409 for one that is not failed (sent, or sent
   * again by someone else meanwhile).
   */
  async resend(actor: AuthUser, requestId: number, mailId: number): Promise<MailMessage> {
    const queued = await this.db.transaction(async (tx) => {
      const current = await this.messages.lock(mailId, tx);
      if (current.requestId !== requestId || current.direction !== 'out') throw new RecordNotFound(MAIL_MESSAGE_ENTITY, mailId);
      if (current.outcome !== 'failed') throw new VersionConflict();
      return this.messages.applyWithin(tx, actor.id, current, { outcome: 'queued', note: null });
    });
    await this.enqueue(queued.id, queued.version);
    return queued;
  }

  /** Marks a queued e-mail failed for good, with the reason (audited as the system's); one no longer queued is left as it is. */
  private async markFailed(mailId: number, reason: string): Promise<void> {
    await this.settle(mailId, { outcome: 'failed', note: reason });
    this.logger.warn(`e-mail ${mailId} failed: ${reason}`);
  }

  /**
   * Sends a queued e-mail once: a row already sent is skipped. Refused or unreachable at its `lastAttempt`, it is
   * marked failed with the reason before the error goes on (only the SMTP server's refusal fails it: a row not
   * written after the server took the e-mail is not). Without an SMTP server it is marked failed at once.
   */
  async send(mailId: number, mailer: MailerService, lastAttempt = false): Promise<void> {
    const mail = await this.db.one<QueuedMail>(QUEUED_MAIL, [mailId]);
    if (!mail) return;
    // Only logged, it would be shown as sent to whoever answered, and the requester would never get it.
    if (!mailer.sends) return this.markFailed(mailId, NO_SMTP_SERVER);
    try {
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
    } catch (error) {
      if (lastAttempt) await this.markFailed(mailId, failureReason(error));
      throw error;
    }
    await this.settle(mailId, { outcome: 'sent', sentAt: new Date() });
  }

  /** What became of a queued e-mail, written once (a row no longer queued is left as it is), audited as the system's. */
  private async settle(mailId: number, changes: Partial<MailMessage>): Promise<void> {
    await this.db.transaction(async (tx) => {
      const current = await this.messages.lock(mailId, tx);
      if (current.outcome === 'queued') await this.messages.applyWithin(tx, null, current, changes);
    });
  }

  private async queueOnThread(
    tx: Transaction,
    request: InformationRequest,
    mail: { to: string; text: string; authorId: number | null; at: Date },
  ): Promise<{ id: number; messageId: string }> {
    const thread = await this.db.rows<{ messageKey: string; direction: 'in' | 'out' }>(THREAD_OF_REQUEST, [request.id], tx);
    const lastReceived = thread.filter((message) => message.direction === 'in').at(-1)?.messageKey ?? null;
    const messageId = `${randomUUID()}@${domainOf(this.config.deskMailFrom)}`;
    const row = await this.messages.create(
      mail.authorId,
      {
        messageKey: messageId,
        direction: 'out',
        outcome: 'queued',
        requestId: request.id,
        authorId: mail.authorId,
        fromAddress: this.config.deskMailFrom,
        toAddress: mail.to,
        subject: answerSubject(request.reference, request.subject),
        text: mail.text,
        inReplyTo: lastReceived,
        references: thread.map((message) => message.messageKey).join(' ') || null,
        at: mail.at,
      },
      tx,
    );
    return { id: row.id, messageId };
  }
}
