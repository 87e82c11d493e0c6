import { translate, translateFields } from '@resacoop/domain';
import type { FieldErrors } from './app-exception';
import * as limits from './input-limits';

const { INPUT_LIMITS } = limits;
const inFrench = (fault: FieldErrors | null) => fault && translateFields(fault, 'fr');
const inputFault = (...args: Parameters<typeof limits.inputFault>) => inFrench(limits.inputFault(...args));
const jsonTextFault = (text: string) => inFrench(limits.jsonTextFault(text));
const UNSTORABLE_TEXT = translate(limits.UNSTORABLE_TEXT, 'fr');

const nestedArrays = (depth: number): unknown => (depth === 0 ? 1 : [nestedArrays(depth - 1)]);
const manyKeys = (count: number) => Object.fromEntries(Array.from({ length: count }, (_, index) => [`k${index}`, index]));

describe('input limits', () => {
  it('lets ordinary bodies and filters through', () => {
    expect(inputFault({ name: 'Île 🙂', countries: ['FR', 'SN'], version: 3, open: true, note: null }, '', 'body')).toBeNull();
    expect(inputFault({ q: 'solidarité', id: [1, 2] }, 'filter')).toBeNull();
    expect(inputFault(undefined, '', 'query')).toBeNull();
  });

  it('names the field holding a NUL character or a lone surrogate, however deep', () => {
    expect(inputFault({ name: 'a\u0000b' }, '', 'body')).toEqual({ name: UNSTORABLE_TEXT });
    expect(inputFault({ countries: ['FR', '\ud800'] }, '', 'body')).toEqual({ 'countries.1': UNSTORABLE_TEXT });
    expect(inputFault({ q: { deep: 'x\udc00' } }, 'filter')).toEqual({ 'filter.q.deep': UNSTORABLE_TEXT });
    expect(inputFault('\u0000', '', 'query')).toEqual({ query: UNSTORABLE_TEXT });
  });

  it('refuses too many keys in one object, too deep a nesting, too many values and too long a key', () => {
    expect(inputFault(manyKeys(INPUT_LIMITS.keysPerObject), '', 'body')).toBeNull();
    expect(inputFault(manyKeys(INPUT_LIMITS.keysPerObject + 1), '', 'body')).toEqual({ body: expect.stringContaining('champs') });
    expect(inputFault({ name: manyKeys(INPUT_LIMITS.keysPerObject + 1) }, '', 'body')).toEqual({ name: expect.stringContaining('champs') });
    expect(inputFault(nestedArrays(INPUT_LIMITS.depth), '', 'body')).toBeNull();
    expect(inputFault({ name: nestedArrays(INPUT_LIMITS.depth) }, '', 'body')).toEqual({
      'name.0.0.0.0.0.0.0': expect.stringContaining('imbrication'),
    });
    expect(inputFault({ name: Array(INPUT_LIMITS.values).fill(0) }, '', 'body')).toEqual({ body: expect.stringContaining('valeurs') });
    expect(inputFault({ ['k'.repeat(INPUT_LIMITS.keyLength + 1)]: 1 }, '', 'body')).toEqual({
      body: expect.stringContaining('nom de champ'),
    });
  });

  it('walks a value nested far deeper than the stack allows without overflowing', () => {
    let value: unknown = 1;
    for (let depth = 0; depth < 200_000; depth++) value = [value];
    expect(inputFault(value, '', 'body')).toEqual({ '0.0.0.0.0.0.0.0': expect.stringContaining('imbrication') });
  });

  it('reads the nesting and the count of values from the JSON text, brackets and commas inside strings aside', () => {
    expect(jsonTextFault(JSON.stringify({ name: '[[[[[[[[[[,,,,', note: 'a "quoted" \\ [' }))).toBeNull();
    expect(jsonTextFault(JSON.stringify(nestedArrays(INPUT_LIMITS.depth)))).toBeNull();
    expect(jsonTextFault(JSON.stringify(nestedArrays(INPUT_LIMITS.depth + 1)))).toEqual({ body: expect.stringContaining('imbrication') });
    expect(jsonTextFault(`{"a":${'['.repeat(400_000)}`)).toEqual({ body: expect.stringContaining('imbrication') });
    expect(jsonTextFault(JSON.stringify(Array(INPUT_LIMITS.values - 1).fill(0)))).toBeNull();
    expect(jsonTextFault(JSON.stringify(Array(INPUT_LIMITS.values + 1).fill(0)))).toEqual({ body: expect.stringContaining('valeurs') });
  });
});
