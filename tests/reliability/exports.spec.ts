import type { INestApplication } from '@nestjs/common';
import { request as httpRequest, type ClientRequest, type IncomingMessage } from 'node:http';
import type { AddressInfo } from 'node:net';
import { readdir, readlink } from 'node:fs/promises';
import { client, database, DEMO_PASSWORD, loginAs, startApp, unique, USERS, type Who } from '../api/support/app';
import { SPOOL_FILE_PREFIX } from '../../apps/api/src/common/csv-spool';
import { startIsolatedApp } from './support/environment';

// Twenty exports of 200,000 rows spooled, two read whole, on a loaded 2-core machine: minutes.
jest.setTimeout(1_200_000);

const ROWS = Number(process.env.EXPORT_TEST_ROWS ?? 200_000);
const READERS = 20;
/** Exports each of the two exporting users may have in flight: together, the server's cap. */
const PER_USER = READERS / 2;

/** What a reader received: the start and end of the text, and its lines, without keeping it. */
interface Download {
  status: number;
  bytes: number;
  lines: number;
  head: string;
  tail: string;
  /** Whether the answer ended as HTTP says it should (its last chunk), rather than being cut. */
  complete: boolean;
}

/**
 * A raw HTTP download of an export on a socket of its own, that takes the first bytes and then
 * stops reading: its socket's buffers fill and the server can send nothing more until it resumes.
 */
class PausedReader {
  /** Every reader opened, so that a failing test leaves no connection that would keep the app from closing. */
  static readonly opened = new Set<PausedReader>();
  private request: ClientRequest | null = null;
  private response: IncomingMessage | null = null;
  private readonly download: Download = { status: 0, bytes: 0, lines: 0, head: '', tail: '', complete: false };
  private finished!: Promise<Download>;

  constructor(
    private readonly port: number,
    private readonly cookie: string,
    private readonly path: string,
  ) {}

  /** Resolves with the status once the first bytes arrived (then paused), or with the whole answer if it is not a 200. */
  open(): Promise<number> {
    return new Promise((opened, failed) => {
      const request = httpRequest({ host: '127.0.0.1', port: this.port, path: this.path, agent: false, headers: { Cookie: this.cookie } });
      this.request = request;
      PausedReader.opened.add(this);
      request.on('error', failed);
      request.on('response', (response) => {
        this.response = response;
        this.download.status = response.statusCode ?? 0;
        this.finished = new Promise((resolve) => {
          response.on('end', () => resolve({ ...this.download, complete: true }));
          response.on('close', () => resolve(this.download));
        });
        // A cut answer errors (aborted) before it closes: what it received is what the test looks at.
        response.on('error', () => undefined);
        response.on('data', (chunk: Buffer) => this.take(chunk));
        if (response.statusCode !== 200) {
          void this.finished.then(() => opened(this.download.status));
          return;
        }
        response.once('data', () => {
          response.pause();
          opened(this.download.status);
        });
      });
      request.end();
    });
  }

  private take(chunk: Buffer): void {
    const text = chunk.toString('latin1');
    this.download.bytes += chunk.length;
    for (let at = text.indexOf('\n'); at !== -1; at = text.indexOf('\n', at + 1)) this.download.lines++;
    if (this.download.head.length < 1000) this.download.head += chunk.toString('utf8');
    this.download.tail = (this.download.tail + text).slice(-1000);
  }

  /** The answer as received so far, the body read as it arrived. */
  get received(): Download {
    return this.download;
  }

  /** Reads the rest; resolves once the answer ended or was cut. */
  resume(): Promise<Download> {
    this.response!.resume();
    return this.finished;
  }

  /** Hangs up. */
  close(): void {
    this.request?.destroy();
    PausedReader.opened.delete(this);
  }

  /** Resolves once an answer that is not a 200 was read, or the answer was cut. */
  ended(): Promise<Download> {
    return this.finished;
  }
}

function portOf(app: INestApplication): number {
  return (app.getHttpServer().address() as AddressInfo).port;
}

async function sessionCookie(app: INestApplication, who: Who): Promise<string> {
  const response = await client(app).post('/api/auth/login').send({ email: USERS[who], password: DEMO_PASSWORD }).expect(200);
  return ([] as string[])
    .concat(response.headers['set-cookie'] ?? [])
    .map((cookie) => cookie.split(';')[0])
    .join('; ');
}

/** This process's open descriptors on a spool file (the app runs in the test's process). */
async function openSpoolFiles(): Promise<number> {
  const targets = await Promise.all((await readdir('/proc/self/fd')).map((fd) => readlink(`/proc/self/fd/${fd}`).catch(() => '')));
  return targets.filter((target) => target.includes(SPOOL_FILE_PREFIX)).length;
}

/**
 * Slow and stalled export readers: twenty downloads of 200,000 rows that take their first bytes
 * and then stop reading must not hold PostgreSQL. Meanwhile the other users' requests are
 * answered and readiness says PostgreSQL is there; no connection waits in a transaction on a
 * client; readers that resume get the whole CSV; exports beyond the caps are refused with a
 * clear message; a reader stalled past the bound is cut and its spool file freed.
 */
describe('exports and slow readers', () => {
  let world: Awaited<ReturnType<typeof startIsolatedApp>>;
  let app: INestApplication;
  const tag = unique('Lecteur lent ');
  const path = `/api/organisations/export.csv?filter=${encodeURIComponent(JSON.stringify({ q: tag }))}&sort=${encodeURIComponent('["name","DESC"]')}`;

  beforeAll(async () => {
    world = await startIsolatedApp('exports', {
      EXPORTS_PER_USER: String(PER_USER),
      EXPORTS_IN_ALL: String(READERS),
      EXPORT_STALL_SECONDS: '600',
    });
    app = world.app;
    await app.listen(0, '127.0.0.1');
    // A single statement that may outlast the pool's statement timeout on a loaded machine.
    await database(app).transaction(async (tx) => {
      await tx.query('SET LOCAL statement_timeout = 0');
      await tx.query(
        `INSERT INTO organisations (name, type, version) SELECT $1 || lpad(n::text, 6, '0'), 'company', 1 FROM generate_series(1, $2::int) AS n`,
        [tag, ROWS],
      );
    });
    await database(app).query('ANALYZE organisations');
  });

  afterAll(async () => {
    PausedReader.opened.forEach((reader) => reader.close());
    await world?.stop();
  });

  /** The app's connections: in a transaction, and idle in one for more than 5 s (waiting on someone: between two batches an export is idle for milliseconds). */
  async function connections(): Promise<{ inTransaction: number; idleInTransaction: number }> {
    const [row] = await database(app).query(
      `SELECT count(*) FILTER (WHERE xact_start IS NOT NULL)::int AS "inTransaction",
              count(*) FILTER (WHERE state = 'idle in transaction' AND now() - state_change > interval '5 seconds')::int AS "idleInTransaction"
         FROM pg_stat_activity
        WHERE datname = current_database() AND application_name = 'resacoop' AND pid <> pg_backend_pid()`,
    );
    return row;
  }

  it('keeps PostgreSQL for everyone while readers pause, caps exports, and sends the whole CSV to a reader that resumes', async () => {
    const port = portOf(app);
    const cookies = { admin: await sessionCookie(app, 'admin'), staff: await sessionCookie(app, 'staff') };
    const readers = [
      ...Array.from({ length: PER_USER }, () => new PausedReader(port, cookies.admin, path)),
      ...Array.from({ length: PER_USER }, () => new PausedReader(port, cookies.staff, path)),
    ];
    const opening = Promise.all(readers.map((reader) => reader.open()));

    // Another user works meanwhile: lists, a record, a write, and readiness, while the exports are
    // read from PostgreSQL and once every reader is paused.
    const other = await loginAs(app, 'staffClermont');
    const statuses: number[] = [];
    const readiness: number[] = [];
    const work = async (rounds: number) => {
      for (let round = 0; round < rounds; round++) {
        const list = await other.get('/api/organisations?range=[0,24]&sort=["name","ASC"]');
        statuses.push(list.status);
        if (list.status === 200) statuses.push((await other.get(`/api/organisations/${list.body[0].id}`)).status);
        statuses.push(
          (await other.post('/api/organisations').send({ name: `Écrite pendant les exports ${statuses.length}`, type: 'association' }))
            .status,
        );
        statuses.push((await other.get('/api/requests?range=[0,9]')).status);
        readiness.push((await client(app).get('/api/health/ready')).status);
      }
    };
    await work(5);
    expect(statuses.filter((status) => status !== 200 && status !== 201)).toEqual([]);
    expect(await opening).toEqual(readers.map(() => 200));

    // Every reader took only the start of its export (tens of MB): the rest waits on the server.
    expect(readers.filter((reader) => reader.received.bytes > 1024 * 1024)).toEqual([]);

    // Beyond the caps: a user's own (429), then the server's (503), each saying why.
    const ownCap = new PausedReader(port, cookies.admin, path);
    expect(await ownCap.open()).toBe(429);
    expect(JSON.parse((await ownCap.ended()).head).message).toMatch(/Vous avez déjà 10 exports en cours/);
    const serverCap = new PausedReader(port, await sessionCookie(app, 'staffClermont'), path);
    expect(await serverCap.open()).toBe(503);
    expect(JSON.parse((await serverCap.ended()).head).message).toMatch(/Trop d’exports sont en cours/);

    await work(5);
    const answered = statuses.filter((status) => status === 200 || status === 201).length;
    const readinessSeen = [...new Set(readiness)].join('/');
    console.log(`exports: paused readers ${readers.length}, other requests answered ${answered}, readiness ${readinessSeen}`);
    expect(statuses.filter((status) => status !== 200 && status !== 201)).toEqual([]);
    expect(readinessSeen).toBe('200');

    // No connection of the app waits in a transaction on a client; at most the exports' readers are in one.
    const held = await connections();
    expect(held.idleInTransaction).toBe(0);
    expect(held.inTransaction).toBeLessThanOrEqual(2);

    // One reader of each user resumes and gets the whole CSV; the others hang up, which frees their exports.
    const resumed = [readers[0], readers[PER_USER]];
    const hungUp = readers.filter((reader) => !resumed.includes(reader));
    hungUp.forEach((reader) => reader.close());
    const downloads = await Promise.all(resumed.map((reader) => reader.resume()));
    console.log(`exports: each reader resumed received ${(downloads[0].bytes / 1024 / 1024).toFixed(0)} MB`);
    for (const download of downloads) {
      expect(download.complete).toBe(true);
      expect(download.head.startsWith('\uFEFFid;name;')).toBe(true);
      expect(download.lines).toBe(1 + ROWS);
      const lines = download.head.split('\n');
      expect(lines[1].split(';')[1]).toBe(`${tag}${String(ROWS).padStart(6, '0')}`);
      const last = download.tail.trimEnd().split('\n').at(-1)!;
      expect(last.split(';')[1]).toBe(`${tag}000001`);
    }
    while ((await openSpoolFiles()) > 0) await new Promise((resolve) => setTimeout(resolve, 100));
    expect(await connections()).toEqual({ inTransaction: 0, idleInTransaction: 0 });
    // Their slots are free again.
    await loginAs(app, 'admin').then((admin) => admin.get(`/api/organisations/export.csv?filter={"id":[1]}`).expect(200));
  });

  it('bounds every pool connection’s statements and idle transactions, whatever path leaves one open', async () => {
    const runner = database(app).createQueryRunner();
    try {
      const [[statement], [idle]] = await Promise.all([
        runner.query('SHOW statement_timeout'),
        runner.query('SHOW idle_in_transaction_session_timeout'),
      ]);
      expect({ statement, idle }).toEqual({
        statement: { statement_timeout: '30s' },
        idle: { idle_in_transaction_session_timeout: '1min' },
      });
    } finally {
      await runner.release();
    }
  });

  it('cuts a reader stalled past the bound and frees its spool file', async () => {
    const impatient = await startApp({ EXPORT_STALL_SECONDS: '1' });
    try {
      await impatient.listen(0, '127.0.0.1');
      const reader = new PausedReader(portOf(impatient), await sessionCookie(impatient, 'admin'), path);
      expect(await reader.open()).toBe(200);
      // The server cuts the stalled download and closes its spool file; the client, paused, can only
      // notice once it reads on: it gets what the sockets held, then an end that HTTP says is cut.
      while ((await openSpoolFiles()) > 0) await new Promise((resolve) => setTimeout(resolve, 100));
      expect(await connections()).toEqual({ inTransaction: 0, idleInTransaction: 0 });
      const cut = await reader.resume();
      expect(cut.complete).toBe(false);
      expect(cut.lines).toBeLessThan(1 + ROWS);
    } finally {
      await impatient.close();
    }
  });
});
