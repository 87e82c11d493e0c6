import { lazyPage } from '../common/lazyPage';

/** The key-figures page (`/reports`), loaded when first visited so its charts stay out of the first page's bundle. */
export const page = lazyPage(() => import('./KeyFiguresPage').then((m) => m.KeyFiguresPage));
