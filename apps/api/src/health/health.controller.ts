import { msg } from '@resacoop/domain';
import { Controller, Get, HttpCode } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import type Redis from 'ioredis';
import { Public } from '../common/auth.decorators';
import { ServiceUnavailable } from '../common/app-exception';
import { InjectRedis } from '../common/redis.module';
import { AppConfig } from '../config/app-config';
import { Database } from '../database/database';
import { ApiAnswer } from '../http/api-answers';
import { MailboxStatus } from '../mail';
import { ALIVE_ANSWER, READY_ANSWER } from './health.answers';
import { PING } from './health.sql';

const CHECK_TIMEOUT_MS = 2000;

function within<T>(work: Promise<T>): Promise<T> {
  return Promise.race([work, new Promise<T>((_, reject) => setTimeout(() => reject(new Error('timeout')), CHECK_TIMEOUT_MS).unref())]);
}

async function check(probe: () => Promise<unknown>): Promise<'up' | 'down'> {
  try {
    await within(probe());
    return 'up';
  } catch {
    return 'down';
  }
}

@ApiTags('health')
@Public()
@Controller('health')
export class HealthController {
  constructor(
    private readonly db: Database,
    @InjectRedis() private readonly redis: Redis,
    private readonly config: AppConfig,
    private readonly mailboxStatus: MailboxStatus,
  ) {}

  /** The process answers. */
  @Get()
  @ApiAnswer(ALIVE_ANSWER)
  alive(): { status: 'ok' } {
    return { status: 'ok' };
  }

  /** PostgreSQL and Redis both answer: this instance can take traffic. */
  @Get('ready')
  @HttpCode(200)
  @ApiAnswer(READY_ANSWER)
  async ready(): Promise<{ status: 'ok'; postgres: 'up'; redis: 'up'; smtp: string; mailboxes: Record<string, string> }> {
    const [postgres, redis] = await Promise.all([check(() => this.db.rows(PING)), check(() => this.redis.ping())]);
    if (postgres === 'down' || redis === 'down') {
      throw new ServiceUnavailable(msg('error.notReady', { postgres, redis }));
    }
    // Without SMTP the reminders still reach the app's bell; their e-mails are only logged.
    return {
      status: 'ok',
      postgres,
      redis,
      smtp: this.config.SMTP_URL ? 'configured' : 'not configured: e-mails are logged, not sent',
      mailboxes: await this.mailboxes(),
    };
  }

  /** An unreachable mailbox does not stop this instance taking traffic: it is said here, and its mail waits on the server. */
  private async mailboxes(): Promise<Record<string, string>> {
    const mailboxes = await this.mailboxStatus.configured();
    return Object.fromEntries(
      mailboxes.map(({ name, state }) => [
        name,
        !state ? 'not read yet' : state.status === 'up' ? 'up' : `down since ${state.since}: ${state.error}`,
      ]),
    );
  }
}
