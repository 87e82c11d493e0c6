/** A request's status move on its timeline, as an interaction of no time spent (`$3` its text). */
export const MOVE_ON_TIMELINE = `INSERT INTO interactions (request_id, kind, author_id, minutes_spent, body, version)
  VALUES ($1, 'status_change', $2, 0, $3, 1)`;

/** An e-mail of a request's thread on its timeline (`$1` request, `$2` author or null for a received one, `$3` text, `$4` when). */
export const EMAIL_ON_TIMELINE = `INSERT INTO interactions (request_id, kind, author_id, minutes_spent, body, occurred_at, version)
  VALUES ($1, 'email', $2, 0, $3, $4, 1)`;

/** A request's id by its reference (`$1`), as an e-mail's subject names it. */
export const REQUEST_BY_REFERENCE = `SELECT id FROM requests WHERE reference = $1`;
