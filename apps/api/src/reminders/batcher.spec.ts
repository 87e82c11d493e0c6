import { batcher as makeBatcher } from './batcher';

describe('batcher', () => {
  it('answers the calls of one turn of the event loop with one run, each with its own value', async () => {
    const runs: number[][] = [];
    const batcher = makeBatcher(async (keys: number[]) => {
      runs.push(keys);
      return keys.map((key) => key * 10);
    });
    const first = await Promise.all([batcher.load(1), batcher.load(2), batcher.load(3)]);
    expect(first).toEqual([10, 20, 30]);
    expect(await batcher.load(4)).toBe(40);
    expect(runs).toEqual([[1, 2, 3], [4]]);
  });

  it('closes a batch at setImmediate: a call made by a callback already queued for this turn joins it', async () => {
    const runs: number[][] = [];
    const batcher = makeBatcher(async (keys: number[]) => {
      runs.push(keys);
      return keys;
    });
    const fromCallback = new Promise((resolve) => setImmediate(() => resolve(batcher.load(2))));
    expect(await Promise.all([batcher.load(1), fromCallback])).toEqual([1, 2]);
    expect(runs).toEqual([[1, 2]]);
  });

  it('keeps nothing between calls: the same key is run again, in the same batch or the next', async () => {
    const runs: number[][] = [];
    const batcher = makeBatcher(async (keys: number[]) => {
      runs.push(keys);
      return keys.map((key) => key * runs.length);
    });
    expect(await Promise.all([batcher.load(1), batcher.load(1)])).toEqual([1, 1]);
    expect(await batcher.load(1)).toBe(2);
    expect(runs).toEqual([[1, 1], [1]]);
  });

  it('runs at once when a batch is full', async () => {
    const runs: string[][] = [];
    const batcher = makeBatcher(async (keys: string[]) => {
      runs.push(keys);
      return keys;
    }, 2);
    expect(await Promise.all(['a', 'b', 'c'].map((key) => batcher.load(key)))).toEqual(['a', 'b', 'c']);
    expect(runs).toEqual([['a', 'b'], ['c']]);
  });

  it('fails every call of a batch whose run fails, and the next batch runs again', async () => {
    let fail = true;
    const batcher = makeBatcher(async (keys: number[]) => {
      if (fail) throw new Error('connection lost');
      return keys;
    });
    const results = await Promise.allSettled([batcher.load(1), batcher.load(2)]);
    expect(results.map((result) => result.status)).toEqual(['rejected', 'rejected']);
    fail = false;
    expect(await batcher.load(3)).toBe(3);
  });

  it('refuses an answer that does not match the keys', async () => {
    const batcher = makeBatcher(async () => [1]);
    await expect(Promise.all([batcher.load(1), batcher.load(2)])).rejects.toThrow(/same length as the Array of keys/);
  });
});
