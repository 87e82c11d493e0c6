import { lazy } from 'react';

/** The `<Resource name="contacts">` pages, each loaded when first visited. */
export const list = lazy(() => import('./ContactList').then((m) => ({ default: m.ContactList })));
export const show = lazy(() => import('./ContactShow').then((m) => ({ default: m.ContactShow })));
export const edit = lazy(() => import('./ContactEdit').then((m) => ({ default: m.ContactEdit })));
export const create = lazy(() => import('./ContactCreate').then((m) => ({ default: m.ContactCreate })));
