import { lazyPage } from '../common/lazyPage';

/** The `<Resource name="relays">` pages for administrators: relays are seeded, listed and edited, never created or shown apart. */
export const list = lazyPage(() => import('./RelayList').then((m) => m.RelayList));
export const edit = lazyPage(() => import('./RelayEdit').then((m) => m.RelayEdit));
