import { InjectQueue, Processor } from '@nestjs/bullmq';
import { Logger } from '@nestjs/common';
import type { Job, Queue } from 'bullmq';
import { DrainingWorkerHost } from '../common/draining-worker-host';
import { AppConfig, loadConfig } from '../config/app-config';
import { MailerService } from '../reminders';
import { MAIL_QUEUE, MailJob, readJobId, type ReadPayload, type SendPayload } from './jobs';
import { MailboxReader, type MailboxRound } from './mailbox-reader';
import { MailboxStatus } from './mailbox-status';
import { OutboundService } from './outbound.service';

const { WORKER_LOCK_MS } = loadConfig();

/**
 * The e-mail channel's worker: the repeating round finds the mailboxes and the answers still
 * queued and enqueues one job each; a read job reads one mailbox (its reachability kept for
 * readiness); a send job sends one e-mail, marked failed after its last attempt. Mailboxes are read one at a time per worker.
 */
@Processor(MAIL_QUEUE, { concurrency: 4, lockDuration: WORKER_LOCK_MS, stalledInterval: WORKER_LOCK_MS })
export class MailProcessor extends DrainingWorkerHost {
  private readonly logger = new Logger('Mail');

  constructor(
    private readonly config: AppConfig,
    private readonly reader: MailboxReader,
    private readonly outbound: OutboundService,
    private readonly status: MailboxStatus,
    private readonly mailer: MailerService,
    @InjectQueue(MAIL_QUEUE) private readonly queue: Queue,
  ) {
    super();
  }

  async process(job: Job): Promise<unknown> {
    switch (job.name) {
      case MailJob.Round:
        return this.round();
      case MailJob.Read:
        return this.read((job.data as ReadPayload).mailbox);
      case MailJob.Send:
        return this.send(job);
      default:
        throw new Error(`unknown mail job ${job.name}`);
    }
  }

  private async round(): Promise<void> {
    for (const mailbox of this.config.MAILBOXES) {
      await this.queue.add(MailJob.Read, { mailbox: mailbox.name } satisfies ReadPayload, { jobId: readJobId(mailbox.name) });
    }
    for (const { id, version } of await this.outbound.queued()) await this.outbound.enqueue(id, version);
  }

  /** One e-mail; refused or unreachable at its last attempt, it is marked failed with the reason, and the job fails. */
  private send(job: Job): Promise<void> {
    // BullMQ counts the attempts made before this one.
    return this.outbound.send((job.data as SendPayload).mailId, this.mailer, job.attemptsMade + 1 >= (job.opts.attempts ?? 1));
  }

  /** One mailbox; unreachable, it is reported down (readiness) and the next round tries again. */
  async read(name: string): Promise<MailboxRound | null> {
    const mailbox = this.config.MAILBOXES.find((candidate) => candidate.name === name);
    if (!mailbox) return null;
    try {
      const round = await this.reader.read(mailbox);
      await this.status.up(name);
      if (round.read > 0) this.logger.log(`${name}: ${JSON.stringify(round)}`);
      return round;
    } catch (error) {
      this.logger.warn(`${name} not read: ${String(error)}`);
      await this.status.down(name, String(error));
      return null;
    }
  }
}
