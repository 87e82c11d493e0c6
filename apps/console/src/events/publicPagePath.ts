/** The address of an event's public registration page (main.tsx routes it outside the console's login). */
export const publicPagePath = (token: string) => `/inscription/${token}`;
