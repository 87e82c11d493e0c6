import { Injectable } from '@nestjs/common';
import { createHash, randomBytes } from 'node:crypto';
import { AppConfig } from '../config/app-config';
import { Database, type Transaction } from '../database/database';
import type { AuthUser } from '../common/auth-user';
import { LIVE_SESSION, OPEN_SESSION, REVOKE_SESSION, REVOKE_SESSIONS_OF_USER, TOUCH_SESSION } from './sessions.sql';
import { LRUCache } from 'lru-cache';

/** Refreshing last_seen_at on every request would write on every read; a minute is precise enough. */
const TOUCH_AFTER_SECONDS = 60;

/**
 * A session just checked is trusted this long without asking PostgreSQL again: most requests
 * then cost one round trip instead of two. Logout, deactivation and changes to a user clear it
 * at once in this process; another API process would see them within this delay.
 */
const RECENTLY_CHECKED_MS = 5_000;
const MAX_RECENTLY_CHECKED = 10_000;

export interface LiveSession {
  user: AuthUser;
  tokenHash: string;
}

/**
 * What a look-up found: the live session, or none (then shared by the requests that waited for it,
 * and not kept). A wrapper, never undefined: lru-cache takes an undefined answer for "nothing
 * fetched" and would reject the requests waiting for a look-up that a logout overtook.
 */
interface Checked {
  session: LiveSession | null;
}

export function hashToken(token: string): string {
  return createHash('sha256').update(token).digest('hex');
}

interface SessionRow {
  id: number;
  email: string;
  full_name: string;
  role: AuthUser['role'];
  site: AuthUser['site'];
  relay_id: number | null;
  daily_digest: boolean;
  locale: AuthUser['locale'];
  stale: boolean;
}

@Injectable()
export class SessionsService {
  // Timed on the wall clock (Date.now), as the rest of a session's life is. The requests of one
  // session that find its check expired together wait for one look-up (fetch) instead of each
  // asking PostgreSQL. A look-up overtaken by a logout or a change to its user still answers the
  // requests that were waiting for it, which came before, but is not kept for those after.
  private readonly recentlyChecked = new LRUCache<string, Checked>({
    max: MAX_RECENTLY_CHECKED,
    ttl: RECENTLY_CHECKED_MS,
    perf: { now: () => Date.now() },
    // The clock read at every check, not once per millisecond: a revoked trust ends on time.
    ttlResolution: 0,
    fetchMethod: async (tokenHash) => ({ session: await this.lookUp(tokenHash) }),
    ignoreFetchAbort: true,
  });

  constructor(
    private readonly db: Database,
    private readonly config: AppConfig,
  ) {}

  /** Opens a session and returns the token for the cookie; a fresh random id at every login. */
  async open(userId: number, ip: string | null, userAgent: string | null): Promise<string> {
    const token = randomBytes(32).toString('base64url');
    await this.db.execute(OPEN_SESSION, [hashToken(token), userId, ip, userAgent?.slice(0, 300) ?? null]);
    return token;
  }

  /** The user behind a token, if the session is live: not revoked, not idle too long, not too old, user active. */
  async resolve(token: string): Promise<LiveSession | null> {
    const tokenHash = hashToken(token);
    const session = (await this.recentlyChecked.fetch(tokenHash))?.session ?? null;
    // Nothing is kept of a token that opens no session: cookies a client makes up fill no cache.
    if (!session) this.recentlyChecked.delete(tokenHash);
    return session;
  }

  /** Forgets what was checked of a user's sessions: their role, site, relay or preferences changed. */
  forgetUser(userId: number): void {
    for (const [tokenHash, { session }] of this.recentlyChecked.entries()) {
      if (session?.user.id === userId) this.recentlyChecked.delete(tokenHash);
    }
  }

  private async lookUp(tokenHash: string): Promise<LiveSession | null> {
    const row = await this.db.one<SessionRow>(LIVE_SESSION, [
      tokenHash,
      this.config.SESSION_IDLE_MINUTES,
      this.config.SESSION_ABSOLUTE_HOURS,
      TOUCH_AFTER_SECONDS,
    ]);
    if (!row) return null;
    if (row.stale) await this.db.execute(TOUCH_SESSION, [tokenHash]);
    return {
      tokenHash,
      user: {
        id: row.id,
        email: row.email,
        fullName: row.full_name,
        role: row.role,
        site: row.site,
        relayId: row.relay_id,
        dailyDigest: row.daily_digest,
        locale: row.locale,
      },
    };
  }

  async revoke(tokenHash: string): Promise<void> {
    try {
      await this.db.execute(REVOKE_SESSION, [tokenHash]);
    } finally {
      // After the write: a look-up made meanwhile read the session still live and must not be kept.
      this.recentlyChecked.delete(tokenHash);
    }
  }

  /** Ends every session of a user: on deactivation and on password change. */
  async revokeAllOf(userId: number, tx?: Transaction): Promise<void> {
    this.forgetUser(userId);
    await this.db.execute(REVOKE_SESSIONS_OF_USER, [userId], tx);
  }
}
