import type { DataProvider, Identifier } from 'react-admin';

/** What `GET /api/notifications` answers (a user's own reminders, workflow 5 of the product). */
export interface Notification {
  id: Identifier;
  userId: number;
  rule: string;
  entity: 'request' | 'case' | 'assignment' | 'event' | 'user';
  entityId: number;
  message: string;
  occurrenceId: number | null;
  createdAt: string;
  readAt: string | null;
  emailedAt: string | null;
  emailError: string | null;
}

/**
 * The page a notification is about: a request's, a case's or an event's page; an assignment's case (looked up,
 * a relay hand-over has no page of its own); the daily digest (about the user) opens the home page.
 */
export async function notificationTarget(dataProvider: DataProvider, notification: Notification): Promise<string> {
  switch (notification.entity) {
    case 'request':
      return `/requests/${notification.entityId}/show`;
    case 'case':
      return `/cases/${notification.entityId}/show`;
    case 'event':
      return `/events/${notification.entityId}/show`;
    case 'assignment': {
      const { data } = await dataProvider.getOne('assignments', { id: notification.entityId });
      return `/cases/${data.caseId}/show`;
    }
    default:
      return '/';
  }
}
