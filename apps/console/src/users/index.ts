import { lazyPage } from '../common/lazyPage';

/** The `<Resource name="users">` pages (administrators only), each loaded when first visited. */
export const list = lazyPage(() => import('./UserList').then((m) => m.UserList));
export const show = lazyPage(() => import('./UserShow').then((m) => m.UserShow));
export const edit = lazyPage(() => import('./UserEdit').then((m) => m.UserEdit));
export const create = lazyPage(() => import('./UserCreate').then((m) => m.UserCreate));
