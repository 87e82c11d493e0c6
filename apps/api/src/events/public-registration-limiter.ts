import { Injectable } from '@nestjs/common';
import type Redis from 'ioredis';
import { msg } from '@resacoop/domain';
import { AppException, ErrorCode } from '../common/app-exception';
import { InjectRedis } from '../common/redis.module';
import { AppConfig } from '../config/app-config';

const WINDOW_SECONDS = 3600;

/**
 * Bounds what the public registration pages take, counted in Redis so the bounds hold across API
 * processes: per address (one machine filling events with made-up people) and per event (many
 * machines flooding one page). Every attempt that passes validation counts, taken or not.
 */
@Injectable()
export class PublicRegistrationLimiter {
  constructor(
    @InjectRedis() private readonly redis: Redis,
    private readonly config: AppConfig,
  ) {}

  async take(ip: string, eventId: number): Promise<void> {
    const counters = [
      { key: `public-registrations:ip:${ip}`, limit: this.config.PUBLIC_REGISTRATIONS_PER_ADDRESS },
      { key: `public-registrations:event:${eventId}`, limit: this.config.PUBLIC_REGISTRATIONS_PER_EVENT },
    ];
    const transaction = this.redis.multi();
    for (const { key } of counters) transaction.incr(key).expire(key, WINDOW_SECONDS, 'NX');
    const results = (await transaction.exec()) ?? [];
    const counts = counters.map((_, index) => Number(results[index * 2]?.[1] ?? 0));
    if (counts.some((count, index) => count > counters[index].limit)) {
      throw new AppException(ErrorCode.TooManyAttempts, msg('event.tooManyRegistrations'));
    }
  }
}
