import { lazy } from 'react';

/** The `<Resource name="relays">` pages for administrators: relays are seeded, listed and edited, never created or shown apart. */
export const list = lazy(() => import('./RelayList').then((m) => ({ default: m.RelayList })));
export const edit = lazy(() => import('./RelayEdit').then((m) => ({ default: m.RelayEdit })));
