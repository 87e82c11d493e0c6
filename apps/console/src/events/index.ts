import { lazyPage } from '../common/lazyPage';

/** The `<Resource name="events">` pages, each loaded when first visited. */
export const list = lazyPage(() => import('./EventList').then((m) => m.EventList));
export const show = lazyPage(() => import('./EventShow').then((m) => m.EventShow));
export const edit = lazyPage(() => import('./EventEdit').then((m) => m.EventEdit));
export const create = lazyPage(() => import('./EventCreate').then((m) => m.EventCreate));
/** The attendance list of one event, made for a phone (`/events/:id/attendance`). */
export const attendance = lazyPage(() => import('./AttendancePage').then((m) => m.AttendancePage));
/** The public registration page (`/inscription/:token`), outside the console's login. */
export const publicRegistration = lazyPage(() => import('./PublicRegistrationPage').then((m) => m.PublicRegistrationPage));
/** Where a registrant's reminder e-mail's unsubscribe link leads (`/desinscription/:token`), outside the console's login. */
export const unsubscribe = lazyPage(() => import('./UnsubscribePage').then((m) => m.UnsubscribePage));
export { publicPagePath, unsubscribePagePath } from './publicPagePath';
