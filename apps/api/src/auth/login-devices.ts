import type { CookieSerializeOptions } from '@fastify/cookie';
import { Injectable } from '@nestjs/common';
import type Redis from 'ioredis';
import { randomBytes } from 'node:crypto';
import { InjectRedis } from '../common/redis.module';
import { AppConfig } from '../config/app-config';
import { hashToken } from './sessions.service';

export const DEVICE_COOKIE = 'resacoop_device';

/** Sent to the login route only, never readable by scripts nor sent from another site. */
export function deviceCookieOptions(config: AppConfig): CookieSerializeOptions {
  return {
    httpOnly: true,
    sameSite: 'strict',
    secure: config.secureCookies,
    path: '/api/auth',
    // In seconds (Max-Age).
    maxAge: config.LOGIN_DEVICE_DAYS * 86_400,
  };
}

/**
 * OWASP's device cookies ("Slow Down Online Guessing Attacks with Device Cookies"): a browser that
 * logged in to an account is given a random token, bound to that account in Redis (only its
 * SHA-256 is stored), so that its later attempts are throttled on their own and never by what
 * strangers tried against the account. Losing Redis only turns these browsers back into untrusted
 * clients until their next successful login.
 */
@Injectable()
export class LoginDevices {
  constructor(
    @InjectRedis() private readonly redis: Redis,
    private readonly config: AppConfig,
  ) {}

  private key(deviceId: string): string {
    return `login-device:${deviceId}`;
  }

  /** The device's id when the token was given to this account at a successful login; otherwise null. */
  async recognise(token: string | undefined, userId: number): Promise<string | null> {
    if (!token) return null;
    const deviceId = hashToken(token);
    return (await this.redis.get(this.key(deviceId))) === String(userId) ? deviceId : null;
  }

  /** A new token for the browser that just logged in; the one it presented, if any, is retired. */
  async issue(userId: number, previousDeviceId: string | null): Promise<string> {
    const token = randomBytes(32).toString('base64url');
    const transaction = this.redis.multi().set(this.key(hashToken(token)), String(userId), 'EX', this.config.LOGIN_DEVICE_DAYS * 86_400);
    if (previousDeviceId) transaction.del(this.key(previousDeviceId));
    await transaction.exec();
    return token;
  }
}
