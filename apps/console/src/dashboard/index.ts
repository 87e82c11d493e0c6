import { lazy } from 'react';

/** The home page, loaded once the user is known, so the login page's bundle stays light. */
export const page = lazy(() => import('./DashboardPage').then((m) => ({ default: m.DashboardPage })));
