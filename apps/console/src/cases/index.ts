import { lazyPage } from '../common/lazyPage';

/** The `<Resource name="cases">` pages, each loaded when first visited. */
export const list = lazyPage(() => import('./CaseList').then((m) => m.CaseList));
export const show = lazyPage(() => import('./CaseShow').then((m) => m.CaseShow));
export const edit = lazyPage(() => import('./CaseEdit').then((m) => m.CaseEdit));
export const create = lazyPage(() => import('./CaseCreate').then((m) => m.CaseCreate));
/** The board of open cases by stage, a route of its own (`/cases/board`). */
export const board = lazyPage(() => import('./CaseBoard').then((m) => m.CaseBoard));
