import { codesOf, toChoices } from './labels';

const label = { fr: 'x', en: 'x' };

describe('codes of a reference list', () => {
  it('keeps the declared order of codes that are not array indexes', () => {
    expect(codesOf({ zz: label, a1: label, '1a': label, '01': label, aa: label })).toEqual(['zz', 'a1', '1a', '01', 'aa']);
  });

  it('sorts back a list that JavaScript reordered around integer-like codes', () => {
    expect(codesOf({ zz: label, '100': label, aa: label })).toEqual(['100', 'aa', 'zz']);
    expect(codesOf({ zz: label, '15': label, '0': label })).toEqual(['0', '15', 'zz']);
  });

  it('gives French choices by default', () => {
    expect(toChoices({ a: { fr: 'Français', en: 'English' } })).toEqual([{ id: 'a', name: 'Français' }]);
  });
});
