import { isStorableText, msg } from '@resacoop/domain';
import type { FieldErrors } from './app-exception';

/**
 * Bounds on a JSON value a client sends: far above what any form sends, far below what makes
 * validation costly (class-transformer's work grows with the square of an object's key count).
 */
export const INPUT_LIMITS = { depth: 8, keysPerObject: 100, keyLength: 100, values: 10_000 } as const;

export const UNSTORABLE_TEXT = msg('field.unstorableText');

/**
 * Why a client's value (a body, a query, a list filter) is refused before any validation, named by
 * its field, or null when it may go on: too large a shape for its size, or a text PostgreSQL would
 * refuse or alter. One walk without recursion that stops at the first fault: its cost is linear in
 * the value and bounded by the limits, however deep the nesting.
 */
export function inputFault(value: unknown, prefix: string, wholeName = prefix): FieldErrors | null {
  const pending: Array<{ value: unknown; path: string; depth: number }> = [{ value, path: prefix, depth: 0 }];
  const pathOf = (parent: string, key: string | number) => (parent ? `${parent}.${key}` : String(key));
  let values = 1;
  for (let item = pending.pop(); item; item = pending.pop()) {
    const { value: current, path, depth } = item;
    const field = path || wholeName;
    if (typeof current === 'string') {
      if (!isStorableText(current)) return { [field]: UNSTORABLE_TEXT };
      continue;
    }
    if (typeof current !== 'object' || current === null) continue;
    if (depth >= INPUT_LIMITS.depth) return { [field]: msg('field.tooDeep', { max: INPUT_LIMITS.depth }) };
    const keys = Array.isArray(current) ? null : Object.keys(current);
    if (keys && keys.length > INPUT_LIMITS.keysPerObject) return { [field]: msg('field.tooManyKeys', { max: INPUT_LIMITS.keysPerObject }) };
    values += keys ? keys.length : (current as unknown[]).length;
    if (values > INPUT_LIMITS.values) return { [wholeName]: msg('field.tooManyValues', { max: INPUT_LIMITS.values }) };
    if (!keys) {
      (current as unknown[]).forEach((child, index) => pending.push({ value: child, path: pathOf(path, index), depth: depth + 1 }));
      continue;
    }
    for (const key of keys) {
      if (key.length > INPUT_LIMITS.keyLength) return { [field]: msg('field.keyTooLong', { max: INPUT_LIMITS.keyLength }) };
      pending.push({ value: (current as Record<string, unknown>)[key], path: pathOf(path, key), depth: depth + 1 });
    }
  }
  return null;
}

const [QUOTE, BACKSLASH, COMMA] = ['"', '\\', ','].map((char) => char.charCodeAt(0));
const OPENING = new Set(['{', '['].map((char) => char.charCodeAt(0)));
const CLOSING = new Set(['}', ']'].map((char) => char.charCodeAt(0)));

/**
 * The same bounds on nesting and on the count of values, read from a JSON text before it is parsed:
 * V8 takes a second to parse a megabyte of arrays nested 400,000 deep and a tenth of one for 50,000
 * keys, and only then could the value be walked. One pass over the characters, strings skipped.
 */
export function jsonTextFault(text: string): FieldErrors | null {
  let depth = 0;
  let separators = 0;
  let inString = false;
  for (let index = 0; index < text.length; index++) {
    const char = text.charCodeAt(index);
    if (inString) {
      if (char === BACKSLASH) index++;
      else if (char === QUOTE) inString = false;
    } else if (char === QUOTE) inString = true;
    else if (OPENING.has(char)) {
      if (++depth > INPUT_LIMITS.depth) return { body: msg('field.tooDeep', { max: INPUT_LIMITS.depth }) };
    } else if (CLOSING.has(char)) depth--;
    else if (char === COMMA && ++separators >= INPUT_LIMITS.values)
      return { body: msg('field.tooManyValues', { max: INPUT_LIMITS.values }) };
  }
  return null;
}
