import { isValidRna, isValidSiret, normaliseSiret, passesLuhn } from './identifiers';

describe('SIRET', () => {
  it.each([
    ['73282932000074', true], // INSEE's own example
    ['35600000049837', true], // La Poste establishment: digit sum a multiple of 5, not Luhn
    ['73282932000075', false],
    ['7328293200007', false],
    ['7328293200007A', false],
    ['', false],
  ])('%s is valid: %s', (siret, expected) => {
    expect(isValidSiret(siret)).toBe(expected);
  });

  it('normalises spaces typed inside the number', () => {
    expect(normaliseSiret('732 829 320 00074')).toBe('73282932000074');
  });

  it('Luhn detects any single-digit change', () => {
    const valid = '73282932000074';
    for (let position = 0; position < valid.length; position++) {
      const digit = Number(valid[position]);
      const changed = valid.slice(0, position) + ((digit + 1) % 10) + valid.slice(position + 1);
      expect(passesLuhn(changed)).toBe(false);
    }
  });
});

describe('RNA', () => {
  it.each([
    ['W691234567', true],
    ['W69123456', false],
    ['w691234567', false],
    ['X691234567', false],
    ['W6912345678', false],
  ])('%s is valid: %s', (rna, expected) => {
    expect(isValidRna(rna)).toBe(expected);
  });
});
