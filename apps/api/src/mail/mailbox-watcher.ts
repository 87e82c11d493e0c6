import { InjectQueue } from '@nestjs/bullmq';
import { Injectable, Logger, type OnApplicationBootstrap, type OnModuleDestroy } from '@nestjs/common';
import type { Queue } from 'bullmq';
import type { ImapFlow } from 'imapflow';
import { AppConfig, type MailboxSettings } from '../config/app-config';
import { MAIL_QUEUE, MailJob, readJobId, type ReadPayload } from './jobs';
import { imapClient } from './mailbox-reader';

/** After a watching connection drops, the next attempt waits this long (the round still reads meanwhile). */
const RECONNECT_MS = 30_000;

/**
 * Keeps one connection per mailbox open on its folder; imapflow idles on it (IMAP IDLE) when the
 * server has it, and a new message there enqueues that mailbox's read job at once instead of at the
 * next round. Without IDLE, or while the connection is down, the round alone reads the mailbox.
 */
@Injectable()
export class MailboxWatcher implements OnApplicationBootstrap, OnModuleDestroy {
  private readonly logger = new Logger('Mail');
  private readonly clients = new Map<string, ImapFlow>();
  private readonly retries = new Set<NodeJS.Timeout>();
  private stopping = false;

  constructor(
    private readonly config: AppConfig,
    @InjectQueue(MAIL_QUEUE) private readonly queue: Queue,
  ) {}

  onApplicationBootstrap(): void {
    if (!this.config.MAIL_IDLE) return;
    for (const mailbox of this.config.MAILBOXES) void this.watch(mailbox);
  }

  async onModuleDestroy(): Promise<void> {
    this.stopping = true;
    for (const timer of this.retries) clearTimeout(timer);
    await Promise.all([...this.clients.values()].map((client) => client.logout().catch(() => client.close())));
  }

  private async watch(mailbox: MailboxSettings): Promise<void> {
    const client = imapClient(mailbox);
    client.on('error', (error: Error) => this.logger.warn(`${mailbox.name} (watch): ${error.message}`));
    client.on('exists', ({ count, prevCount }: { count: number; prevCount: number }) => {
      if (count > prevCount) void this.enqueueRead(mailbox);
    });
    client.on('close', () => {
      this.clients.delete(mailbox.name);
      this.retryLater(mailbox);
    });
    try {
      await client.connect();
      this.clients.set(mailbox.name, client);
      const opened = await client.mailboxOpen(mailbox.folder);
      // What arrived before the watch began is read now rather than at the next round.
      if (opened.exists > 0) await this.enqueueRead(mailbox);
    } catch (error) {
      this.logger.warn(`${mailbox.name} not watched (read by the round only): ${String(error)}`);
      client.close();
    }
  }

  private retryLater(mailbox: MailboxSettings): void {
    if (this.stopping) return;
    const timer = setTimeout(() => {
      this.retries.delete(timer);
      void this.watch(mailbox);
    }, RECONNECT_MS);
    timer.unref();
    this.retries.add(timer);
  }

  private async enqueueRead(mailbox: MailboxSettings): Promise<void> {
    await this.queue
      .add(MailJob.Read, { mailbox: mailbox.name } satisfies ReadPayload, { jobId: readJobId(mailbox.name) })
      .catch((error: unknown) => this.logger.warn(`${mailbox.name}: read not enqueued (the round will): ${String(error)}`));
  }
}
