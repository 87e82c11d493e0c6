import { fetchUtils } from 'react-admin';
import simpleRestProvider from 'ra-data-simple-rest';
import { API_URL } from './api';

/** Sends the session cookie with every call; nothing else differs from fetchUtils.fetchJson. */
const httpClient = (url: string, options: fetchUtils.Options = {}) => fetchUtils.fetchJson(url, { ...options, credentials: 'include' });

/** The API follows the ra-data-simple-rest contract, so the stock provider is used unchanged. */
export const dataProvider = simpleRestProvider(API_URL, httpClient);
