/** The reminder queues and the payload of each of their jobs, declared once for producers and the workers. */
export const REMINDER_QUEUE = 'reminders';

/**
 * The e-mails of notifications, on a queue of their own: they wait on the SMTP server, not on
 * PostgreSQL, so they get their own worker and concurrency, never queue behind thousands of
 * deliveries, and a slow or silent SMTP server cannot hold up the in-app notifications.
 */
export const EMAIL_QUEUE = 'reminder-emails';

/**
 * What Redis keeps of finished jobs, on every queue and for every job: nothing of those done
 * (PostgreSQL holds what they did), the latest failures for the queues page. Without a limit each
 * reconciliation, every 30 s, stayed in Redis for good.
 */
export const JOB_RETENTION = { removeOnComplete: true, removeOnFail: { count: 1000 } } as const;

export const ReminderJob = {
  /** Repeating: re-derives from PostgreSQL what is due and enqueues one delivery per occurrence (and the e-mails still owed). */
  Reconcile: 'reconcile',
  /** One occurrence: checks it still holds, then writes the notification. */
  Deliver: 'deliver',
  /** One notification's e-mail (on EMAIL_QUEUE), retried with backoff. */
  Email: 'email',
  /** One registrant's reminder e-mail (on EMAIL_QUEUE): a registrant has no notification, the occurrence holds it. */
  RegistrantEmail: 'registrant-email',
} as const;

export interface ReconcilePayload {
  /** The instant to reconcile at (ISO); absent means now. Tests pass a controlled clock. */
  now?: string;
}

export interface DeliverPayload {
  occurrenceId: string;
  /** The reconciliation's clock (ISO): whether a reminder is still owed is judged at that instant. */
  at: string;
  /**
   * The occurrence's key as reconciliation read it (a row's key never changes), so that the
   * delivery need not read it again; jobs enqueued without it read the row.
   */
  occurrence?: OccurrenceKey;
}

/** What identifies an occurrence: its rule, record, instant (ISO) and recipient. */
export interface OccurrenceKey {
  rule: string;
  entity: string;
  entityId: number;
  dueAt: string;
  userId: number;
}

export interface EmailPayload {
  notificationId: number;
}

export interface RegistrantEmailPayload {
  occurrenceId: string;
}

export const registrantEmailJobId = (occurrenceId: string) => `registrant-email-${occurrenceId}`;
export const deliverJobId = (occurrenceId: string) => `deliver-${occurrenceId}`;
export const emailJobId = (notificationId: number) => `email-${notificationId}`;
