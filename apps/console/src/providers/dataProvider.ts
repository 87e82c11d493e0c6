import { fetchUtils, type DataProvider } from 'react-admin';
import simpleRestProvider from 'ra-data-simple-rest';
import { API_URL, apiLocale } from './api';

/** Sends the session cookie and the console's language with every call; nothing else differs from fetchUtils.fetchJson. */
const httpClient = (url: string, options: fetchUtils.Options = {}) => {
  const headers = new Headers(options.headers);
  headers.set('Accept-Language', apiLocale());
  return fetchUtils.fetchJson(url, { ...options, headers, credentials: 'include' });
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
