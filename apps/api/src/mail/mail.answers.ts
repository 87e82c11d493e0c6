import { json } from '../http/json-schema';
import { MailMessage } from './mail-message.entity';

/** An answer queued for sending: its row and the Message-ID it leaves with. */
export const EMAIL_ANSWER_ANSWER = json.named('EmailAnswer', json.object({ id: json.integer, messageId: json.string }));

/** A request's e-mail thread, oldest first. */
export const MAIL_THREAD_ANSWER = json.array(json.record(MailMessage));
