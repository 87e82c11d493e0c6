import type { SortPayload } from 'react-admin';
import type { MeSummary } from '../common/useMe';

/** The queue's one-click views, as list filters of `GET /api/requests`. */
export const QUEUE_VIEWS = ['mine', 'unassigned', 'overdue', 'due_this_week', 'answered_this_month', 'all'] as const;
export type QueueView = (typeof QUEUE_VIEWS)[number];

type Filter = Record<string, unknown>;

/** Every filter a view may set: choosing a view replaces them all, and keeps the others (search, topic…). */
const VIEW_KEYS = ['assigneeId', 'open', 'unassigned', 'site', 'overdue', 'dueThisWeek', 'answeredThisMonth'] as const;

export function viewFilter(view: QueueView, me: MeSummary): Filter {
  switch (view) {
    case 'mine':
      return { assigneeId: me.id, open: true };
    case 'unassigned':
      return me.site ? { unassigned: true, site: me.site, open: true } : { unassigned: true, open: true };
    case 'overdue':
      return { overdue: true };
    case 'due_this_week':
      return { dueThisWeek: true };
    case 'answered_this_month':
      return { answeredThisMonth: true };
    case 'all':
      return {};
  }
}

/** Most urgent first; what was answered, most recent first. */
export const DEFAULT_SORT: SortPayload = { field: 'dueAt', order: 'ASC' };

export function viewSort(view: QueueView): SortPayload {
  return view === 'answered_this_month' ? { field: 'answeredAt', order: 'DESC' } : DEFAULT_SORT;
}

export function applyView(current: Filter, view: QueueView, me: MeSummary): Filter {
  const kept = Object.fromEntries(Object.entries(current).filter(([key]) => !(VIEW_KEYS as readonly string[]).includes(key)));
  return { ...kept, ...viewFilter(view, me) };
}

/** The view the current filters are exactly, if any (a site or assignee chosen by hand matches none). */
export function currentView(current: Filter, me: MeSummary): QueueView | undefined {
  return QUEUE_VIEWS.find((view) => {
    const wanted = viewFilter(view, me);
    return VIEW_KEYS.every((key) => sameValue(current[key], wanted[key]));
  });
}

const isBlank = (value: unknown) => value === undefined || value === null || value === '' || value === false;

function sameValue(actual: unknown, wanted: unknown): boolean {
  if (isBlank(actual) || isBlank(wanted)) return isBlank(actual) && isBlank(wanted);
  return String(actual) === String(wanted);
}
