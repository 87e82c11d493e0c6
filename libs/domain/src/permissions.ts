import type { Role } from './reference';

/** What a role may do with a resource. The API enforces it; the console mirrors it. */
export type Action = 'list' | 'read' | 'create' | 'update' | 'delete' | 'export' | 'merge' | 'erase' | 'publish' | 'import';

export type Resource =
  | 'organisations'
  | 'contacts'
  | 'users'
  | 'relays'
  | 'audit-events'
  | 'requests'
  | 'interactions'
  | 'cases'
  | 'assignments'
  | 'notifications'
  | 'queues'
  | 'reports'
  | 'personal-data-reads';

const ALL: readonly Action[] = ['list', 'read', 'create', 'update', 'delete', 'export', 'import'];
const READ_ONLY: readonly Action[] = ['list', 'read', 'export'];
/** Everyone reads and marks as read their own notifications, and only theirs. */
const OWN_NOTIFICATIONS: readonly Action[] = ['list', 'read', 'update'];
/** Timeline entries are history: added, never edited or deleted. */
const TIMELINE: readonly Action[] = ['list', 'read', 'create', 'export'];
/** Users are deactivated, requests and cases closed, never deleted: their numbers and history stay. */
const NO_DELETE: readonly Action[] = ['list', 'read', 'create', 'update', 'export'];

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
  },
  // Relay users reach only the cases assigned to their relay, and the organisations and contacts
  // of those cases: the API scopes every one of these to their relay (src/auth/relay-scope.ts).
  relay: {
    cases: ['list', 'read', 'update'],
    assignments: ['list', 'read', 'update'],
    interactions: ['list', 'read', 'create'],
    organisations: ['list', 'read'],
    contacts: ['list', 'read'],
    notifications: OWN_NOTIFICATIONS,
  },
};

export function can(role: Role, action: Action, resource: Resource): boolean {
  return PERMISSIONS[role][resource]?.includes(action) ?? false;
}
