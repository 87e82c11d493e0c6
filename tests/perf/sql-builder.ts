/**
 * Builds one parameterised statement: every value becomes a `$n` placeholder, never text spliced
 * into SQL, and random choices are SQL expressions evaluated row by row inside PostgreSQL.
 */
export class SqlBuilder {
  readonly values: unknown[] = [];

  /** A placeholder for `value`, cast to `type` so that PostgreSQL never has to guess. */
  param(value: unknown, type: string): string {
    this.values.push(value);
    return `$${this.values.length}::${type}`;
  }

  /** One element of the array, uniformly at random for each row (weights are repeated elements). */
  pick(items: readonly string[] | readonly number[], type: 'text[]' | 'int[]' = 'text[]'): string {
    const array = this.param(items, type);
    return `(${array})[1 + floor(random() * cardinality(${array}))::int]`;
  }
}

/** Expands `[value, weight]` pairs into an array where each value appears `weight` times. */
export function weighted<T>(pairs: readonly (readonly [T, number])[]): T[] {
  return pairs.flatMap(([value, weight]) => Array<T>(weight).fill(value));
}
