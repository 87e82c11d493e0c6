import { lazyPage } from '../common/lazyPage';

/** The CSV import page (`/import/organisations`, `/import/contacts`), loaded when first visited. */
export const page = lazyPage(() => import('./ImportPage').then((m) => m.ImportPage));
