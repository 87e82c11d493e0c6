/** How many of the given organisations exist: an event's co-organisers are checked together. */
export const CO_ORGANISERS_FOUND = `SELECT count(*)::int AS found FROM organisations WHERE id = ANY($1::int[])`;

/** The published event of a public page's token. */
export const PUBLISHED_BY_TOKEN = `SELECT * FROM events WHERE public_token = $1 AND status = 'published'`;

/** The same, locked until the registering transaction ends: one event's registrations are checked (duplicates, capacity) one at a time. */
export const PUBLISHED_BY_TOKEN_LOCKED = `${PUBLISHED_BY_TOKEN} FOR UPDATE`;
