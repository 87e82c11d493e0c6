import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { ZONES } from './reference';
import { COUNTRY_CODES, isCountryCode, zoneOfCountry, zonesOfCountries } from './zones';

/** The reviewed copy of the ISO 3166-1 list with the zone of each code: code → [zone, English short name]. */
const ISO_3166_ZONES = new Map(
  readFileSync(join(__dirname, 'fixtures', 'iso-3166-1-zones.tsv'), 'utf8')
    .split('\n')
    .filter((line) => line !== '' && !line.startsWith('#'))
    .map((line) => {
      const [code, zone, name] = line.split('\t');
      return [code, { zone, name }] as const;
    }),
);

describe('world zones of countries', () => {
  it('reads the reviewed ISO 3166-1 list: 249 codes, each in one of the nine zones', () => {
    expect(ISO_3166_ZONES.size).toBe(249);
    for (const [code, { zone, name }] of ISO_3166_ZONES) {
      expect(code).toMatch(/^[A-Z]{2}$/);
      expect(ZONES).toContain(zone);
      expect(name).not.toBe('');
    }
  });

  it('knows exactly the codes of the ISO list, in code order', () => {
    expect(COUNTRY_CODES).toEqual([...ISO_3166_ZONES.keys()].sort());
  });

  it('puts every country in the zone of the reviewed list', () => {
    const table = Object.fromEntries([...ISO_3166_ZONES].map(([code, { zone }]) => [code, zone]));
    expect(Object.fromEntries(COUNTRY_CODES.map((code) => [code, zoneOfCountry(code)]))).toEqual(table);
  });

  it('counts the French overseas departments and collectivities as France', () => {
    for (const code of ['GP', 'MQ', 'GF', 'RE', 'YT', 'PM', 'BL', 'MF', 'NC', 'PF', 'WF', 'TF']) expect(zoneOfCountry(code)).toBe('france');
  });

  it('derives the zones of a project, each once, in the order of the reference list (as the report prints them)', () => {
    expect(zonesOfCountries(['SN', 'FR', 'ML', 'TN'])).toEqual(['france', 'sub_saharan_africa', 'maghreb']);
    expect(zonesOfCountries(['FJ', 'US', 'AT', 'MX', 'CN', 'LB', 'CI', 'DZ', 'RE', 'NZ'])).toEqual([
      'france',
      'sub_saharan_africa',
      'maghreb',
      'middle_east',
      'asia',
      'latin_america',
      'north_america',
      'europe',
      'oceania',
    ]);
    expect(zonesOfCountries(['XX', 'VN'])).toEqual(['asia']);
    expect(zonesOfCountries([])).toEqual([]);
  });

  it('knows no other code', () => {
    for (const code of ['XX', 'fr', 'FRA', 'UK', 'EU', '']) {
      expect(isCountryCode(code)).toBe(false);
      expect(zoneOfCountry(code)).toBeUndefined();
    }
    expect(isCountryCode('FR')).toBe(true);
  });
});
