import { Injectable, Logger } from '@nestjs/common';
import { PERMISSIONS, msg } from '@resacoop/domain';
import { createHash } from 'node:crypto';
import { TooManyAttempts, Unauthenticated } from '../common/app-exception';
import { Database } from '../database/database';
import type { AuthUser } from '../common/auth-user';
import { ACCOUNT_BY_EMAIL, REHASH_PASSWORD } from './auth.sql';
import { LoginDevices } from './login-devices';
import { LoginRateLimiter, type LoginAttempt } from './login-rate-limiter';
import { decoyPasswordHash, hashPassword, needsRehash, verifyPassword } from './passwords';
import { SessionsService } from './sessions.service';

export interface Me extends AuthUser {
  permissions: (typeof PERMISSIONS)[keyof typeof PERMISSIONS];
}

export function describe(user: AuthUser): Me {
  return { ...user, permissions: PERMISSIONS[user.role] };
}

/**
 * A refused login answers no sooner than this after it came in, whatever was verified: the decoy
 * of an unknown e-mail (today's parameters) or an account's hash made with older, costlier ones,
 * so that the time of a refusal does not tell which e-mails have an account. Above the slowest
 * hash's verification on this kind of machine (tests/perf/README.md).
 */
const REFUSAL_FLOOR_MS = 400;

/** An account as a login reads it: who the session will carry, and what the login checks. */
interface Account extends AuthUser {
  active: boolean;
  passwordHash: string;
}

/** Where a login attempt comes from: the device token is the device cookie, when the browser sent one. */
export interface LoginClient {
  ip: string;
  userAgent: string | null;
  deviceToken: string | undefined;
}

/** An address as its account would match it (case, surrounding spaces, Unicode forms), hashed: logged and counted, never kept as typed. */
function emailFingerprint(email: string): string {
  return createHash('sha256').update(email.normalize('NFKC').trim().toLowerCase()).digest('hex').slice(0, 16);
}

@Injectable()
export class AuthService {
  private readonly logger = new Logger('Auth');

  constructor(
    private readonly db: Database,
    private readonly sessions: SessionsService,
    private readonly rateLimiter: LoginRateLimiter,
    private readonly devices: LoginDevices,
  ) {}

  async login(email: string, password: string, client: LoginClient): Promise<{ token: string; deviceToken: string; me: Me }> {
    const started = performance.now();
    const user = await this.db.one<Account>(ACCOUNT_BY_EMAIL, [email.trim()]);
    const device = user ? await this.devices.recognise(client.deviceToken, user.id) : null;
    // Every spelling of an address that reaches the account shares its counter.
    const account = user ? `user:${user.id}` : `email:${emailFingerprint(email)}`;
    const attempt: LoginAttempt = { account, ip: client.ip, device };
    const who = `${account} from ${client.ip} (${device ? 'known device' : 'untrusted client'})`;
    await this.rateLimiter.reserve(attempt).catch((error: unknown) => {
      if (error instanceof TooManyAttempts) this.logger.warn(`login throttled for ${who}`);
      throw error;
    });
    const valid = await verifyPassword(user?.passwordHash ?? (await decoyPasswordHash()), password);
    if (!user || !valid || !user.active) {
      // Neither the password nor the typed e-mail (often a password typed in the wrong field) is logged.
      this.logger.warn(`login refused for ${who}: ${!user ? 'unknown e-mail' : !valid ? 'wrong password' : 'inactive user'}`);
      await new Promise((resolve) => setTimeout(resolve, REFUSAL_FLOOR_MS - (performance.now() - started)));
      throw new Unauthenticated(msg('error.wrongLogin'));
    }
    await this.rateLimiter.recordSuccess(attempt);
    if (needsRehash(user.passwordHash)) {
      // The password is right: a hash that could not be made again now will be at the next login.
      await this.rehash(user.id, user.passwordHash, password).catch((error: unknown) =>
        this.logger.warn(`password hash of user ${user.id} not made again: ${(error as Error).message}`),
      );
    }
    const token = await this.sessions.open(user.id, client.ip, client.userAgent);
    const deviceToken = await this.devices.issue(user.id, device);
    this.logger.log(`login of ${who}`);
    const me = describe({
      id: user.id,
      email: user.email,
      fullName: user.fullName,
      role: user.role,
      site: user.site,
      relayId: user.relayId,
      dailyDigest: user.dailyDigest,
      locale: user.locale,
    });
    return { token, deviceToken, me };
  }

  /**
   * Hashes a password again with today's parameters, at the one moment it is known: the same
   * password in a new form, so neither the user's version nor their history changes. Only over
   * the hash just verified: a password changed meanwhile stays changed.
   */
  private async rehash(userId: number, verifiedHash: string, password: string): Promise<void> {
    await this.db.execute(REHASH_PASSWORD, [userId, verifiedHash, await hashPassword(password)]);
  }

  async logout(user: AuthUser, tokenHash: string): Promise<void> {
    await this.sessions.revoke(tokenHash);
    this.logger.log(`logout of user ${user.id}`);
  }
}
