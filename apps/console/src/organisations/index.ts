import { lazy } from 'react';

/** The `<Resource name="organisations">` pages, each loaded when first visited. */
export const list = lazy(() => import('./OrganisationList').then((m) => ({ default: m.OrganisationList })));
export const show = lazy(() => import('./OrganisationShow').then((m) => ({ default: m.OrganisationShow })));
export const edit = lazy(() => import('./OrganisationEdit').then((m) => ({ default: m.OrganisationEdit })));
export const create = lazy(() => import('./OrganisationCreate').then((m) => ({ default: m.OrganisationCreate })));
