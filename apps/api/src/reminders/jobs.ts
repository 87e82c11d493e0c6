/** The reminder queue and the payload of each of its jobs, declared once for producers and the worker. */
export const REMINDER_QUEUE = 'reminders';

export const ReminderJob = {
  /** Repeating: re-derives from PostgreSQL what is due and enqueues one delivery per occurrence. */
  Reconcile: 'reconcile',
  /** One occurrence: checks it still holds, then writes the notification. */
  Deliver: 'deliver',
  /** One notification's e-mail, retried with backoff. */
  Email: 'email',
} as const;

export interface ReconcilePayload {
  /** The instant to reconcile at (ISO); absent means now. Tests pass a controlled clock. */
  now?: string;
}

export interface DeliverPayload {
  occurrenceId: string;
  /** The reconciliation's clock (ISO): whether a reminder is still owed is judged at that instant. */
  at: string;
}

export interface EmailPayload {
  notificationId: number;
}

export const deliverJobId = (occurrenceId: string) => `deliver-${occurrenceId}`;
export const emailJobId = (notificationId: number) => `email-${notificationId}`;
