/** Marks one of the user's notifications read (`$1`, of user `$2`); a second reading keeps the first time. */
export const MARK_READ = `UPDATE notifications SET read_at = coalesce(read_at, now()) WHERE id = $1 AND user_id = $2`;

/** Marks every unread notification of user `$1` read; the count is the answer. */
export const MARK_ALL_READ = `UPDATE notifications SET read_at = now() WHERE user_id = $1 AND read_at IS NULL`;
