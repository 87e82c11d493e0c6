/** The e-mail channel's queue and its jobs, declared once for the API (which enqueues answers) and the worker. */
export const MAIL_QUEUE = 'mail';

export const MailJob = {
  /** Repeating: one read job per configured mailbox, and one send job per answer still queued. */
  Round: 'round',
  /** Reads one mailbox (`ReadPayload`). */
  Read: 'read',
  /** Sends one answer (`SendPayload`), retried with backoff. */
  Send: 'send',
} as const;

export interface ReadPayload {
  mailbox: string;
}

export interface SendPayload {
  mailId: number;
}

/** One job per mailbox waiting at a time, one per answer. */
export const readJobId = (mailbox: string) => `read-${Buffer.from(mailbox).toString('base64url')}`;
export const sendJobId = (mailId: number) => `send-${mailId}`;

/** Answers are retried for about a day: 12 attempts, from 30 s doubling. */
export const SEND_RETRIES = { attempts: 12, backoff: { type: 'exponential', delay: 30_000 } } as const;
