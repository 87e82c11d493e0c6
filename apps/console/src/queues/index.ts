import { lazy } from 'react';

/** The queues page (administrators, `queues: list`), loaded when first visited. */
export const page = lazy(() => import('./QueuesPage').then((m) => ({ default: m.QueuesPage })));
