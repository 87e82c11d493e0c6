import { lazyPage } from '../common/lazyPage';

/** The `<Resource name="contacts">` pages, each loaded when first visited. */
export const list = lazyPage(() => import('./ContactList').then((m) => m.ContactList));
export const show = lazyPage(() => import('./ContactShow').then((m) => m.ContactShow));
export const edit = lazyPage(() => import('./ContactEdit').then((m) => m.ContactEdit));
export const create = lazyPage(() => import('./ContactCreate').then((m) => m.ContactCreate));
