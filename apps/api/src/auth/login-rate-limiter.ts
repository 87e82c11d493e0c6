import { Injectable } from '@nestjs/common';
import type Redis from 'ioredis';
import { TooManyAttempts } from '../common/app-exception';
import { InjectRedis } from '../common/redis.module';
import { AppConfig } from '../config/app-config';

/**
 * Who a login attempt is counted against: `account` names the account tried (or the e-mail, when
 * no account has it), `device` the browser when it holds a device cookie of that account.
 */
export interface LoginAttempt {
  account: string;
  ip: string;
  device: string | null;
}

interface Counter {
  key: string;
  limit: number;
}

/**
 * Takes one attempt from every counter (KEYS, with their limits in ARGV, the window last), or from
 * none when one is spent: checked and counted in one step, so that concurrent attempts cannot all
 * pass the check before any of them is counted.
 */
const RESERVE = `
for i, key in ipairs(KEYS) do
  if tonumber(redis.call('GET', key) or '0') >= tonumber(ARGV[i]) then return 0 end
end
for _, key in ipairs(KEYS) do
  redis.call('INCR', key)
  redis.call('EXPIRE', key, ARGV[#KEYS + 1], 'NX')
end
return 1`;

/** A success: its own counter (KEYS[1]) forgotten, the attempt it took from the others given back. */
const RELEASE = `
redis.call('DEL', KEYS[1])
for i = 2, #KEYS do
  if tonumber(redis.call('GET', KEYS[i]) or '0') > 0 then redis.call('DECR', KEYS[i]) end
end
return 1`;

/**
 * Counts failed logins in Redis, so the limits hold across every API process. A browser holding
 * a device cookie of the account is counted on its own; every other client is counted per
 * account and per address, so strangers' failures lock out strangers only. Each attempt is counted
 * before its password is verified; a success clears the counter it was held to and gives back what
 * it took from the address's.
 */
@Injectable()
export class LoginRateLimiter {
  constructor(
    @InjectRedis() private readonly redis: Redis,
    private readonly config: AppConfig,
  ) {}

  private counters({ account, ip, device }: LoginAttempt): Counter[] {
    if (device) return [{ key: `login-failures:device:${device}`, limit: this.config.LOGIN_MAX_FAILURES_PER_DEVICE }];
    return [
      { key: `login-failures:account:${account}`, limit: this.config.LOGIN_MAX_FAILURES_PER_EMAIL },
      { key: `login-failures:ip:${ip}`, limit: this.config.LOGIN_MAX_FAILURES_PER_IP },
    ];
  }

  /** Counts the attempt as a failure until `recordSuccess` says otherwise; throws when a limit is reached. */
  async reserve(attempt: LoginAttempt): Promise<void> {
    const counters = this.counters(attempt);
    const window = this.config.LOGIN_WINDOW_MINUTES * 60;
    const taken = await this.redis.eval(
      RESERVE,
      counters.length,
      ...counters.map((counter) => counter.key),
      ...counters.map((counter) => counter.limit),
      window,
    );
    if (taken !== 1) throw new TooManyAttempts();
  }

  async recordSuccess(attempt: LoginAttempt): Promise<void> {
    const keys = this.counters(attempt).map((counter) => counter.key);
    await this.redis.eval(RELEASE, keys.length, ...keys);
  }
}
