import { lazy } from 'react';

/** The `<Resource name="users">` pages (administrators only), each loaded when first visited. */
export const list = lazy(() => import('./UserList').then((m) => ({ default: m.UserList })));
export const show = lazy(() => import('./UserShow').then((m) => ({ default: m.UserShow })));
export const edit = lazy(() => import('./UserEdit').then((m) => ({ default: m.UserEdit })));
export const create = lazy(() => import('./UserCreate').then((m) => ({ default: m.UserCreate })));
