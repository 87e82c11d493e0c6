import type { EntityManager } from 'typeorm';

/**
 * Hands out the next reference of a year, e.g. DI-2024-0042, inside the caller's transaction.
 * The counter row stays locked until that transaction ends, so concurrent creations queue up:
 * no duplicate, and no gap, since a rolled-back creation rolls its number back too.
 */
export async function nextReference(tx: EntityManager, prefix: 'DI' | 'AC', year: number): Promise<string> {
  const [{ last }]: { last: number }[] = await tx.query(
    `INSERT INTO reference_counters (prefix, year, last) VALUES ($1, $2, 1)
     ON CONFLICT (prefix, year) DO UPDATE SET last = reference_counters.last + 1
     RETURNING last`,
    [prefix, year],
  );
  return `${prefix}-${year}-${String(last).padStart(4, '0')}`;
}
