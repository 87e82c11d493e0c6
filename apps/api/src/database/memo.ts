/**
 * Values worked out once per owner (an entity's metadata, a class) and key, then reused: what the
 * hot paths derive from fixed definitions (SQL texts, row readers, validation rules). Kept as long
 * as their owner lives.
 */
export class MemoByOwner<Owner extends object, Value> {
  private readonly byOwner = new WeakMap<Owner, Map<string, Value>>();

  get(owner: Owner, key: string, build: () => Value): Value {
    let values = this.byOwner.get(owner);
    if (!values) this.byOwner.set(owner, (values = new Map()));
    let value = values.get(key);
    if (value === undefined) values.set(key, (value = build()));
    return value;
  }
}
