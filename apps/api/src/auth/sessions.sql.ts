import { prepared } from '../database/database';

/** A new session (`$1` the token's hash, `$2` the user, `$3` the address, `$4` the browser). */
export const OPEN_SESSION = `INSERT INTO sessions (token_hash, user_id, ip, user_agent) VALUES ($1, $2, $3, $4)`;

/**
 * The user behind a live session: not revoked, not idle past `$2` minutes, not older than `$3`
 * hours, its user active; `stale`: last seen more than `$4` seconds ago. Run on nearly every
 * request not answered from the cache, hence prepared.
 */
export const LIVE_SESSION = prepared(`SELECT u.id, u.email, u.full_name, u.role, u.site, u.relay_id, u.daily_digest, u.locale,
              s.last_seen_at < now() - make_interval(secs => $4) AS stale
         FROM sessions s JOIN users u ON u.id = s.user_id
        WHERE s.token_hash = $1 AND s.revoked_at IS NULL AND u.active
          AND s.last_seen_at > now() - make_interval(mins => $2)
          AND s.created_at > now() - make_interval(hours => $3)`);

/** Notes that a session was used now (at most once a minute: see TOUCH_AFTER_SECONDS). */
export const TOUCH_SESSION = `UPDATE sessions SET last_seen_at = now() WHERE token_hash = $1`;

export const REVOKE_SESSION = `UPDATE sessions SET revoked_at = now() WHERE token_hash = $1 AND revoked_at IS NULL`;

export const REVOKE_SESSIONS_OF_USER = `UPDATE sessions SET revoked_at = now() WHERE user_id = $1 AND revoked_at IS NULL`;
