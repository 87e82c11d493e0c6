import { lazy } from 'react';

/** The "Mes préférences" page (every user, from the app bar's user menu), loaded when first visited. */
export const page = lazy(() => import('./PreferencesPage').then((m) => ({ default: m.PreferencesPage })));
