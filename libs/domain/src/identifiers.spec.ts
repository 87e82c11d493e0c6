import { isValidRna, isValidSiret, normaliseSiret, passesLuhn } from './identifiers';

describe('SIRET', () => {
  it.each([
    ['73282932000074', true], // INSEE's own example
    ['35600000049837', true], // La Poste establishment: digit sum a multiple of 5, not Luhn
    ['35600000049838', false], // La Poste, digit sum 46
    ['356000000498370', false], // 15 digits, digit sum still 45
    ['X35600000049837', false],
    ['73282932000074 ', false],
    ['732 829 320 00074', false], // spaces are normalised away before validation
    ['73282932000075', false],
    ['7328293200007', false],
    ['7328293200007A', false],
    ['', false],
  ])('%s is valid: %s', (siret, expected) => {
    expect(isValidSiret(siret)).toBe(expected);
  });

  it('normalises spaces typed inside the number', () => {
    expect(normaliseSiret('732 829 320 00074')).toBe('73282932000074');
    expect(normaliseSiret(' 732  829\t320 00074\n')).toBe('73282932000074');
  });

  it.each([
    ['0', true],
    ['18', true], // 1×2 + 8
    ['59', true], // 5×2 = 10 → 1, + 9
    ['91', true], // 9×2 = 18 → 9, + 1
    ['19', false],
    ['5', false],
  ])('Luhn holds for %s: %s', (digits, expected) => {
    expect(passesLuhn(digits)).toBe(expected);
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
    ['XW691234567', false],
    ['W691234567 ', false],
  ])('%s is valid: %s', (rna, expected) => {
    expect(isValidRna(rna)).toBe(expected);
  });
});
