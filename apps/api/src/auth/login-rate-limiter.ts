import { Injectable } from '@nestjs/common';
import type Redis from 'ioredis';
import { createHash } from 'node:crypto';
import { TooManyAttempts } from '../common/app-exception';
import { InjectRedis } from '../common/redis.module';
import { AppConfig } from '../config/app-config';

/**
 * Counts failed logins per e-mail and per client address in Redis, so the limit holds across
 * every API process. A success clears the e-mail's counter.
 */
@Injectable()
export class LoginRateLimiter {
  constructor(
    @InjectRedis() private readonly redis: Redis,
    private readonly config: AppConfig,
  ) {}

  private keys(email: string, ip: string): { email: string; ip: string } {
    const emailKey = createHash('sha256').update(email.trim().toLowerCase()).digest('hex').slice(0, 32);
    return { email: `login-failures:email:${emailKey}`, ip: `login-failures:ip:${ip}` };
  }

  async assertAllowed(email: string, ip: string): Promise<void> {
    const keys = this.keys(email, ip);
    const [byEmail, byIp] = await this.redis.mget(keys.email, keys.ip);
    if (Number(byEmail ?? 0) >= this.config.LOGIN_MAX_FAILURES_PER_EMAIL || Number(byIp ?? 0) >= this.config.LOGIN_MAX_FAILURES_PER_IP) {
      throw new TooManyAttempts();
    }
  }

  async recordFailure(email: string, ip: string): Promise<void> {
    const keys = this.keys(email, ip);
    const window = this.config.LOGIN_WINDOW_MINUTES * 60;
    await this.redis.multi().incr(keys.email).expire(keys.email, window, 'NX').incr(keys.ip).expire(keys.ip, window, 'NX').exec();
  }

  async recordSuccess(email: string, ip: string): Promise<void> {
    await this.redis.del(this.keys(email, ip).email);
  }
}
