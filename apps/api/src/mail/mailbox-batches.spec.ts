import { batchesOf, uidSet } from './mailbox-batches';

describe('the mailbox reader batches', () => {
  const sizes = (entries: [number, number][]) => new Map(entries);

  it('cuts the messages in batches of at most so many, in the order listed', () => {
    const waiting = sizes(Array.from({ length: 7 }, (_, index) => [index + 1, 100] as [number, number]));
    expect(batchesOf(waiting, 3, 10_000)).toEqual([[1, 2, 3], [4, 5, 6], [7]]);
  });

  it('closes a batch before it would weigh more than the limit; a message heavier than it is a batch of its own', () => {
    const waiting = sizes([
      [1, 400],
      [2, 500],
      [3, 200],
      [4, 5_000],
      [5, 100],
    ]);
    expect(batchesOf(waiting, 50, 1_000)).toEqual([[1, 2], [3], [4], [5]]);
  });

  it('has no batch for an empty folder', () => {
    expect(batchesOf(new Map(), 50, 1_000)).toEqual([]);
  });

  it('writes UIDs as an IMAP set, consecutive ones as ranges, whatever their order', () => {
    expect(uidSet([12, 3, 7, 8, 9])).toBe('3,7:9,12');
    expect(uidSet([5])).toBe('5');
    expect(uidSet([1, 2])).toBe('1:2');
  });
});
