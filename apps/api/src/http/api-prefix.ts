/** Every API route is under this prefix; everything else is the console. */
export const API_PREFIX = 'api';

/** Whether a request path (without its query) is an API path. */
export const isApiPath = (path: string) => path === `/${API_PREFIX}` || path.startsWith(`/${API_PREFIX}/`);

/** A request URL's path, without its query. */
export const pathOf = (url: string) => url.split('?', 1)[0] ?? '/';
