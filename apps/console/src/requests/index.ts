import { lazy } from 'react';

/** The `<Resource name="requests">` pages, each loaded when first visited. */
export const list = lazy(() => import('./RequestList').then((m) => ({ default: m.RequestList })));
export const show = lazy(() => import('./RequestShow').then((m) => ({ default: m.RequestShow })));
export const edit = lazy(() => import('./RequestEdit').then((m) => ({ default: m.RequestEdit })));
export const create = lazy(() => import('./RequestCreate').then((m) => ({ default: m.RequestCreate })));
