/** The API is served from the same origin as the console, under this prefix. */
export const API_URL = '/api';
