import { answerSubject } from '@resacoop/domain';
import type { EntityManager } from 'typeorm';
import { MailAttachment, MailMessage } from '../mail';

/** The desk's mailbox and address in the demo. */
const DESK = 'information@resacoop.org';
const MAILBOX = 'information';

/** A one-page PDF, as small as a real one gets: the file of the thread with an attachment. */
const DEMO_PDF = Buffer.from(
  [
    '%PDF-1.4',
    '1 0 obj << /Type /Catalog /Pages 2 0 R >> endobj',
    '2 0 obj << /Type /Pages /Kids [3 0 R] /Count 1 >> endobj',
    '3 0 obj << /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 4 0 R /Resources << /Font << /F1 5 0 R >> >> >> endobj',
    '4 0 obj << /Length 58 >> stream',
    'BT /F1 18 Tf 72 760 Td (Presentation du projet - budget) Tj ET',
    'endstream endobj',
    '5 0 obj << /Type /Font /Subtype /Type1 /BaseFont /Helvetica >> endobj',
    'trailer << /Root 1 0 R >>',
    '%%EOF',
    '',
  ].join('\n'),
);

/** A request opened by e-mail whose requester is a contact with an address. */
interface EmailedRequest {
  id: number;
  reference: string;
  subject: string;
  question: string;
  answer: string | null;
  receivedAt: Date;
  answeredAt: Date | null;
  assigneeId: number | null;
  name: string;
  email: string;
}

/** The e-mailed requests of the directory's contacts, newest first, answered ones or those still being worked on. */
const EMAILED_REQUESTS = `SELECT r.id, r.reference, r.subject, r.question, r.answer, r.received_at AS "receivedAt", r.answered_at AS "answeredAt",
    r.assignee_id AS "assigneeId", trim(concat_ws(' ', c.first_name, c.last_name)) AS name, c.email::text AS email
  FROM requests r JOIN contacts c ON c.id = r.contact_id
  WHERE r.channel = 'email' AND c.email IS NOT NULL AND r.status = ANY($1::text[]) AND r.assignee_id IS NOT NULL
  ORDER BY r.received_at DESC, r.id DESC LIMIT $2`;

const HOUR = 3_600_000;

/**
 * The e-mail threads of a few requests the demo already has (those opened by e-mail: no request is
 * added, so no figure moves): a received message, the desk's answer and the requester's thanks; a
 * message with a small PDF and its answer; and an answer the mail server kept refusing, failed, for
 * the console to show that state and its "Renvoyer".
 */
export async function seedDemoMail(tx: EntityManager, now = new Date()): Promise<void> {
  const read = async (statuses: string[], count: number): Promise<EmailedRequest[]> =>
    ((await tx.query(EMAILED_REQUESTS, [statuses, count])) as EmailedRequest[]).map((request) => ({
      ...request,
      receivedAt: new Date(request.receivedAt),
      answeredAt: request.answeredAt && new Date(request.answeredAt),
    }));
  const answered = await read(['answered', 'closed'], 2);
  const open = await read(['in_progress'], 1);
  const messages: Partial<MailMessage>[] = [];
  const files: { key: string; file: Partial<MailAttachment> }[] = [];
  const notAfterNow = (at: Date) => new Date(Math.min(at.getTime(), now.getTime()));

  const received = (request: EmailedRequest, key: string): Partial<MailMessage> => ({
    messageKey: key,
    direction: 'in',
    outcome: 'opened',
    mailbox: MAILBOX,
    requestId: request.id,
    fromName: request.name || null,
    fromAddress: request.email,
    toAddress: DESK,
    subject: request.subject,
    text: request.question,
    at: request.receivedAt,
  });
  const answer = (request: EmailedRequest, key: string, thread: string[], text: string, at: Date): Partial<MailMessage> => ({
    messageKey: key,
    direction: 'out',
    outcome: 'sent',
    requestId: request.id,
    authorId: request.assigneeId,
    fromAddress: `RESACOOP <${DESK}>`,
    toAddress: request.email,
    subject: answerSubject(request.reference, request.subject),
    text,
    inReplyTo: thread.at(-1) ?? null,
    references: thread.join(' '),
    at,
    sentAt: at,
  });
  const key = (request: EmailedRequest, index: number) => `demo-${request.reference.toLowerCase()}-${index}@resacoop.demo`;

  const [thanked, withFile] = answered;
  if (thanked) {
    const at = thanked.answeredAt ?? notAfterNow(new Date(thanked.receivedAt.getTime() + 4 * HOUR));
    const keys = [key(thanked, 1), key(thanked, 2), key(thanked, 3)];
    messages.push(
      received(thanked, keys[0]),
      answer(thanked, keys[1], [keys[0]], thanked.answer ?? 'Bonjour,\n\nVoici les pistes que nous vous proposons.', at),
      {
        ...received(thanked, keys[2]),
        outcome: 'joined',
        subject: answerSubject(thanked.reference, thanked.subject),
        text: 'Bonjour,\n\nMerci beaucoup pour ces pistes : nous prenons contact avec eux cette semaine.\n\nBien cordialement',
        inReplyTo: keys[1],
        references: `${keys[0]} ${keys[1]}`,
        at: notAfterNow(new Date(at.getTime() + 3 * HOUR)),
      },
    );
  }
  if (withFile) {
    const at = withFile.answeredAt ?? notAfterNow(new Date(withFile.receivedAt.getTime() + 4 * HOUR));
    const keys = [key(withFile, 1), key(withFile, 2)];
    messages.push(
      { ...received(withFile, keys[0]), text: `${withFile.question}\n\nVous trouverez la présentation du projet en pièce jointe.` },
      answer(withFile, keys[1], [keys[0]], withFile.answer ?? 'Bonjour,\n\nMerci pour la présentation : voici nos remarques.', at),
    );
    files.push({
      key: keys[0],
      file: {
        requestId: withFile.id,
        fileName: 'presentation-projet.pdf',
        contentType: 'application/pdf',
        size: DEMO_PDF.length,
        content: DEMO_PDF,
      },
    });
  }
  const [refused] = open;
  if (refused) {
    const keys = [key(refused, 1), key(refused, 2)];
    messages.push(received(refused, keys[0]), {
      ...answer(
        refused,
        keys[1],
        [keys[0]],
        'Bonjour,\n\nPour vous orienter au mieux, pourriez-vous nous préciser le pays et le calendrier du projet ?\n\nBien cordialement',
        notAfterNow(new Date(refused.receivedAt.getTime() + 2 * HOUR)),
      ),
      outcome: 'failed',
      sentAt: null,
      note: `550 5.1.1 <${refused.email}>: Recipient address rejected: User unknown in virtual mailbox table`,
    });
  }
  if (messages.length === 0) return;
  const saved = await tx.save(
    MailMessage,
    messages.map((message) => tx.create(MailMessage, message)),
  );
  if (files.length === 0) return;
  await tx.save(
    MailAttachment,
    files.map(({ key: messageKey, file }) =>
      tx.create(MailAttachment, { ...file, mailMessageId: saved.find((message) => message.messageKey === messageKey)!.id }),
    ),
  );
}
