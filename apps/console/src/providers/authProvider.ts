import { HttpError, type AuthProvider, type UserIdentity } from 'react-admin';
import type { Action, Resource } from '@resacoop/domain';
import type { Me } from './api.generated';
import { API_URL, apiLocale } from './api';

/** What `GET /api/auth/me` answers: who is logged in and what their role may do (the OpenAPI document's `Me`). */
export type { Me } from './api.generated';
export type Permissions = Me['permissions'];

/** react-admin's access actions, named as the API's permission matrix names them. */
const ACTION_OF: Record<string, Action> = {
  list: 'list',
  show: 'read',
  read: 'read',
  edit: 'update',
  update: 'update',
  create: 'create',
  clone: 'create',
  delete: 'delete',
  export: 'export',
};

export const may = (permissions: Permissions | undefined, action: Action, resource: string): boolean =>
  permissions?.[resource as Resource]?.includes(action) ?? false;

/** Fetched once per page load, or taken from the login's answer; forgotten on login and logout. */
let me: Promise<Me> | null = null;
/** Set by any 401: the session is gone, so nothing asks the API again until the next login. */
let signedOut = false;
/** Logins in this page so far: the console adopts the stored language once per login (see LocalePreference). */
let logins = 0;
export const loginCount = (): number => logins;
/** Work to start the moment a login succeeds (see `whenLoggedIn`). */
let afterLogin: (() => void) | null = null;

/**
 * Registers work to start as soon as a login succeeds, side by side with the console's first
 * render rather than after it (the login page asks for the home page's data); `null` forgets it.
 */
export function whenLoggedIn(work: (() => void) | null): void {
  afterLogin = work;
}

async function request(path: string, init: RequestInit = {}): Promise<Response> {
  const response = await fetch(`${API_URL}${path}`, {
    ...init,
    credentials: 'include',
    // Who is logged in must never come from the HTTP cache.
    cache: 'no-store',
    headers: {
      Accept: 'application/json',
      'Accept-Language': apiLocale(),
      ...(init.body ? { 'Content-Type': 'application/json' } : {}),
    },
  });
  if (!response.ok) {
    const body = await response.json().catch(() => ({}));
    const message = typeof body?.message === 'string' ? body.message : response.statusText;
    throw new HttpError(message, response.status, body);
  }
  return response;
}

const isUnauthenticated = (error: unknown) => error instanceof HttpError && error.status === 401;

function forget(): void {
  me = null;
  signedOut = true;
}

function fetchMe(): Promise<Me> {
  if (signedOut) return Promise.reject(new HttpError('ra.auth.auth_check_error', 401));
  if (!me) {
    const pending = request('/auth/me').then((response) => response.json() as Promise<Me>);
    pending.catch((error) => {
      if (me !== pending) return;
      if (isUnauthenticated(error)) forget();
      else me = null; // a network hiccup: ask again next time
    });
    me = pending;
  }
  return me;
}

export const authProvider: AuthProvider = {
  async login(params: { email?: string; username?: string; password?: string }) {
    me = null;
    signedOut = false;
    try {
      const response = await request('/auth/login', {
        method: 'POST',
        body: JSON.stringify({ email: params.email ?? params.username, password: params.password }),
      });
      // The login answers what `GET /api/auth/me` would: who is logged in and what they may do.
      me = Promise.resolve((await response.json()) as Me);
      logins++;
    } catch (error) {
      if (error instanceof HttpError && (error.status === 401 || error.status === 400)) {
        throw new Error('resacoop.auth.invalid_credentials');
      }
      if (error instanceof HttpError && error.status === 429) throw new Error('resacoop.auth.too_many_attempts');
      throw error;
    }
    afterLogin?.();
  },

  async logout() {
    const hasSession = !signedOut;
    forget();
    // A session the API already refused (401) has nothing left to close.
    if (hasSession) await request('/auth/logout', { method: 'POST' }).catch(() => undefined);
  },

  async checkAuth() {
    try {
      await fetchMe();
    } catch (error) {
      // Shown on the login page in the current language, not the API's wording.
      if (isUnauthenticated(error)) throw new Error('ra.auth.auth_check_error');
      throw error;
    }
  },

  async checkError(error: { status?: number }) {
    if (error?.status === 401) {
      forget();
      throw new Error('ra.notification.logged_out');
    }
    // 403 and anything else: the session stays; the calling page shows the error.
  },

  async getIdentity(): Promise<UserIdentity> {
    const user = await fetchMe();
    return { id: user.id, fullName: user.fullName, email: user.email, role: user.role, site: user.site, locale: user.locale };
  },

  async getPermissions(): Promise<Permissions> {
    try {
      return (await fetchMe()).permissions;
    } catch (error) {
      // Logged out: no permissions. Rejecting here would log out again after each logout, in a loop;
      // checkAuth is what sends a logged-out visitor to the login page.
      if (isUnauthenticated(error)) return {};
      throw error;
    }
  },

  async canAccess({ action, resource }: { action: string; resource: string }) {
    try {
      const { permissions } = await fetchMe();
      const wanted = ACTION_OF[action];
      return wanted !== undefined && may(permissions, wanted, resource);
    } catch (error) {
      if (isUnauthenticated(error)) return false;
      throw error;
    }
  },
};

/**
 * The relay portal: a user who works the cases others open (a relay user, per the permission
 * matrix) sees those cases only, and neither the directory's lists nor the desk nor any export.
 */
export const isRelayPortal = (permissions: Permissions | undefined): boolean =>
  may(permissions, 'read', 'cases') && !may(permissions, 'create', 'cases');
