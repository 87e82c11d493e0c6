/** How the mailbox reader cuts a folder's messages into batches, and writes their UIDs for IMAP. */

/** At most this many messages are fetched, recorded, then flagged and moved together. */
export const BATCH_MESSAGES = 50;

/** A batch's messages together weigh at most this much (one larger message, within MAIL_MAX_BYTES, is a batch of its own). */
export const BATCH_BYTES = 8 * 1024 * 1024;

/** The messages waiting in a folder, in batches of at most BATCH_MESSAGES and BATCH_BYTES (a message too large for either alone). */
export function batchesOf(sizes: ReadonlyMap<number, number>, maxMessages = BATCH_MESSAGES, maxBytes = BATCH_BYTES): number[][] {
  const batches: number[][] = [];
  let batch: number[] = [];
  let bytes = 0;
  for (const [uid, size] of sizes) {
    if (batch.length > 0 && (batch.length >= maxMessages || bytes + size > maxBytes)) {
      batches.push(batch);
      batch = [];
      bytes = 0;
    }
    batch.push(uid);
    bytes += size;
  }
  if (batch.length > 0) batches.push(batch);
  return batches;
}

/** UIDs as an IMAP sequence set, runs of consecutive UIDs written `first:last` (`3,7:9,12`). */
export function uidSet(uids: readonly number[]): string {
  const sorted = [...uids].sort((a, b) => a - b);
  const runs: string[] = [];
  for (let start = 0; start < sorted.length;) {
    let end = start;
    while (end + 1 < sorted.length && sorted[end + 1] === sorted[end] + 1) end++;
    runs.push(end === start ? String(sorted[start]) : `${sorted[start]}:${sorted[end]}`);
    start = end + 1;
  }
  return runs.join(',');
}
