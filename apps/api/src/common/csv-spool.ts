import { randomUUID } from 'node:crypto';
import { open, unlink, type FileHandle } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Readable } from 'node:stream';

/** Bytes read from the file per piece handed to the socket. */
const READ_SIZE = 64 * 1024;

/** Names the spool files, so that an open one can be recognised (e.g. among a process's descriptors). */
export const SPOOL_FILE_PREFIX = 'resacoop-export-';

export class ExportStalled extends Error {
  constructor(seconds: number) {
    super(`export cut: the client took nothing for ${seconds} s`);
  }
}

/**
 * A temporary file an export is written into at the server's pace, so that PostgreSQL's connection
 * and transaction are held only while the rows are read, never while a client is slow to take
 * them, and read back at the client's pace, from its first bytes on (the reader follows the
 * writer). The file is unlinked as soon as it is opened: nothing is left behind even if the process
 * dies, and its space is freed when the spool closes.
 */
export class Spool {
  private written = 0;
  private finished = false;
  private failure: Error | null = null;
  private closing = false;
  private closed: Promise<void> | null = null;
  private filling: Promise<void> = Promise.resolve();
  private wakeReader: (() => void) | null = null;

  private constructor(private readonly file: FileHandle) {}

  static async create(directory = tmpdir()): Promise<Spool> {
    const path = join(directory, `${SPOOL_FILE_PREFIX}${randomUUID()}.csv`);
    const file = await open(path, 'wx+', 0o600);
    await unlink(path);
    return new Spool(file);
  }

  /**
   * Writes the pieces to the file as fast as the disk takes them; stops early, closing the source,
   * once the spool is closed (the client gone or cut). A failure of the source ends the reader with it.
   */
  fill(pieces: AsyncIterable<string>): Promise<void> {
    this.filling = (async () => {
      try {
        for await (const piece of pieces) {
          if (this.closing) break;
          const { bytesWritten } = await this.file.write(piece, this.written, 'utf8');
          this.written += bytesWritten;
          this.wake();
        }
        this.finished = true;
      } catch (error) {
        this.failure = error instanceof Error ? error : new Error(String(error));
      }
      this.wake();
    })();
    return this.filling;
  }

  /**
   * The file from its start as a stream: what is written so far, then what the writer adds, until
   * it finishes (the end) or fails (the stream errors, which cuts the download rather than letting
   * a truncated file look complete). A client that takes nothing for `stallMs` is cut the same way.
   * The stream's end or destruction closes the spool.
   */
  reader(stallMs: number): Readable {
    let position = 0;
    let stall: NodeJS.Timeout | undefined;
    const readAt = (from: number) => this.readAt(from);
    const close = () => this.close();
    return new Readable({
      read() {
        clearTimeout(stall);
        readAt(position).then(
          (chunk) => {
            if (chunk === null) {
              this.push(null);
              return;
            }
            position += chunk.length;
            // Armed before the push: a reader that wants more asks at once (read() disarms it).
            stall = setTimeout(() => this.destroy(new ExportStalled(stallMs / 1000)), stallMs).unref();
            this.push(chunk);
          },
          (error: Error) => this.destroy(error),
        );
      },
      destroy(error, callback) {
        clearTimeout(stall);
        // The file closes once the writer has stopped; the client need not wait for that.
        close().catch(() => undefined);
        callback(error);
      },
    });
  }

  /** Stops the writer (at its next piece) and closes the file; resolves once it is closed. */
  close(): Promise<void> {
    this.closed ??= (async () => {
      this.closing = true;
      await this.filling;
      await this.file.close();
    })();
    return this.closed;
  }

  private wake(): void {
    const wake = this.wakeReader;
    this.wakeReader = null;
    wake?.();
  }

  /** The next bytes from `position`, waiting for the writer if the reader caught up; null at the end. */
  private async readAt(position: number): Promise<Buffer | null> {
    for (;;) {
      if (position < this.written) {
        const length = Math.min(READ_SIZE, this.written - position);
        const { bytesRead, buffer } = await this.file.read(Buffer.allocUnsafe(length), 0, length, position);
        return buffer.subarray(0, bytesRead);
      }
      if (this.failure) throw this.failure;
      if (this.finished) return null;
      await new Promise<void>((resolve) => (this.wakeReader = resolve));
    }
  }
}
