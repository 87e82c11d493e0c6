import type { Locale } from '@resacoop/domain';
import { stringify } from 'csv-stringify';
import { Writable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { CSV_ROWS_PER_WRITE, csvStream, fieldColumns, type CsvColumn } from './csv-export';

/**
 * A client reading the export: it receives what is sent and, while `paused`, takes nothing more
 * (its buffer of one byte stays full), as a slow download does.
 */
class SlowClient extends Writable {
  readonly chunks: string[] = [];
  paused = false;
  private pending: (() => void) | null = null;

  constructor() {
    super({ highWaterMark: 1 });
  }

  override _write(chunk: string | Buffer, _encoding: BufferEncoding, callback: () => void): void {
    this.chunks.push(chunk.toString());
    if (this.paused) this.pending = callback;
    else setImmediate(callback);
  }

  resume(): void {
    this.paused = false;
    const pending = this.pending;
    this.pending = null;
    pending?.();
  }

  get text(): string {
    return this.chunks.join('');
  }
}

/** The export of `batches` piped to `client`, as the HTTP server pipes it to the socket; resolves or rejects when the pipe ends. */
async function download<T>(
  client: SlowClient,
  columns: CsvColumn<T>[],
  batches: AsyncIterable<readonly T[]> | Iterable<readonly T[]>,
  locale: Locale = 'en',
): Promise<void> {
  await pipeline(await csvStream(columns, batches, locale), client);
}

interface Row {
  id: number;
  name: string | null;
}

/** `count` batches of `size` rows, counting how many the export asked for and whether it closed the source. */
function source(count: number, size: number) {
  const state = { pulled: 0, closed: false };
  async function* batches(): AsyncGenerator<Row[]> {
    try {
      for (let batch = 0; batch < count; batch++) {
        state.pulled++;
        yield Array.from({ length: size }, (_, index) => ({
          id: batch * size + index + 1,
          name: `Organisation ${batch * size + index + 1}`,
        }));
      }
    } finally {
      state.closed = true;
    }
  }
  return { state, batches: batches() };
}

const settle = () => new Promise((resolve) => setTimeout(resolve, 20));

/** What csv-stringify's own stream writes for these headers and records (the format the export always had). */
function reference(headers: string[], records: string[][]): Promise<string> {
  return new Promise((resolve, reject) => {
    const csv = stringify({ header: true, columns: headers, bom: true });
    let text = '';
    csv.on('data', (chunk: Buffer) => (text += chunk.toString()));
    csv.on('end', () => resolve(text));
    csv.on('error', reject);
    for (const record of records) csv.write(record);
    csv.end();
  });
}

describe('csvStream', () => {
  it('writes a BOM, the header line and the rows, quoted and escaped as csv-stringify does, formulas neutralised', async () => {
    const client = new SlowClient();
    const rows = [
      { name: 'Solidarité Lyon, "Nord"', note: 'line one\nline two', when: new Date('2024-03-01T08:30:00.000Z'), tags: ['a', 'b'] },
      { name: '=HYPERLINK("x")', note: '', when: null, tags: [] },
      { name: '-12', note: 'carriage\rreturn', when: undefined, tags: ['+1'] },
    ];
    await download(client, fieldColumns<(typeof rows)[number]>(['name', 'note', 'when', 'tags']), [rows]);
    expect(client.text).toBe(
      await reference(
        ['name', 'note', 'when', 'tags'],
        [
          ['Solidarité Lyon, "Nord"', 'line one\nline two', '2024-03-01T08:30:00.000Z', 'a, b'],
          [`'=HYPERLINK("x")`, '', '', ''],
          [`'-12`, 'carriage\rreturn', '', `'+1`],
        ],
      ),
    );
    expect(client.text.startsWith('\ufeffname,note,when,tags\n"Solidarité Lyon, ""Nord""","line one\nline two"')).toBe(true);
  });

  it('separates cells with ; for a French reader, quoting a cell that holds one: a French spreadsheet starts no formula', async () => {
    const client = new SlowClient();
    const rows = [{ name: 'Asso;=1+1;', note: 'Lyon, Nord', when: null, tags: ['a', 'b'] }];
    await download(client, fieldColumns<(typeof rows)[number]>(['name', 'note', 'when', 'tags']), [rows], 'fr');
    expect(client.text).toBe('\ufeffname;note;when;tags\n"Asso;=1+1;";Lyon, Nord;;a, b\n');
  });

  it('writes the header line alone when there are no rows', async () => {
    const client = new SlowClient();
    await download(client, fieldColumns<Row>(['id', 'name']), []);
    expect(client.text).toBe('\ufeffid,name\n');
  });

  it('waits for the client to drain before turning more rows into text or reading the next batch', async () => {
    const client = new SlowClient();
    client.paused = true;
    const { state, batches } = source(5, 1000);
    const done = download(client, fieldColumns<Row>(['id', 'name']), batches);

    await settle();
    // One write of a hundred rows, then nothing until the client takes it.
    expect(client.chunks).toHaveLength(1);
    expect(state.pulled).toBe(1);
    expect(client.text.split('\n')).toHaveLength(1 + CSV_ROWS_PER_WRITE + 1);

    client.resume();
    await done;
    const lines = client.text.split('\n');
    expect(lines).toHaveLength(1 + 5000 + 1);
    expect(lines[5000]).toBe('5000,Organisation 5000');
    expect(client.chunks).toHaveLength((5 * 1000) / CSV_ROWS_PER_WRITE);
    expect(state).toEqual({ pulled: 5, closed: true });
  });

  it('stops reading and closes the source when the client goes away', async () => {
    const client = new SlowClient();
    client.paused = true;
    const { state, batches } = source(5, 1000);
    const done = download(client, fieldColumns<Row>(['id', 'name']), batches);
    await settle();
    client.destroy();
    await expect(done).rejects.toThrow(/premature close/i);
    expect(state).toEqual({ pulled: 1, closed: true });
  });

  it('throws a failure before the first bytes, and cuts the download after them', async () => {
    const failing: AsyncIterable<Row[]> = {
      [Symbol.asyncIterator]: () => ({ next: () => Promise.reject(new Error('database gone')) }),
    };
    await expect(csvStream(fieldColumns<Row>(['id']), failing, 'en')).rejects.toThrow('database gone');

    const late = new SlowClient();
    const failingLater = async function* (): AsyncGenerator<Row[]> {
      yield [{ id: 1, name: 'a' }];
      throw new Error('database gone');
    };
    await expect(download(late, fieldColumns<Row>(['id']), failingLater())).rejects.toThrow('database gone');
    expect(late.destroyed).toBe(true);
    expect(late.text).toBe('\ufeffid\n1\n');
  });
});
