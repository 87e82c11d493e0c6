import { once } from 'node:events';
import { readdir } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { Writable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { ExportStalled, Spool, SPOOL_FILE_PREFIX } from './csv-spool';

/** A source of three pieces that the test releases one at a time, telling whether it was closed. */
function gatedSource(padding = 0) {
  const state = { closed: false };
  const gates: (() => void)[] = [];
  let opened = 0;
  async function* pieces(): AsyncGenerator<string> {
    try {
      for (let index = 0; ; index++) {
        await new Promise<void>((resolve) => gates.push(resolve));
        if (index === 3) return;
        yield `piece ${index}${'.'.repeat(padding)}\n`;
      }
    } finally {
      state.closed = true;
    }
  }
  return {
    state,
    pieces: pieces(),
    /** Lets the source produce its next piece (or its end, after three). */
    release: async () => {
      while (gates.length === 0) await new Promise((resolve) => setImmediate(resolve));
      opened++;
      gates.shift()!();
    },
    get released() {
      return opened;
    },
  };
}

function collector() {
  const chunks: Buffer[] = [];
  const sink = new Writable({
    write(chunk: Buffer, _encoding, callback) {
      chunks.push(chunk);
      callback();
    },
  });
  return { sink, text: () => Buffer.concat(chunks).toString() };
}

describe('Spool', () => {
  it('leaves no file behind: it is unlinked as soon as it is opened', async () => {
    const spool = await Spool.create();
    expect((await readdir(tmpdir())).filter((name) => name.startsWith(SPOOL_FILE_PREFIX))).toEqual([]);
    await spool.close();
  });

  it('sends what is written as it is written, and ends when the writer finishes', async () => {
    const spool = await Spool.create();
    const source = gatedSource();
    const filled = spool.fill(source.pieces);
    const { sink, text } = collector();
    const sent = pipeline(spool.reader(60_000), sink);
    await source.release();
    while (text() !== 'piece 0\n') await new Promise((resolve) => setImmediate(resolve));
    await source.release();
    await source.release();
    await source.release();
    await sent;
    await filled;
    expect(text()).toBe('piece 0\npiece 1\npiece 2\n');
    expect(source.state.closed).toBe(true);
  });

  it('ends the reader with the source’s failure after what was written', async () => {
    const spool = await Spool.create();
    const failing = (async function* () {
      yield 'first\n';
      throw new Error('database gone');
    })();
    void spool.fill(failing);
    const { sink, text } = collector();
    await expect(pipeline(spool.reader(60_000), sink)).rejects.toThrow('database gone');
    expect(text()).toBe('first\n');
  });

  it('cuts a reader that takes nothing for the bound, and stops the writer, closing its source', async () => {
    const spool = await Spool.create();
    // A piece larger than the stream's buffer: once it is in, the stream asks for nothing more.
    const source = gatedSource(100_000);
    const filled = spool.fill(source.pieces);
    const reader = spool.reader(50);
    await source.release();
    reader.read(0);
    const [error] = (await once(reader, 'error')) as [Error];
    expect(error).toBeInstanceOf(ExportStalled);
    // The writer notices the close at its next piece, and closes its source.
    await source.release();
    await filled;
    expect(source.state.closed).toBe(true);
    expect(source.released).toBe(2);
  });
});
