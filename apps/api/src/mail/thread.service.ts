import { Injectable } from '@nestjs/common';
import { RecordNotFound } from '../common/app-exception';
import { Database } from '../database/database';
import { RequestsService } from '../requests';
import { MailAttachment } from './mail-attachment.entity';
import { MailMessage } from './mail-message.entity';
import { ATTACHMENT_CONTENT, ATTACHMENTS_OF_REQUEST, MAIL_THREAD } from './mail.sql';

/** What the team reads of a request's e-mails: the thread, its files, one file's content. Each answers 404 for a request that does not exist. */
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
}
