/**
 * How many acknowledgements the desk sent to an address (`$1`) since `$2`. A scan of the desk's mail,
 * a few thousand rows a year, cheaper than an index every write would keep.
 */
export const ACKNOWLEDGEMENTS_TO_SINCE = `SELECT count(*)::int AS count FROM mail_messages
  WHERE direction = 'out' AND author_id IS NULL AND to_address = $1 AND at > $2`;

/** Whether a message (`$1`, its key) was processed already. */
export const RECEIVED_BEFORE = `SELECT 1 FROM mail_messages WHERE message_key = $1`;

/** The request of the thread a message answers: one of its Message-IDs (`$1`, text[]) is a message of the thread. */
export const REQUEST_OF_THREAD = `SELECT request_id AS "requestId" FROM mail_messages
  WHERE message_key = ANY($1::text[]) AND request_id IS NOT NULL ORDER BY id DESC LIMIT 1`;

/** The thread of a request (`$1`): its messages' keys, oldest first, and the latest received one's. */
export const THREAD_OF_REQUEST = `SELECT message_key AS "messageKey", direction FROM mail_messages WHERE request_id = $1 ORDER BY at, id`;

/** Answers not yet taken by the SMTP server (nor failed), with their version (their job's id, `sendJobId`). */
export const QUEUED_ANSWERS = `SELECT id, version FROM mail_messages WHERE outcome = 'queued' ORDER BY id LIMIT 1000`;

/** A queued e-mail to send (`$1`). */
export const QUEUED_MAIL = `SELECT id, message_key AS "messageKey", to_address AS "toAddress", subject, text, in_reply_to AS "inReplyTo",
    "references", author_id AS "authorId"
  FROM mail_messages WHERE id = $1 AND outcome = 'queued'`;

/** A request's whole thread (`$1`), oldest first. */
export const MAIL_THREAD = `SELECT * FROM mail_messages WHERE request_id = $1 ORDER BY at, id`;

/** The files of a request's thread (`$1`), without their content. */
export const ATTACHMENTS_OF_REQUEST = `SELECT id, created_at, updated_at, version, mail_message_id, request_id, file_name, content_type, size
  FROM mail_attachments WHERE request_id = $1 ORDER BY id`;

/** One file of a request (`$1` request, `$2` file), with its content. */
export const ATTACHMENT_CONTENT = `SELECT file_name AS "fileName", content_type AS "contentType", content
  FROM mail_attachments WHERE request_id = $1 AND id = $2`;

/** The e-mails of requests (`$1`, int[]), oldest first: what the right of access hands over with the requests. */
export const MAIL_OF_REQUESTS = `SELECT * FROM mail_messages WHERE request_id = ANY($1::int[]) ORDER BY at, id`;

/**
 * Erases a person from the e-mails of their requests (`$1`, int[]) and from any other message from or to their
 * address (`$3`): names, addresses, subject, text and HTML give way to `$2`. Returns the messages erased.
 */
export const ERASE_MAIL_OF_PERSON = `UPDATE mail_messages
    SET from_name = NULL, from_address = NULL, to_address = NULL, subject = $2, text = $2, safe_html = NULL, note = NULL,
        version = version + 1, updated_at = now()
  WHERE request_id = ANY($1::int[]) OR ($3::citext IS NOT NULL AND (from_address = $3::citext OR to_address = $3::citext))
  RETURNING id`;

/** Empties the files of erased messages (`$1`, int[]): their names give way to `$2`, their contents go. Returns the files erased. */
export const ERASE_ATTACHMENTS_OF_MESSAGES = `UPDATE mail_attachments
    SET file_name = $2, content = ''::bytea, size = 0, version = version + 1, updated_at = now()
  WHERE mail_message_id = ANY($1::int[])
  RETURNING id`;

/** Held while a worker reads a mailbox: two sessions moving the same UID would each copy it to the processed folder. */
export const MAILBOX_READ_LOCK = `SELECT pg_try_advisory_xact_lock(hashtext('mail-read:' || $1)) AS locked`;
