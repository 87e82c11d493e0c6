import type { Role } from './reference';

/** What a role may do with a resource. The API enforces it; the console mirrors it. */
export const ACTIONS = ['list', 'read', 'create', 'update', 'delete', 'export', 'merge', 'erase', 'publish', 'import'] as const;
export type Action = (typeof ACTIONS)[number];

export const RESOURCES = [
  'organisations',
  'contacts',
  'users',
  'relays',
  'audit-events',
  'requests',
  'interactions',
  'cases',
  'assignments',
  'notifications',
  'queues',
  'reports',
  'personal-data-reads',
  'events',
  'registrations',
  'answer-templates',
] as const;
export type Resource = (typeof RESOURCES)[number];

const ALL: readonly Action[] = ['list', 'read', 'create', 'update', 'delete', 'export', 'import'];
const READ_ONLY: readonly Action[] = ['list', 'read', 'export'];
/** Everyone reads and marks as read their own notifications, and only theirs. */
const OWN_NOTIFICATIONS: readonly Action[] = ['list', 'read', 'update'];
/** Timeline entries are history: added, never edited or deleted. */
const TIMELINE: readonly Action[] = ['list', 'read', 'create', 'export'];
/** Users are deactivated, requests and cases closed, never deleted: their numbers and history stay. */
const NO_DELETE: readonly Action[] = ['list', 'read', 'create', 'update', 'export'];
/** An event is deleted only while nobody is registered (a mistake); afterwards it is cancelled. */
const EVENTS: readonly Action[] = ['list', 'read', 'create', 'update', 'delete', 'export'];
/** A relay runs the events of its relay and their registrations, all but deleting and exporting. */
const RELAY_EVENTS: readonly Action[] = ['list', 'read', 'create', 'update'];

export const PERMISSIONS: Readonly<Record<Role, Readonly<Partial<Record<Resource, readonly Action[]>>>>> = {
  admin: {
    // Merging organisations and erasing a person cannot be undone: coordination only.
    organisations: [...ALL, 'merge'],
    contacts: [...ALL, 'erase'],
    users: NO_DELETE,
    relays: ['list', 'read', 'update', 'export'],
    'audit-events': READ_ONLY,
    requests: NO_DELETE,
    interactions: TIMELINE,
    cases: NO_DELETE,
    assignments: NO_DELETE,
    notifications: OWN_NOTIFICATIONS,
    queues: ['list', 'update'],
    reports: ['read', 'export', 'publish'],
    'personal-data-reads': ['list', 'read'],
    events: EVENTS,
    registrations: NO_DELETE,
    'answer-templates': ['list', 'read', 'create', 'update', 'delete', 'export'],
  },
  staff: {
    organisations: ALL,
    contacts: ALL,
    relays: READ_ONLY,
    users: ['list', 'read'],
    'audit-events': READ_ONLY,
    requests: NO_DELETE,
    interactions: TIMELINE,
    cases: NO_DELETE,
    assignments: NO_DELETE,
    notifications: OWN_NOTIFICATIONS,
    reports: ['read', 'export'],
    events: EVENTS,
    registrations: NO_DELETE,
    // Saved answers are the network's wording: coordination writes them, advisers start from them.
    'answer-templates': ['list', 'read', 'export'],
  },
  // Relay users reach only the cases assigned to their relay, the organisations and contacts of
  // those cases, and the events their relay runs: the API scopes every one of these to their relay
  // (src/common/relay-scope.ts).
  relay: {
    cases: ['list', 'read', 'update'],
    assignments: ['list', 'read', 'update'],
    interactions: ['list', 'read', 'create'],
    organisations: ['list', 'read'],
    contacts: ['list', 'read'],
    notifications: OWN_NOTIFICATIONS,
    events: RELAY_EVENTS,
    registrations: RELAY_EVENTS,
  },
};

export function can(role: Role, action: Action, resource: Resource): boolean {
  return PERMISSIONS[role][resource]?.includes(action) ?? false;
}

/** What a relay user reads: the records of the cases it works, and its own notifications. */
export type RelayView =
  'organisations' | 'contacts' | 'cases' | 'case-advisers' | 'stage-changes' | 'interactions' | 'assignments' | 'notifications';

const RECORD_FIELDS = ['id', 'createdAt', 'updatedAt', 'version'] as const;

/**
 * Every field a relay user may receive, per kind of record: an allow-list, so that a field added
 * later stays with the team until someone decides a relay needs it. Of the directory, a relay gets
 * what it takes to reach people (names, function, e-mail, phone, address), never what the team
 * writes for itself (notes, tags, membership, consents, registration numbers). Of the cases it
 * works, the whole case, its holder (organisation or person) included: it moves the stage and follows up, on the
 * shared timeline.
 */
export const RELAY_FIELDS: Readonly<Record<RelayView, readonly string[]>> = {
  organisations: [
    ...RECORD_FIELDS,
    'name',
    'acronym',
    'type',
    'departement',
    'postcode',
    'city',
    'address',
    'website',
    'email',
    'phone',
    'zones',
  ],
  contacts: [...RECORD_FIELDS, 'organisationId', 'firstName', 'lastName', 'function', 'email', 'phone', 'erasedAt'],
  cases: [
    ...RECORD_FIELDS,
    'reference',
    'organisationId',
    'contactId',
    'projectTitle',
    'projectSummary',
    'countries',
    'zones',
    'sdgs',
    'adviserId',
    'site',
    'stage',
    'status',
    'outcome',
    'nextFollowUpAt',
    'fundingSoughtEur',
    'fundingObtainedEur',
    'funders',
    'openedAt',
    'closedAt',
  ],
  // Of users, only who follows a case of theirs, to reach them.
  'case-advisers': ['fullName', 'email', 'site'],
  'stage-changes': ['id', 'caseId', 'fromStage', 'toStage', 'changedById', 'changedAt'],
  interactions: [...RECORD_FIELDS, 'requestId', 'caseId', 'kind', 'authorId', 'occurredAt', 'minutesSpent', 'body'],
  assignments: [
    ...RECORD_FIELDS,
    'caseId',
    'relayId',
    'status',
    'declineReason',
    'assignedById',
    'assignedAt',
    'acknowledgedAt',
    'acknowledgedById',
    'completedAt',
    'caseReference',
    'projectTitle',
  ],
  notifications: [
    'id',
    'createdAt',
    'userId',
    'occurrenceId',
    'rule',
    'entity',
    'entityId',
    'message',
    'readAt',
    'emailedAt',
    'emailError',
  ],
};

/**
 * Whether a relay user may read this field of its view's records, and so filter or sort by it:
 * a list that sorted or filtered on a field it is not given would tell that field's values apart.
 */
export function relayMayRead(view: RelayView, field: string): boolean {
  return RELAY_FIELDS[view].includes(field);
}

/** A record as a relay user may see it: only the allowed fields of its kind. */
export function relayViewOf<T extends object>(view: RelayView, record: T): Partial<T> {
  const allowed = RELAY_FIELDS[view];
  return Object.fromEntries(Object.entries(record).filter(([field]) => allowed.includes(field))) as Partial<T>;
}
