/** A request's status move on its timeline, as an interaction of no time spent (`$3` its text). */
export const MOVE_ON_TIMELINE = `INSERT INTO interactions (request_id, kind, author_id, minutes_spent, body, version)
  VALUES ($1, 'status_change', $2, 0, $3, 1)`;

/** A request's id by its reference (`$1`), as an e-mail's subject names it. */
export const REQUEST_BY_REFERENCE = `SELECT id FROM requests WHERE reference = $1`;
