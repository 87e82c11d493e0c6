import type { CookieSerializeOptions } from '@fastify/cookie';
import type { AppConfig } from '../config/app-config';

export const SESSION_COOKIE = 'resacoop_sid';

export function sessionCookieOptions(config: AppConfig): CookieSerializeOptions {
  return {
    httpOnly: true,
    sameSite: 'lax',
    secure: config.secureCookies,
    path: '/',
    // In seconds (Max-Age).
    maxAge: config.SESSION_ABSOLUTE_HOURS * 3600,
  };
}
