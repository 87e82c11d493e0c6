import { appendFileSync } from 'node:fs';
import pg from 'pg';

/**
 * Preloaded into the API (`--require`) when the benchmark explains: records every statement the
 * product sends through `pg`, with its parameters and client-side duration, one JSON line each,
 * in the file named by BENCH_SQL_TAP. The product's code is untouched.
 */
const tapFile = process.env.BENCH_SQL_TAP;

type QueryFunction = (this: unknown, ...args: unknown[]) => unknown;

if (tapFile) {
  const prototype = pg.Client.prototype as unknown as { query: QueryFunction };
  const original = prototype.query;
  prototype.query = function tappedQuery(this: unknown, ...args: unknown[]): unknown {
    const [config, values] = args;
    const text = typeof config === 'string' ? config : (config as { text?: unknown } | null)?.text;
    if (typeof text !== 'string') return original.apply(this, args);
    const params = Array.isArray(values) ? values : (config as { values?: unknown[] }).values;
    const started = performance.now();
    const record = () => appendFileSync(tapFile, `${JSON.stringify({ text, params, ms: performance.now() - started })}\n`);
    const callback = args[args.length - 1];
    if (typeof callback === 'function') {
      args[args.length - 1] = (...results: unknown[]) => {
        record();
        (callback as (...results: unknown[]) => void)(...results);
      };
      return original.apply(this, args);
    }
    const result = original.apply(this, args);
    if (result instanceof Promise) result.then(record, record);
    return result;
  };
}
