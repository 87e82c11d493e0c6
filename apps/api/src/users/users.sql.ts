/**
 * Serialises the changes that could leave no active admin, until the transaction ends: two admins
 * demoted at once cannot each count on the other.
 */
export const ACTIVE_ADMINS_LOCK = `SELECT pg_advisory_xact_lock(hashtext('users:active-admins'))`;

/** An active admin other than user `$1`. */
export const ANOTHER_ACTIVE_ADMIN = `SELECT 1 AS found FROM users WHERE role = 'admin' AND active AND id <> $1 LIMIT 1`;

/** Another account (not user `$2`, null for a new one) with the e-mail `$1`, in any case (citext). */
export const EMAIL_TAKEN = `SELECT 1 AS found FROM users WHERE email = $1 AND id IS DISTINCT FROM $2 LIMIT 1`;
