/** The directory contact with this e-mail address (`$1`), the oldest if several, and their organisation. */
export const CONTACT_BY_EMAIL = `SELECT id, organisation_id AS "organisationId" FROM contacts WHERE email = $1 ORDER BY id LIMIT 1`;
