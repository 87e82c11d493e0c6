import { prepared } from '../database/database';

/** A case's first stage, at its opening (`$4`), in its stage history. */
export const FIRST_STAGE = `INSERT INTO case_stage_changes (case_id, from_stage, to_stage, changed_by_id, changed_at) VALUES ($1, NULL, $2, $3, $4)`;

/** A move from stage `$2` to `$3` in the case's stage history, now. */
export const STAGE_MOVE = `INSERT INTO case_stage_changes (case_id, from_stage, to_stage, changed_by_id) VALUES ($1, $2, $3, $4)`;

/** The same move on the case's timeline, as an interaction of no time spent (`$3` its text). */
export const STAGE_MOVE_ON_TIMELINE = `INSERT INTO interactions (case_id, kind, author_id, minutes_spent, body, version)
  VALUES ($1, 'stage_change', $2, 0, $3, 1)`;

/** A case's stage history in the order it happened. */
export const STAGE_HISTORY = `SELECT * FROM case_stage_changes WHERE case_id = $1 ORDER BY changed_at, id`;

/**
 * A case's status, the row read FOR SHARE: the case cannot close (an update locks it FOR UPDATE)
 * before the caller's transaction ends, while other work on it goes on. On the path of every note
 * written on a case, hence prepared.
 */
export const STATUS_HELD_OPEN = prepared(`SELECT status FROM cases WHERE id = $1 FOR SHARE`);

/** What anyone who reads a case may see of its adviser. */
export const ADVISER = `SELECT full_name AS "fullName", email, site FROM users WHERE id = $1`;
