import { lazy } from 'react';

/** The CSV import page (`/import/organisations`, `/import/contacts`), loaded when first visited. */
export const page = lazy(() => import('./ImportPage').then((m) => ({ default: m.ImportPage })));
