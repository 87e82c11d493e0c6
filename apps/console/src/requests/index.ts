import { lazyPage } from '../common/lazyPage';

/** The `<Resource name="requests">` pages, each loaded when first visited. */
export const list = lazyPage(() => import('./RequestList').then((m) => m.RequestList));
export const show = lazyPage(() => import('./RequestShow').then((m) => m.RequestShow));
export const edit = lazyPage(() => import('./RequestEdit').then((m) => m.RequestEdit));
export const create = lazyPage(() => import('./RequestCreate').then((m) => m.RequestCreate));
