import { json } from '../http/json-schema';
import { MailAttachment } from './mail-attachment.entity';
import { MailMessage } from './mail-message.entity';

/** An answer queued for sending: its row and the Message-ID it leaves with. */
export const EMAIL_ANSWER_ANSWER = json.named('EmailAnswer', json.object({ id: json.integer, messageId: json.string }));

/** A request's e-mail thread, oldest first. */
export const MAIL_THREAD_ANSWER = json.array(json.record(MailMessage));

/** The files of a request's e-mails, without their content (GET …/mail-attachments/{id} downloads one). */
export const MAIL_ATTACHMENTS_ANSWER = json.array(json.record(MailAttachment));

/** One e-mail of a request's thread (a failed one sent again: queued anew). */
export const MAIL_MESSAGE_ANSWER = json.record(MailMessage);
