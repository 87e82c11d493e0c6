import { lazy } from 'react';

/** The `<Resource name="cases">` pages, each loaded when first visited. */
export const list = lazy(() => import('./CaseList').then((m) => ({ default: m.CaseList })));
export const show = lazy(() => import('./CaseShow').then((m) => ({ default: m.CaseShow })));
export const edit = lazy(() => import('./CaseEdit').then((m) => ({ default: m.CaseEdit })));
export const create = lazy(() => import('./CaseCreate').then((m) => ({ default: m.CaseCreate })));
/** The board of open cases by stage, a route of its own (`/cases/board`). */
export const board = lazy(() => import('./CaseBoard').then((m) => ({ default: m.CaseBoard })));
