import { i18nProvider } from '../i18n';

/** The API is served from the same origin as the console, under this prefix. */
export const API_URL = '/api';

/**
 * The language the console speaks now, sent as `Accept-Language` with every call so that the API
 * answers in it (for a signed-in user, the stored preference, which the console keeps in step).
 */
export const apiLocale = (): string => i18nProvider.getLocale();
