import { lazyPage } from '../common/lazyPage';

/** The queues page (administrators, `queues: list`), loaded when first visited. */
export const page = lazyPage(() => import('./QueuesPage').then((m) => m.QueuesPage));
