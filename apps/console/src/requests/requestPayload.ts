import {
  OPEN_REQUEST_STATUSES,
  REQUEST_CHANNEL_LABELS,
  REQUEST_STATUS_LABELS,
  REQUEST_TOPIC_LABELS,
  SITE_LABELS,
  type RequestStatus,
} from '@resacoop/domain';
import type { RaRecord } from 'react-admin';
import { writableTransform } from '../common/payload';
import type { ValueReferences } from '../history/ChangesField';
import type { ValueLabels } from '../history/formatValue';

/** What the quick-entry form sends (`POST /api/requests`); the site defaults to the user's own, the assignee to the user. */
export const REQUEST_CREATE_FIELDS = [
  'channel',
  'assigneeId',
  'contactId',
  'organisationId',
  'requesterName',
  'requesterEmail',
  'topic',
  'subject',
  'question',
  'answer',
  'minutesSpent',
] as const;

/** What the edit page sends (`PUT /api/requests/{id}`); the status moves with the page's buttons. */
export const REQUEST_EDIT_FIELDS = [
  'subject',
  'question',
  'channel',
  'topic',
  'site',
  'contactId',
  'organisationId',
  'requesterName',
  'requesterEmail',
  'assigneeId',
  'answer',
  'minutesSpent',
] as const;

/** The time spent is a count the API keeps (never null): an emptied field means none, left out on create. */
const createTransform = writableTransform(REQUEST_CREATE_FIELDS, ({ minutesSpent, ...payload }) =>
  minutesSpent === null ? payload : { ...payload, minutesSpent },
);
const editTransform = writableTransform(REQUEST_EDIT_FIELDS, (payload) =>
  payload.minutesSpent === null ? { ...payload, minutesSpent: 0 } : payload,
);

export const requestTransform = {
  create: createTransform.create,
  /** "Answer now and close": the API moves the new request through answered to closed itself. */
  createClosed: (data: Record<string, unknown>) => ({ ...createTransform.create(data), status: 'closed' }),
  edit: editTransform.edit,
};

/** Still owed an answer and past its due date. */
export function isOverdue(record: Partial<RaRecord> | undefined, now = new Date()): boolean {
  if (!record || !OPEN_REQUEST_STATUSES.includes(record.status as RequestStatus) || !record.dueAt) return false;
  const due = new Date(String(record.dueAt));
  return !Number.isNaN(due.getTime()) && due < now;
}

/** How the history shows the coded fields of a request. */
export const REQUEST_VALUE_LABELS: ValueLabels = {
  site: SITE_LABELS,
  channel: REQUEST_CHANNEL_LABELS,
  topic: REQUEST_TOPIC_LABELS,
  status: REQUEST_STATUS_LABELS,
};

export const REQUEST_REFERENCES: ValueReferences = {
  organisationId: 'organisations',
  contactId: 'contacts',
  assigneeId: 'users',
  caseId: 'cases',
};
