import { Injectable } from '@nestjs/common';
import type Redis from 'ioredis';
import { InjectRedis } from '../common/redis.module';
import { AppConfig } from '../config/app-config';

const KEY = 'mail:mailboxes';

export interface MailboxState {
  /** `up`: read at `at`; `down`: not reachable since `since`, with the error. */
  status: 'up' | 'down';
  at: string;
  since?: string;
  error?: string;
}

/**
 * What the worker last knew of each mailbox, in Redis (shared by every worker and the API), for
 * readiness: a mailbox the worker cannot reach says so there, with the error and since when.
 */
@Injectable()
export class MailboxStatus {
  constructor(
    @InjectRedis() private readonly redis: Redis,
    private readonly config: AppConfig,
  ) {}

  async up(mailbox: string, at = new Date()): Promise<void> {
    await this.redis.hset(KEY, mailbox, JSON.stringify({ status: 'up', at: at.toISOString() } satisfies MailboxState));
  }

  async down(mailbox: string, error: string, at = new Date()): Promise<void> {
    const previous = await this.get(mailbox);
    const since = previous?.status === 'down' ? previous.since : at.toISOString();
    await this.redis.hset(KEY, mailbox, JSON.stringify({ status: 'down', at: at.toISOString(), since, error } satisfies MailboxState));
  }

  async get(mailbox: string): Promise<MailboxState | null> {
    const text = await this.redis.hget(KEY, mailbox);
    return text ? (JSON.parse(text) as MailboxState) : null;
  }

  /** Each configured mailbox with its state (null: not read yet), in one round trip. */
  async configured(): Promise<{ name: string; state: MailboxState | null }[]> {
    const names = this.config.MAILBOXES.map(({ name }) => name);
    if (names.length === 0) return [];
    const texts = await this.redis.hmget(KEY, ...names);
    return names.map((name, index) => ({ name, state: texts[index] ? (JSON.parse(texts[index]) as MailboxState) : null }));
  }
}
