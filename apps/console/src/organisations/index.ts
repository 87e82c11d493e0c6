import { lazyPage } from '../common/lazyPage';

/** The `<Resource name="organisations">` pages, each loaded when first visited. */
export const list = lazyPage(() => import('./OrganisationList').then((m) => m.OrganisationList));
export const show = lazyPage(() => import('./OrganisationShow').then((m) => m.OrganisationShow));
export const edit = lazyPage(() => import('./OrganisationEdit').then((m) => m.OrganisationEdit));
export const create = lazyPage(() => import('./OrganisationCreate').then((m) => m.OrganisationCreate));
