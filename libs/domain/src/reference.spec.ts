import { toChoices } from './labels';
import { DEPARTEMENTS, SITE_LABELS } from './reference';

describe('reference data', () => {
  it('keeps the two authorities of area 69 apart', () => {
    expect(DEPARTEMENTS).toEqual(expect.arrayContaining(['69D', '69M']));
    expect(DEPARTEMENTS).not.toContain('69');
  });

  it('turns labels into choices in the requested language', () => {
    expect(toChoices(SITE_LABELS, 'fr')).toEqual([
      { id: 'lyon', name: 'Lyon (siège)' },
      { id: 'clermont', name: 'Clermont-Ferrand' },
    ]);
    expect(toChoices(SITE_LABELS, 'en')[0].name).toBe('Lyon (head office)');
  });
});
