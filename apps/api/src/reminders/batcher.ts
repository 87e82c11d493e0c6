import DataLoader from 'dataloader';

/**
 * Gathers the calls made by concurrent jobs within one turn of the event loop into one call of
 * `run` with all their keys (at most `maxBatchSize`), so that N deliveries in flight cost one round
 * trip to PostgreSQL instead of N: DataLoader, without its cache (each call gets what `run` read or
 * wrote for it, at that moment), its batch closed at setImmediate so that jobs started by other
 * callbacks join it. If `run` fails, every call of the batch fails with its error (their jobs are retried).
 */
export function batcher<K, V>(run: (keys: K[]) => Promise<V[]>, maxBatchSize = 200): DataLoader<K, V> {
  return new DataLoader<K, V>((keys) => run([...keys]), {
    cache: false,
    maxBatchSize,
    batchScheduleFn: (callback) => setImmediate(callback),
  });
}
