import { Injectable, Logger } from '@nestjs/common';
import { ImapFlow } from 'imapflow';
import { AppConfig, type MailboxSettings } from '../config/app-config';
import { Database } from '../database/database';
import { InboundService, UnreadableMail } from './inbound.service';
import { batchesOf, uidSet } from './mailbox-batches';
import { MAILBOX_READ_LOCK } from './mail.sql';
import { OutboundService } from './outbound.service';

/** A silent IMAP server is given up on after this; the next round tries again. */
const IMAP_TIMEOUT_MS = 30_000;

export interface MailboxRound {
  read: number;
  opened: number;
  joined: number;
  automated: number;
  duplicates: number;
  errors: number;
}

export function imapClient(mailbox: MailboxSettings): ImapFlow {
  return new ImapFlow({
    host: mailbox.host,
    port: mailbox.port,
    secure: mailbox.secure,
    auth: { user: mailbox.user, pass: mailbox.password },
    logger: false,
    connectionTimeout: IMAP_TIMEOUT_MS,
    greetingTimeout: IMAP_TIMEOUT_MS,
    socketTimeout: IMAP_TIMEOUT_MS,
  });
}

/**
 * Reads every message waiting in a mailbox's folder, in batches: a batch's messages are fetched
 * with one command, each is recorded (InboundService, one transaction each), and only then are the
 * recorded ones marked seen and moved to the processed folder, with one command per folder. A
 * worker that dies in between leaves them in the folder; read again, each is recognised by its key
 * and only moved. A message too large, or that the desk cannot parse, moves to the error folder
 * with a log line. One worker reads a mailbox at a time (a PostgreSQL lock, released if the worker
 * dies): another finds it taken and reads nothing.
 */
@Injectable()
export class MailboxReader {
  private readonly logger = new Logger('Mail');

  constructor(
    private readonly inbound: InboundService,
    private readonly outbound: OutboundService,
    private readonly config: AppConfig,
    private readonly db: Database,
  ) {}

  async read(mailbox: MailboxSettings): Promise<MailboxRound> {
    const round: MailboxRound = { read: 0, opened: 0, joined: 0, automated: 0, duplicates: 0, errors: 0 };
    return this.db.transaction(async (tx) => {
      const lock = await this.db.one<{ locked: boolean }>(MAILBOX_READ_LOCK, [mailbox.name], tx);
      if (lock?.locked) await this.readLocked(mailbox, round);
      return round;
    });
  }

  private async readLocked(mailbox: MailboxSettings, round: MailboxRound): Promise<void> {
    const client = imapClient(mailbox);
    // An error on the socket (the server going away) ends the round through the command that was waiting on it.
    client.on('error', (error: Error) => this.logger.warn(`${mailbox.name}: ${error.message}`));
    await client.connect();
    try {
      for (const folder of [mailbox.processedFolder, mailbox.errorFolder]) await client.mailboxCreate(folder).catch(() => undefined);
      const lock = await client.getMailboxLock(mailbox.folder);
      try {
        const sizes = new Map<number, number>();
        // The list first, then the batches: imapflow cannot run a command while a FETCH is being read.
        for await (const message of client.fetch('1:*', { uid: true, size: true }, { uid: true }))
          sizes.set(message.uid, message.size ?? 0);
        const tooLarge = [...sizes].filter(([, size]) => size > this.config.MAIL_MAX_BYTES);
        for (const [uid, size] of tooLarge) {
          this.logger.error(
            `${mailbox.name}: message UID ${uid} (${size} bytes) is over MAIL_MAX_BYTES: moved to ${mailbox.errorFolder}, not read`,
          );
          sizes.delete(uid);
          round.read++;
          round.errors++;
        }
        await this.move(
          client,
          tooLarge.map(([uid]) => uid),
          mailbox.errorFolder,
        );
        for (const batch of batchesOf(sizes)) await this.readBatch(client, mailbox, batch, round);
      } finally {
        lock.release();
      }
    } finally {
      await client.logout().catch(() => client.close());
    }
  }

  /** One batch: fetched, each message recorded, then the recorded ones moved, even when a later one stopped the round. */
  private async readBatch(client: ImapFlow, mailbox: MailboxSettings, uids: number[], round: MailboxRound): Promise<void> {
    const sources = new Map<number, Buffer | undefined>();
    for await (const message of client.fetch(uidSet(uids), { uid: true, source: true }, { uid: true }))
      sources.set(message.uid, message.source);
    const moves = new Map<string, number[]>([
      [mailbox.processedFolder, []],
      [mailbox.errorFolder, []],
    ]);
    try {
      for (const uid of uids) {
        // Gone since the list (taken by hand meanwhile): nothing to record or move.
        if (!sources.has(uid)) continue;
        round.read++;
        moves.get(await this.process(mailbox, uid, sources.get(uid), round))!.push(uid);
        sources.delete(uid);
      }
    } finally {
      for (const [folder, moved] of moves) await this.move(client, moved, folder);
    }
  }

  /** Marks messages seen and moves them, one command each for all of them. */
  private async move(client: ImapFlow, uids: number[], destination: string): Promise<void> {
    if (uids.length === 0) return;
    const set = uidSet(uids);
    await client.messageFlagsAdd(set, ['\\Seen'], { uid: true });
    await client.messageMove(set, destination, { uid: true });
  }

  /** Records one message; the folder it then moves to. */
  private async process(mailbox: MailboxSettings, uid: number, source: Buffer | undefined, round: MailboxRound): Promise<string> {
    if (!source) return mailbox.errorFolder;
    try {
      const { outcome, acknowledgementId } = await this.inbound.receive(mailbox, source);
      if (acknowledgementId) await this.outbound.enqueue(acknowledgementId);
      if (outcome === 'duplicate') round.duplicates++;
      else if (outcome === 'opened' || outcome === 'joined' || outcome === 'automated') round[outcome]++;
      return mailbox.processedFolder;
    } catch (error) {
      // PostgreSQL away is no fault of the message: the round stops, the message stays, the next round takes it.
      if (!(error instanceof UnreadableMail)) throw error;
      this.logger.error(`${mailbox.name}: message UID ${uid} could not be read (${String(error)}): moved to ${mailbox.errorFolder}`);
      round.errors++;
      return mailbox.errorFolder;
    }
  }
}
