/**
 * The account an address logs into, with what the login checks (password hash, active) beside
 * what the session will carry. citext: any case of the address matches.
 */
export const ACCOUNT_BY_EMAIL = `SELECT id, email, full_name AS "fullName", role, site, relay_id AS "relayId", daily_digest AS "dailyDigest",
         locale, active, password_hash AS "passwordHash"
    FROM users WHERE email = $1`;

/** A password hashed again with today's parameters (`$3`), only over the hash just verified (`$2`): a password changed meanwhile stays changed. */
export const REHASH_PASSWORD = `UPDATE users SET password_hash = $3 WHERE id = $1 AND password_hash = $2`;
