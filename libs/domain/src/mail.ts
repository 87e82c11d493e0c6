/** What the desk reads of an e-mail's headers: names lower-case, values as received. */
export type MailHeaders = ReadonlyMap<string, string>;

const REFERENCE_IN_TEXT = /\bDI-(\d{4})-(\d{4,})\b/i;

/** The request reference (`DI-YYYY-NNNN`) a subject names, upper-cased, or null. */
export function referenceInSubject(subject: string): string | null {
  const found = REFERENCE_IN_TEXT.exec(subject);
  return found ? `DI-${found[1]}-${found[2]}` : null;
}

const ROBOT_SENDERS = /^(mailer-daemon|postmaster|no-?reply|bounce[s]?)@/i;
const BULK_PRECEDENCE = ['bulk', 'junk', 'list', 'auto_reply'];

/**
 * Why a message was sent by a robot (an auto-reply, a bounce, a mailing list), or null for a
 * person's: such a message opens no request and is never answered, so that two robots cannot
 * answer each other for ever (RFC 3834, RFC 2369, RFC 3464).
 */
export function automatedMailReason(headers: MailHeaders, fromAddress: string | null): string | null {
  const autoSubmitted = headers.get('auto-submitted')?.trim().toLowerCase();
  if (autoSubmitted && autoSubmitted !== 'no') return `Auto-Submitted: ${autoSubmitted}`;
  const precedence = headers.get('precedence')?.trim().toLowerCase();
  if (precedence && BULK_PRECEDENCE.includes(precedence)) return `Precedence: ${precedence}`;
  if (headers.has('list-id')) return 'List-Id';
  if (headers.has('x-autoreply') || headers.has('x-autorespond')) return 'X-Autoreply';
  if (headers.get('content-type')?.toLowerCase().startsWith('multipart/report')) return 'delivery status notification';
  if (!fromAddress) return 'no sender';
  if (ROBOT_SENDERS.test(fromAddress)) return `sender ${fromAddress}`;
  return null;
}

/** Message-IDs named by In-Reply-To and References, without their angle brackets. */
export function threadIds(inReplyTo: string | undefined, references: string | string[] | undefined): string[] {
  const ids = [inReplyTo, references].flat().flatMap((value) => value?.match(/<[^<>\s]+>/g) ?? []);
  return [...new Set(ids.map((id) => id.slice(1, -1)))];
}

/** The subject of an answer: the request's reference in it once, so that the requester's reply finds its thread. */
export function answerSubject(reference: string, subject: string): string {
  const bare = subject.replace(/^\s*((re|tr|fwd?)\s*:\s*)+/i, '').trim();
  return referenceInSubject(bare) === reference ? `Re: ${bare}` : `Re: [${reference}] ${bare}`;
}

/** The files the desk keeps from e-mails, by type, with the extensions a file of that type may have. */
export const ATTACHMENT_TYPES: Readonly<Record<string, readonly string[]>> = {
  'application/pdf': ['pdf'],
  'image/png': ['png'],
  'image/jpeg': ['jpg', 'jpeg'],
  'image/gif': ['gif'],
  'text/plain': ['txt'],
  'text/csv': ['csv'],
  'application/msword': ['doc'],
  'application/vnd.openxmlformats-officedocument.wordprocessingml.document': ['docx'],
  'application/vnd.ms-excel': ['xls'],
  'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet': ['xlsx'],
  'application/vnd.ms-powerpoint': ['ppt'],
  'application/vnd.openxmlformats-officedocument.presentationml.presentation': ['pptx'],
  'application/vnd.oasis.opendocument.text': ['odt'],
  'application/vnd.oasis.opendocument.spreadsheet': ['ods'],
};

/**
 * Whether a received file is kept: a type the desk knows, and a name whose extension fits that
 * type (a program renamed `.pdf`, or sent as `application/pdf` under `.exe`, is not).
 */
export function isKeptAttachment(fileName: string, contentType: string): boolean {
  // Stryker disable next-line OptionalChaining: the group is always there when the expression matches
  const extension = /\.([a-z0-9]+)$/i.exec(fileName)?.[1]?.toLowerCase();
  return Boolean(extension && ATTACHMENT_TYPES[contentType.toLowerCase()]?.includes(extension));
}
