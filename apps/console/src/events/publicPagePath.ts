/** The address of an event's public registration page (main.tsx routes it outside the console's login). */
export const publicPagePath = (token: string) => `/inscription/${token}`;

/** The address an unsubscribe link of a registrant's reminder e-mail opens (the API writes it as `/desinscription/:token`). */
export const unsubscribePagePath = (token: string) => `/desinscription/${token}`;
