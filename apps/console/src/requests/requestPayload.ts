import {
  OPEN_REQUEST_STATUSES,
  REQUEST_CHANNEL_LABELS,
  REQUEST_STATUS_LABELS,
  REQUEST_TOPIC_LABELS,
  SITE_LABELS,
  type RequestStatus,
} from '@resacoop/domain';
import type { RaRecord } from 'react-admin';
import { fieldsExcept, writableTransform } from '../common/payload';
import { BODY_FIELDS } from '../providers/api.generated';
import type { ValueReferences } from '../history/ChangesField';
import type { ValueLabels } from '../history/formatValue';

/**
 * What the quick-entry form sends (`POST /api/requests`), as the API validates it (CreateRequestDto),
 * but what the API sets itself: the site (the user's own), the time received (now) and the status
 * (new; "answer now and close" adds it).
 */
export const REQUEST_CREATE_FIELDS = fieldsExcept(BODY_FIELDS.CreateRequestDto, ['site', 'receivedAt', 'status']);

/** What the edit page sends (`PUT /api/requests/{id}`): the status moves with the page's buttons; the version is the loaded one. */
export const REQUEST_EDIT_FIELDS = fieldsExcept(BODY_FIELDS.UpdateRequestDto, ['status', 'version']);

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
