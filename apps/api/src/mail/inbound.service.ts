import { createHash } from 'node:crypto';
import { Injectable, Logger } from '@nestjs/common';
import { automatedMailReason, isKeptAttachment, referenceInSubject, threadIds, type MailHeaders } from '@resacoop/domain';
import { simpleParser, type AddressObject, type Attachment, type ParsedMail } from 'mailparser';
import sanitizeHtml from 'sanitize-html';
import { AppConfig, type MailboxSettings } from '../config/app-config';
import { Database, type Transaction } from '../database/database';
import type { RecordStore } from '../database/record-store';
import { ContactsService } from '../contacts';
import { type InformationRequest, RequestsService } from '../requests';
import { MAIL_ATTACHMENT_ENTITY, MailAttachment } from './mail-attachment.entity';
import { MAIL_MESSAGE_ENTITY, MailMessage, type MailOutcome } from './mail-message.entity';
import { OutboundService } from './outbound.service';
import { RECEIVED_BEFORE, REQUEST_OF_THREAD } from './mail.sql';

/** What the desk keeps of an HTML body to show: text formatting and links, nothing that runs or loads. */
const SAFE_HTML: sanitizeHtml.IOptions = {
  allowedTags: [...sanitizeHtml.defaults.allowedTags.filter((tag) => tag !== 'img')],
  allowedSchemes: ['http', 'https', 'mailto'],
  transformTags: { a: sanitizeHtml.simpleTransform('a', { rel: 'noopener noreferrer nofollow', target: '_blank' }) },
};

/** A subject or question longer than this is cut: the whole text stays on the message's row. */
const SUBJECT_MAX = 300;

export interface Received {
  outcome: MailOutcome | 'duplicate';
  requestId: number | null;
  /** The acknowledgement queued for a new request, to enqueue once committed. */
  acknowledgementId: number | null;
}

/** The key a message is known by: its Message-ID, or a digest of the whole message when it has none. */
export function messageKey(parsed: ParsedMail, source: Buffer): string {
  return parsed.messageId?.replace(/^<|>$/g, '') ?? `sha256:${createHash('sha256').update(source).digest('hex')}`;
}

/** The headers as received (mailparser turns some into objects: List-* into `list`), unfolded, first of each name. */
function headerMap(parsed: ParsedMail): MailHeaders {
  const map = new Map<string, string>();
  for (const { key, line } of parsed.headerLines) {
    if (!map.has(key))
      map.set(
        key,
        line
          .slice(line.indexOf(':') + 1)
          .replace(/\r?\n[ \t]+/g, ' ')
          .trim(),
      );
  }
  return map;
}

function firstAddress(field: AddressObject | AddressObject[] | undefined): { address: string | null; name: string | null } {
  const found = (Array.isArray(field) ? field : field ? [field] : []).flatMap((object) => object.value).find((entry) => entry.address);
  return { address: found?.address?.toLowerCase() ?? null, name: found?.name?.trim() || null };
}

/**
 * What could not be read or kept of a message that is still a person's: said in the request,
 * never silently dropped.
 */
function unreadableParts(text: string, files: { kept: Attachment[]; refused: string[] }, all: Attachment[]): string | null {
  const notes = [
    ...(text
      ? []
      : [
          all.length > 0
            ? `Message sans texte lisible ; pièces jointes : ${all.map(fileNameOf).join(', ')}.`
            : 'Message sans texte lisible.',
        ]),
    ...files.refused,
  ];
  return notes.length > 0 ? notes.join('\n') : null;
}

const fileNameOf = (attachment: Attachment) => attachment.filename ?? attachment.contentType;

/**
 * Turns one message read from a mailbox into the desk's records, in one transaction: a new
 * request, or an entry on the thread of the request it answers, or nothing for a robot's; always
 * the message's row, unique on its key. A message seen before is recognised and changes nothing.
 * The message and its files are audited as created by the system (`mail_message`, `mail_attachment`).
 */
@Injectable()
export class InboundService {
  private readonly logger = new Logger('Mail');
  private readonly messages: RecordStore<MailMessage>;
  private readonly attachments: RecordStore<MailAttachment>;

  constructor(
    private readonly db: Database,
    private readonly requests: RequestsService,
    private readonly contacts: ContactsService,
    private readonly outbound: OutboundService,
    private readonly config: AppConfig,
  ) {
    this.messages = db.store(MailMessage, MAIL_MESSAGE_ENTITY);
    this.attachments = db.store(MailAttachment, MAIL_ATTACHMENT_ENTITY);
  }

  async receive(mailbox: MailboxSettings, source: Buffer, now = new Date()): Promise<Received> {
    const parsed = await simpleParser(source, { skipImageLinks: true, skipTextToHtml: true }).catch((error: unknown) => {
      throw new UnreadableMail(String(error));
    });
    const key = messageKey(parsed, source);
    if (await this.db.one(RECEIVED_BEFORE, [key])) return { outcome: 'duplicate', requestId: null, acknowledgementId: null };
    const from = firstAddress(parsed.from);
    const to = firstAddress(parsed.to);
    const subject = (parsed.subject?.trim() || '(sans objet)').slice(0, SUBJECT_MAX);
    const text = (parsed.text ?? (parsed.html ? sanitizeHtml(parsed.html, { allowedTags: [], allowedAttributes: {} }) : '')).trim();
    const safeHtml = parsed.html ? sanitizeHtml(parsed.html, SAFE_HTML) : null;
    const at = parsed.date && !Number.isNaN(parsed.date.getTime()) && parsed.date <= now ? parsed.date : now;
    const thread = threadIds(parsed.inReplyTo, parsed.references);
    const robot = automatedMailReason(headerMap(parsed), from.address);
    const files = this.files(parsed.attachments);
    const unreadable = unreadableParts(text, files, parsed.attachments);
    return this.db
      .transaction(async (tx) => {
        let outcome: MailOutcome = 'automated';
        let request: InformationRequest | null = null;
        let acknowledgementId: number | null = null;
        if (!robot) {
          request = await this.threadOf(tx, subject, thread);
          if (request) {
            const entry = `E-mail de ${from.name ?? from.address} : ${[text, unreadable].filter(Boolean).join('\n\n')}`;
            await this.requests.recordEmailOnTimeline(tx, request.id, null, entry, at);
            request = await this.requests.resumeOnReply(tx, request, now);
            outcome = 'joined';
          } else {
            request = await this.open(tx, mailbox, { subject, text, unreadable, from, at });
            outcome = 'opened';
          }
        }
        const inserted = await this.messages.createUnlessTaken(
          tx,
          null,
          {
            messageKey: key,
            direction: 'in',
            outcome,
            mailbox: mailbox.name,
            requestId: request?.id ?? null,
            fromName: from.name,
            fromAddress: from.address,
            toAddress: to.address,
            subject,
            text,
            safeHtml,
            inReplyTo: parsed.inReplyTo ?? null,
            references: thread.join(' ') || null,
            note: robot ?? unreadable,
            at,
          },
          'messageKey',
        );
        // Read by another worker at the same time: its transaction won, this one leaves nothing behind.
        if (!inserted) throw new AlreadyReceived();
        if (request) {
          for (const file of files.kept) {
            await this.attachments.create(
              null,
              {
                mailMessageId: inserted.id,
                requestId: request.id,
                fileName: fileNameOf(file),
                contentType: file.contentType.toLowerCase(),
                size: file.size,
                content: file.content,
              },
              tx,
            );
          }
        }
        if (robot) this.logger.log(`${mailbox.name}: message ${key} from a robot (${robot}) opens no request`);
        // After the message's row: its key is the first of the thread the acknowledgement answers.
        if (outcome === 'opened' && request) acknowledgementId = await this.outbound.acknowledge(tx, request);
        return { outcome, requestId: request?.id ?? null, acknowledgementId };
      })
      .catch((error: unknown) => {
        if (error instanceof AlreadyReceived) return { outcome: 'duplicate' as const, requestId: null, acknowledgementId: null };
        throw error;
      });
  }

  /** The files kept (known type fitting the name, within MAIL_ATTACHMENT_MAX_BYTES), and a sentence for each one refused. */
  private files(attachments: Attachment[]): { kept: Attachment[]; refused: string[] } {
    const kept: Attachment[] = [];
    const refused: string[] = [];
    for (const file of attachments) {
      const name = fileNameOf(file);
      if (file.size > this.config.MAIL_ATTACHMENT_MAX_BYTES)
        refused.push(`Pièce jointe non gardée, trop grande : ${name} (${file.size} octets).`);
      else if (!isKeptAttachment(name, file.contentType))
        refused.push(`Pièce jointe non gardée, type refusé : ${name} (${file.contentType}).`);
      else kept.push(file);
    }
    return { kept, refused };
  }

  private async threadOf(tx: Transaction, subject: string, thread: string[]): Promise<InformationRequest | null> {
    const reference = referenceInSubject(subject);
    if (reference) {
      const named = await this.requests.lockByReference(tx, reference);
      if (named) return named;
    }
    if (thread.length === 0) return null;
    const found = await this.db.one<{ requestId: number }>(REQUEST_OF_THREAD, [thread], tx);
    return found ? this.requests.lockRequest(tx, found.requestId) : null;
  }

  private async open(
    tx: Transaction,
    mailbox: MailboxSettings,
    mail: { subject: string; text: string; unreadable: string | null; from: { address: string | null; name: string | null }; at: Date },
  ): Promise<InformationRequest> {
    const contact = mail.from.address ? await this.contacts.withEmail(tx, mail.from.address) : undefined;
    return this.requests.openReceived(tx, {
      site: mailbox.site as InformationRequest['site'],
      subject: mail.subject,
      question: [mail.text, mail.unreadable].filter(Boolean).join('\n\n'),
      requesterName: mail.from.name ?? mail.from.address,
      requesterEmail: mail.from.address,
      contactId: contact?.id ?? null,
      organisationId: contact?.organisationId ?? null,
      receivedAt: mail.at,
    });
  }
}

class AlreadyReceived extends Error {}

/** A message the desk cannot parse at all: it goes to the mailbox's error folder. */
export class UnreadableMail extends Error {}
