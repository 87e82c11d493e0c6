import { lazyPage } from '../common/lazyPage';

/** The home page, loaded once the user is known, so the login page's bundle stays light. */
export const page = lazyPage(() => import('./DashboardPage').then((m) => m.DashboardPage));
