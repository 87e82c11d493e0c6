/** Two imports of one resource (`$1`: `import:<resource>`) take turns: each would miss the other's duplicates. */
export const IMPORT_LOCK = `SELECT pg_advisory_xact_lock(hashtext($1))`;

/** Which of these organisation ids (`$1`) exist. */
export const EXISTING_ORGANISATION_IDS = `SELECT id FROM organisations WHERE id = ANY($1::int[])`;

/** The organisations of each of these SIRETs (`$1`), by SIRET. */
export const ORGANISATIONS_BY_SIRET = `SELECT siret AS key, array_agg(id ORDER BY id) AS ids FROM organisations WHERE siret = ANY($1::text[]) GROUP BY siret`;

/** The organisations of each of these names (`$1`), names compared as `f_organisation_name_key` compares them. */
export const ORGANISATIONS_BY_NAME = `SELECT input.name AS key, array_agg(organisation.id ORDER BY organisation.id) AS ids
       FROM unnest($1::text[]) AS input(name)
       JOIN organisations organisation ON f_organisation_name_key(organisation.name) = f_organisation_name_key(input.name)
      GROUP BY input.name`;

/** The contacts holding any of these e-mail addresses (`$1`), case ignored. */
export const CONTACTS_BY_EMAIL = `SELECT id, lower(email::text) AS key FROM contacts WHERE email = ANY($1::citext[])`;

/** The organisations holding any of these SIRETs or RNAs (`$1`), by `column`. */
export const ORGANISATIONS_BY_IDENTIFIER = (column: 'siret' | 'rna') =>
  `SELECT id, name, ${column} AS key FROM organisations WHERE ${column} = ANY($1::text[])`;

/** The name key of each name (`$1`), in their order (null for a name of legal forms alone). */
export const NAME_KEYS = `SELECT f_organisation_name_key(input.name) AS key FROM unnest($1::text[]) WITH ORDINALITY AS input(name, position) ORDER BY position`;

/** The organisations whose name key is one of these (`$1`). */
export const ORGANISATIONS_BY_NAME_KEY = `SELECT id, name, departement, f_organisation_name_key(name) AS key FROM organisations WHERE f_organisation_name_key(name) = ANY($1::text[])`;

/**
 * The contacts of the organisations named (`$1`, names compared as `f_organisation_name_key`
 * compares them), with the name each was found by: a sign-in sheet's row is matched among them
 * by first and last name. Erased contacts are nobody.
 */
export const CONTACTS_OF_NAMED_ORGANISATIONS = `SELECT c.id, c.first_name AS "firstName", c.last_name AS "lastName", lower(c.email::text) AS email, input.name AS organisation
       FROM unnest($1::text[]) AS input(name)
       JOIN organisations o ON f_organisation_name_key(o.name) = f_organisation_name_key(input.name)
       JOIN contacts c ON c.organisation_id = o.id AND c.erased_at IS NULL`;

/** An event's registrations (`$1`), with the e-mail of their contact: a sign-in sheet's rows are matched among them. */
export const EVENT_REGISTRATIONS = `SELECT r.id, r.contact_id AS "contactId", lower(r.email::text) AS email, lower(c.email::text) AS "contactEmail", r.name
       FROM registrations r LEFT JOIN contacts c ON c.id = r.contact_id
      WHERE r.event_id = $1`;
