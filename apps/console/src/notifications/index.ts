import { lazy } from 'react';

/** The `<Resource name="notifications">` page (everyone's own reminders): a list only. */
export const list = lazy(() => import('./NotificationList').then((m) => ({ default: m.NotificationList })));
