import { Injectable } from '@nestjs/common';
import { RecordNotFound } from '../common/app-exception';
import { Database, type Transaction } from '../database/database';
import { RequestsService } from '../requests';
import { MailAttachment } from './mail-attachment.entity';
import { MailMessage } from './mail-message.entity';
import {
  ATTACHMENT_CONTENT,
  ATTACHMENTS_OF_REQUEST,
  ERASE_ATTACHMENTS_OF_MESSAGES,
  ERASE_MAIL_OF_PERSON,
  MAIL_OF_REQUESTS,
  MAIL_THREAD,
} from './mail.sql';

/**
 * What the team reads of a request's e-mails: the thread, its files, one file's content (each answers 404 for a request
 * that does not exist); and what the GDPR hands over of them, or erases.
 */
@Injectable()
export class ThreadService {
  constructor(
    private readonly db: Database,
    private readonly requests: RequestsService,
  ) {}

  async messages(requestId: number): Promise<MailMessage[]> {
    await this.requests.get(requestId);
    return this.db.entities(MailMessage, MAIL_THREAD, [requestId]);
  }

  async attachments(requestId: number): Promise<MailAttachment[]> {
    await this.requests.get(requestId);
    return this.db.entities(MailAttachment, ATTACHMENTS_OF_REQUEST, [requestId]);
  }

  async file(requestId: number, attachmentId: number): Promise<{ fileName: string; contentType: string; content: Buffer }> {
    const [file] = await this.db.rows<{ fileName: string; contentType: string; content: Buffer }>(ATTACHMENT_CONTENT, [
      requestId,
      attachmentId,
    ]);
    if (!file) throw new RecordNotFound('mail_attachments', attachmentId);
    return file;
  }

  /** The e-mails of a person's requests (GDPR art. 15), in the caller's transaction. */
  ofRequests(tx: Transaction, requestIds: number[]): Promise<MailMessage[]> {
    return this.db.entities(MailMessage, MAIL_OF_REQUESTS, [requestIds], tx);
  }

  /**
   * Erases a person from the e-mails (GDPR art. 17), in the erasure's transaction: the threads of their requests and any
   * other message from or to their address lose names, addresses, subject and text, and their files' names and
   * contents. The rows stay, so the threads keep their dates and the requests their first response. Returns the messages
   * and the files erased.
   */
  async erasePerson(
    tx: Transaction,
    requestIds: number[],
    email: string | null,
    erasedValue: string,
  ): Promise<{ messages: number[]; attachments: number[] }> {
    const messages = (await this.db.rows<{ id: number }>(ERASE_MAIL_OF_PERSON, [requestIds, erasedValue, email], tx)).map((row) => row.id);
    const attachments =
      messages.length > 0
        ? (await this.db.rows<{ id: number }>(ERASE_ATTACHMENTS_OF_MESSAGES, [messages, erasedValue], tx)).map((row) => row.id)
        : [];
    return { messages, attachments };
  }
}
