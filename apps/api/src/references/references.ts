import type { Database, Transaction } from '../database/database';
import { NEXT_REFERENCE_NUMBER } from './references.sql';

/**
 * Hands out the next reference of a year, e.g. DI-2024-0042, inside the caller's transaction.
 * The counter row stays locked until that transaction ends, so concurrent creations queue up:
 * no duplicate, and no gap, since a rolled-back creation rolls its number back too.
 */
export async function nextReference(db: Database, tx: Transaction, prefix: 'DI' | 'AC', year: number): Promise<string> {
  const { last } = (await db.one<{ last: number }>(NEXT_REFERENCE_NUMBER, [prefix, year], tx))!;
  return `${prefix}-${year}-${String(last).padStart(4, '0')}`;
}
