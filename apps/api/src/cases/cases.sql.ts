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
 * The condition of new work on a case, as the `FROM … WHERE …` of a guarded creation (`InsertGuard`,
 * `caseId` its placeholder): the case exists and is not closed, its row locked FOR SHARE by the
 * writing statement, so that it cannot close (an update locks it FOR UPDATE) meanwhile.
 */
export const OPEN_FOR_WORK = (caseId: string) => `FROM cases WHERE id = ${caseId} AND status <> 'closed' FOR SHARE`;

/** Whether a case exists. */
export const CASE_EXISTS = `SELECT 1 AS found FROM cases WHERE id = $1`;

/** What anyone who reads a case may see of its adviser. */
export const ADVISER = `SELECT full_name AS "fullName", email, site FROM users WHERE id = $1`;
