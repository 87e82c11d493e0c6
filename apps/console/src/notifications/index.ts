import { lazyPage } from '../common/lazyPage';

/** The `<Resource name="notifications">` page (everyone's own reminders): a list only. */
export const list = lazyPage(() => import('./NotificationList').then((m) => m.NotificationList));
