/**
 * Gathers the calls made by concurrent jobs within one turn of the event loop into one call of
 * `run` with all their keys, so that N deliveries in flight cost one round trip to PostgreSQL
 * instead of N. Nothing is kept: each call gets what `run` read or wrote for it, at that moment.
 * If `run` fails, every call of the batch fails with its error (their jobs are retried).
 */
export class Batcher<K, V> {
  private pending: { key: K; resolve: (value: V) => void; reject: (error: unknown) => void }[] = [];
  private scheduled = false;

  /** `run` answers for the keys in their order, one value per key. */
  constructor(
    private readonly run: (keys: K[]) => Promise<V[]>,
    private readonly maxSize = 200,
  ) {}

  load(key: K): Promise<V> {
    return new Promise<V>((resolve, reject) => {
      this.pending.push({ key, resolve, reject });
      if (this.pending.length >= this.maxSize) this.flush();
      else if (!this.scheduled) {
        this.scheduled = true;
        setImmediate(() => {
          this.scheduled = false;
          this.flush();
        });
      }
    });
  }

  private flush(): void {
    const batch = this.pending;
    if (batch.length === 0) return;
    this.pending = [];
    let values: Promise<V[]>;
    try {
      values = this.run(batch.map((call) => call.key));
    } catch (error) {
      values = Promise.reject(error);
    }
    values
      .then(
        (results) => {
          if (results.length !== batch.length) throw new Error(`a batch of ${batch.length} got ${results.length} answers`);
          batch.forEach((call, index) => call.resolve(results[index]));
        },
        (error: unknown) => batch.forEach((call) => call.reject(error)),
      )
      .catch((error: unknown) => batch.forEach((call) => call.reject(error)));
  }
}
