import { lazy } from 'react';

/** The key-figures page (`/reports`), loaded when first visited so its charts stay out of the first page's bundle. */
export const page = lazy(() => import('./KeyFiguresPage').then((m) => ({ default: m.KeyFiguresPage })));
