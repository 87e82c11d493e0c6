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
 * Counts failed logins in Redis, so the limits hold across every API process. A browser holding
 * a device cookie of the account is counted on its own; every other client is counted per
 * account and per address, so strangers' failures lock out strangers only. A success clears the
 * counter it was held to (never the address's).
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

  async assertAllowed(attempt: LoginAttempt): Promise<void> {
    const counters = this.counters(attempt);
    const failures = await this.redis.mget(counters.map((counter) => counter.key));
    if (counters.some((counter, index) => Number(failures[index] ?? 0) >= counter.limit)) throw new TooManyAttempts();
  }

  async recordFailure(attempt: LoginAttempt): Promise<void> {
    const window = this.config.LOGIN_WINDOW_MINUTES * 60;
    const transaction = this.redis.multi();
    for (const { key } of this.counters(attempt)) transaction.incr(key).expire(key, window, 'NX');
    await transaction.exec();
  }

  async recordSuccess(attempt: LoginAttempt): Promise<void> {
    await this.redis.del(this.counters(attempt)[0].key);
  }
}
