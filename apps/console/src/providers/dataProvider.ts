import { fetchUtils, HttpError, type DataProvider } from 'react-admin';
import simpleRestProvider from 'ra-data-simple-rest';
import { API_URL, apiLocale } from './api';

/**
 * A read refused with field errors (a list's filter or sort from an address) has no form to show
 * them next to: its message carries them, so the notification says what was wrong.
 */
function withFieldErrors(error: unknown, method: string | undefined): unknown {
  if (!(error instanceof HttpError) || (method ?? 'GET') !== 'GET') return error;
  const errors = (error.body as { errors?: Record<string, string> } | undefined)?.errors;
  if (!errors || Object.keys(errors).length === 0) return error;
  const reasons = Object.entries(errors).map(([field, why]) => `${field} : ${why}`);
  return new HttpError(`${error.message} (${reasons.join(' ; ')})`, error.status, error.body);
}

/** Sends the session cookie and the console's language with every call; nothing else differs from fetchUtils.fetchJson. */
const httpClient = async (url: string, options: fetchUtils.Options = {}) => {
  const headers = new Headers(options.headers);
  headers.set('Accept-Language', apiLocale());
  try {
    return await fetchUtils.fetchJson(url, { ...options, headers, credentials: 'include' });
  } catch (error) {
    throw withFieldErrors(error, options.method);
  }
};

/** The stock provider, plus the few calls outside the list/record contract. */
export interface ResacoopDataProvider extends DataProvider {
  /** `GET /api/{path}`: a read of its own (a case's stage history). */
  read<T>(path: string): Promise<T>;
  /** `POST /api/{path}`: an action on a record (accept an assignment, convert a request into a case). */
  act<T>(path: string, body: Record<string, unknown>): Promise<T>;
  /** `PUT /api/{path}`: a write outside a resource's record (the user's own preferences). */
  put<T>(path: string, body: Record<string, unknown>): Promise<T>;
}

/** The API follows the ra-data-simple-rest contract, so the stock provider is used unchanged. */
export const dataProvider: ResacoopDataProvider = {
  ...simpleRestProvider(API_URL, httpClient),
  read: async <T>(path: string) => (await httpClient(`${API_URL}/${path}`)).json as T,
  act: async <T>(path: string, body: Record<string, unknown>) =>
    (await httpClient(`${API_URL}/${path}`, { method: 'POST', body: JSON.stringify(body) })).json as T,
  put: async <T>(path: string, body: Record<string, unknown>) =>
    (await httpClient(`${API_URL}/${path}`, { method: 'PUT', body: JSON.stringify(body) })).json as T,
};
