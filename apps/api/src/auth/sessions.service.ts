import { Injectable } from '@nestjs/common';
import { createHash, randomBytes } from 'node:crypto';
import { DataSource, type EntityManager } from 'typeorm';
import { AppConfig } from '../config/app-config';
import { runStatement } from '../database/statements';
import type { AuthUser } from '../common/auth-user';
import { Session } from './session.entity';
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
  // Timed on the wall clock (Date.now), as the rest of a session's life is.
  private readonly recentlyChecked = new LRUCache<string, LiveSession>({
    max: MAX_RECENTLY_CHECKED,
    ttl: RECENTLY_CHECKED_MS,
    perf: { now: () => Date.now() },
  });

  constructor(
    private readonly dataSource: DataSource,
    private readonly config: AppConfig,
  ) {}

  /** Opens a session and returns the token for the cookie; a fresh random id at every login. */
  async open(userId: number, ip: string | null, userAgent: string | null): Promise<string> {
    const token = randomBytes(32).toString('base64url');
    await this.dataSource.manager.insert(Session, {
      tokenHash: hashToken(token),
      userId,
      ip,
      userAgent: userAgent?.slice(0, 300) ?? null,
    });
    return token;
  }

  /** The user behind a token, if the session is live: not revoked, not idle too long, not too old, user active. */
  async resolve(token: string): Promise<LiveSession | null> {
    const tokenHash = hashToken(token);
    const recent = this.recentlyChecked.get(tokenHash);
    if (recent) return recent;
    const session = await this.lookUp(tokenHash);
    if (session) this.recentlyChecked.set(tokenHash, session);
    else this.recentlyChecked.delete(tokenHash);
    return session;
  }

  /** Forgets what was checked of a user's sessions: their role, site, relay or preferences changed. */
  forgetUser(userId: number): void {
    for (const [tokenHash, session] of this.recentlyChecked.entries()) {
      if (session.user.id === userId) this.recentlyChecked.delete(tokenHash);
    }
  }

  private async lookUp(tokenHash: string): Promise<LiveSession | null> {
    const rows = await runStatement<SessionRow>(
      this.dataSource,
      `SELECT u.id, u.email, u.full_name, u.role, u.site, u.relay_id, u.daily_digest, u.locale,
              s.last_seen_at < now() - make_interval(secs => $4) AS stale
         FROM sessions s JOIN users u ON u.id = s.user_id
        WHERE s.token_hash = $1 AND s.revoked_at IS NULL AND u.active
          AND s.last_seen_at > now() - make_interval(mins => $2)
          AND s.created_at > now() - make_interval(hours => $3)`,
      [tokenHash, this.config.SESSION_IDLE_MINUTES, this.config.SESSION_ABSOLUTE_HOURS, TOUCH_AFTER_SECONDS],
      { prepared: true },
    );
    const [row] = rows;
    if (!row) return null;
    if (row.stale) await this.dataSource.query(`UPDATE sessions SET last_seen_at = now() WHERE token_hash = $1`, [tokenHash]);
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
    this.recentlyChecked.delete(tokenHash);
    await this.dataSource.query(`UPDATE sessions SET revoked_at = now() WHERE token_hash = $1 AND revoked_at IS NULL`, [tokenHash]);
  }

  /** Ends every session of a user: on deactivation and on password change. */
  async revokeAllOf(userId: number, manager: EntityManager = this.dataSource.manager): Promise<void> {
    this.forgetUser(userId);
    await manager.query(`UPDATE sessions SET revoked_at = now() WHERE user_id = $1 AND revoked_at IS NULL`, [userId]);
  }
}
