import { ZONES } from './reference';
import { COUNTRY_CODES, isCountryCode, zoneOfCountry, zonesOfCountries } from './zones';

describe('world zones of countries', () => {
  it('covers the 249 ISO 3166-1 codes, each in exactly one zone', () => {
    expect(COUNTRY_CODES).toHaveLength(249);
    expect(new Set(COUNTRY_CODES).size).toBe(249);
    for (const code of COUNTRY_CODES) expect(ZONES).toContain(zoneOfCountry(code));
  });

  it.each([
    ['FR', 'france'],
    ['RE', 'france'],
    ['SN', 'sub_saharan_africa'],
    ['MG', 'sub_saharan_africa'],
    ['MA', 'maghreb'],
    ['LB', 'middle_east'],
    ['VN', 'asia'],
    ['HT', 'latin_america'],
    ['CA', 'north_america'],
    ['RO', 'europe'],
    ['AM', 'europe'],
    ['FJ', 'oceania'],
  ])('%s is in %s', (code, zone) => {
    expect(zoneOfCountry(code)).toBe(zone);
  });

  it('derives the zones of a project, each once, in reference order', () => {
    expect(zonesOfCountries(['SN', 'FR', 'ML', 'TN'])).toEqual(['france', 'maghreb', 'sub_saharan_africa']);
    expect(zonesOfCountries([])).toEqual([]);
  });

  it('rejects unknown codes', () => {
    expect(isCountryCode('XX')).toBe(false);
    expect(isCountryCode('fr')).toBe(false);
  });
});
