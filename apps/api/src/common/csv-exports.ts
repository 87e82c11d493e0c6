import { Global, Injectable, Module } from '@nestjs/common';
import type { FastifyReply } from 'fastify';
import type { AuthUser } from './auth-user';
import { AppConfig } from '../config/app-config';
import { POOL_SIZE } from '../database/data-source';
import { Unauthenticated } from './app-exception';
import { csvPieces, readAhead, type CsvColumn } from './csv-export';
import { Spool } from './csv-spool';
import { ExportSlots, Turns } from './export-slots';

/**
 * Exports reading from PostgreSQL at once: each holds a connection and a transaction while it
 * reads, so they may take a fifth of the pool and leave the rest to everyone else. The others
 * wait their turn (in flight already, so within the caps).
 */
const EXPORTS_READING_AT_ONCE = Math.max(1, Math.floor(POOL_SIZE / 5));

/**
 * CSV downloads of whole lists. The rows are read from PostgreSQL at the server's pace into a
 * spool file (a transaction never waits on a client's socket), and sent from it at the client's
 * pace from the first rows on; a client that takes nothing for EXPORT_STALL_SECONDS is cut.
 * Exports in flight are capped per user and in all (EXPORTS_PER_USER, EXPORTS_IN_ALL).
 */
@Injectable()
export class CsvExports {
  private readonly slots: ExportSlots;
  private readonly readingTurns = new Turns(EXPORTS_READING_AT_ONCE);
  private readonly stallMs: number;

  constructor(config: AppConfig) {
    this.slots = new ExportSlots({ perUser: config.EXPORTS_PER_USER, inAll: config.EXPORTS_IN_ALL });
    this.stallMs = config.EXPORT_STALL_SECONDS * 1000;
  }

  /**
   * Sends the rows as a CSV download in the user's language's format (BOM, separator, header line, formula-safe
   * cells: see csvPieces), and
   * resolves once it is under way. A failure before the first rows is thrown (answered as JSON);
   * one after them cuts the download.
   */
  async send<T>(reply: FastifyReply, fileName: string, columns: CsvColumn<T>[], batches: AsyncIterable<readonly T[]>): Promise<void> {
    const user = (reply.request as { user?: AuthUser | null }).user;
    if (!user) throw new Unauthenticated();
    const releaseSlot = this.slots.take(user.id);
    reply.raw.once('close', releaseSlot);
    let releaseTurn = (): void => undefined;
    let spool: Spool | null = null;
    try {
      releaseTurn = await this.readingTurns.take();
      const pieces = await readAhead(csvPieces(columns, batches, user.locale));
      spool = await Spool.create().catch(async (error: unknown) => {
        await pieces.return();
        throw error;
      });
      void spool.fill(pieces).finally(releaseTurn);
      await reply
        .header('Content-Type', 'text/csv; charset=utf-8')
        .header('Content-Disposition', `attachment; filename="${fileName}"`)
        .send(spool.reader(this.stallMs));
    } catch (error) {
      releaseTurn();
      releaseSlot();
      await spool?.close();
      throw error;
    }
  }
}

/** One CsvExports per process, for every feature's export. */
@Global()
@Module({ providers: [CsvExports], exports: [CsvExports] })
export class CsvExportsModule {}
