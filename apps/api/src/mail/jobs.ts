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

/**
 * One job per mailbox waiting at a time, one per queued e-mail and version of its row: the round
 * enqueueing it again adds nothing, but once it failed and was sent again (a new version) it has a
 * job of its own, whatever became of the failed one. Its first queuing (version 1) keeps the plain id.
 */
export const readJobId = (mailbox: string) => `read-${Buffer.from(mailbox).toString('base64url')}`;
export const sendJobId = (mailId: number, version = 1) => (version <= 1 ? `send-${mailId}` : `send-${mailId}-v${version}`);
