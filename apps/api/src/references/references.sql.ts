/**
 * Takes the next number of a prefix and year, `$1` and `$2`: the counter row is made at the year's
 * first reference, and stays locked by the caller's transaction until it ends.
 */
export const NEXT_REFERENCE_NUMBER = `INSERT INTO reference_counters (prefix, year, last) VALUES ($1, $2, 1)
     ON CONFLICT (prefix, year) DO UPDATE SET last = reference_counters.last + 1
     RETURNING last`;
