import { lazyPage } from '../common/lazyPage';

/** The "Mes préférences" page (every user, from the app bar's user menu), loaded when first visited. */
export const page = lazyPage(() => import('./PreferencesPage').then((m) => m.PreferencesPage));
