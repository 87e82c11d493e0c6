import { toChoices } from './labels';
import { DEPARTEMENT_LABELS, DEPARTEMENTS, SITE_LABELS } from './reference';

describe('reference data', () => {
  it('keeps the two authorities of area 69 apart', () => {
    expect(DEPARTEMENTS).toEqual(expect.arrayContaining(['69D', '69M']));
    expect(DEPARTEMENTS).not.toContain('69');
  });

  it('lists the départements in code order, though JavaScript moves keys like "15" first', () => {
    expect(DEPARTEMENTS).toEqual(['01', '03', '07', '15', '26', '38', '42', '43', '63', '69D', '69M', '73', '74', 'outside_region']);
    expect(toChoices(DEPARTEMENT_LABELS)[0]).toEqual({ id: '01', name: '01 Ain' });
  });

  it('turns labels into choices in the requested language', () => {
    expect(toChoices(SITE_LABELS, 'fr')).toEqual([
      { id: 'lyon', name: 'Lyon (siège)' },
      { id: 'clermont', name: 'Clermont-Ferrand' },
    ]);
    expect(toChoices(SITE_LABELS, 'en')[0].name).toBe('Lyon (head office)');
  });
});
