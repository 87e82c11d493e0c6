import { isRelayPortal, may, type Permissions } from '../providers/authProvider';

/** Who a page of the console is for: the team (administrators and staff) or the coordination alone. */
export type Audience = 'team' | 'admins';

type Rule = (permissions: Permissions | undefined) => boolean;

/** A page of the console, the rule (after `GET /api/auth/me`'s permissions) of who opens it, and who that is. */
interface ConsoleAddress {
  path: string;
  opens: Rule;
  audience: Audience;
}

/** The directory's and the desk's pages are the team's: the relay portal only opens the records of its cases. */
const team =
  (rule: Rule): Rule =>
  (permissions) =>
    !isRelayPortal(permissions) && rule(permissions);

/** The list, creation and edit pages of a resource of the team, open to whoever may do that with it. */
const teamPages = (resource: string): ConsoleAddress[] => [
  { path: `/${resource}`, opens: team((permissions) => may(permissions, 'list', resource)), audience: 'team' },
  { path: `/${resource}/create`, opens: team((permissions) => may(permissions, 'create', resource)), audience: 'team' },
  { path: `/${resource}/:id`, opens: team((permissions) => may(permissions, 'update', resource)), audience: 'team' },
];

/** Pages of the coordination: staff read users and relays as references (a history's author, a case's relay), never on pages of their own. */
const adminPages = (paths: string[], opens: Rule): ConsoleAddress[] => paths.map((path) => ({ path, opens, audience: 'admins' }));

/**
 * Every address of the console that some role may not open, as App.tsx registers its pages. A
 * record's page (`/…/:id/show`) of the directory or a case is not listed: the relay portal opens
 * those of its cases, and the API answers for the rest.
 */
export const CONSOLE_ADDRESSES: readonly ConsoleAddress[] = [
  ...teamPages('requests'),
  { path: '/requests/:id/show', opens: team((permissions) => may(permissions, 'read', 'requests')), audience: 'team' },
  ...teamPages('organisations'),
  ...teamPages('contacts'),
  // The relay portal lists its own cases (`/cases`) and opens their pages.
  ...teamPages('cases').filter(({ path }) => path !== '/cases'),
  { path: '/cases/board', opens: team((permissions) => may(permissions, 'list', 'cases')), audience: 'team' },
  ...adminPages(['/users', '/users/create', '/users/:id', '/users/:id/show'], (permissions) => may(permissions, 'create', 'users')),
  ...adminPages(['/relays', '/relays/:id'], (permissions) => may(permissions, 'update', 'relays')),
  ...adminPages(['/queues'], (permissions) => may(permissions, 'list', 'queues')),
  // Staff read saved answers in the e-mail answer form, never on pages of their own.
  ...adminPages(['/answer-templates', '/answer-templates/create', '/answer-templates/:id'], (permissions) =>
    may(permissions, 'create', 'answer-templates'),
  ),
  { path: '/reports', opens: team((permissions) => may(permissions, 'read', 'reports')), audience: 'team' },
  {
    path: '/import/:resource',
    opens: team((permissions) => may(permissions, 'import', 'organisations') || may(permissions, 'import', 'contacts')),
    audience: 'team',
  },
];

/** The addresses these permissions do not open: each gets a page saying so rather than a blank one or "not found". */
export const reservedAddresses = (permissions: Permissions | undefined) =>
  CONSOLE_ADDRESSES.filter((address) => !address.opens(permissions));
