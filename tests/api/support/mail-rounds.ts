import type { INestApplication } from '@nestjs/common';
import { getQueueToken } from '@nestjs/bullmq';
import type { Queue } from 'bullmq';
import { MAIL_QUEUE, MailJob } from '../../../apps/api/src/mail/jobs';

/**
 * Registers the mailbox round first, its first run an hour away, so that a worker started next finds
 * it and adds none: a round of its own at boot would hold the mailbox's read lock while a test reads
 * it, and that test would read nothing. For suites that drive the rounds themselves.
 */
export async function holdMailRounds(app: INestApplication): Promise<void> {
  const hour = 3_600_000;
  await app
    .get<Queue>(getQueueToken(MAIL_QUEUE))
    .upsertJobScheduler(MailJob.Round, { every: hour, startDate: Date.now() + hour }, { name: MailJob.Round, data: {} });
}
