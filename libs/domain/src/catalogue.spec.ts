import { CATALOGUE } from './catalogue';
import { localeOfHeader, msg, placeholdersOf, translate } from './messages';

describe('message catalogue', () => {
  const entries = Object.entries(CATALOGUE) as [string, { fr: string; en: string }][];

  it('has every key in both languages, none blank', () => {
    for (const [key, { fr, en }] of entries) {
      expect({ key, fr: fr.trim().length > 0, en: en.trim().length > 0 }).toEqual({ key, fr: true, en: true });
    }
  });

  it('names the same parameters in both languages of every key', () => {
    const differing = entries
      .filter(([, { fr, en }]) => placeholdersOf(fr).sort().join() !== placeholdersOf(en).sort().join())
      .map(([key, { fr, en }]) => ({ key, fr: placeholdersOf(fr), en: placeholdersOf(en) }));
    expect(differing).toEqual([]);
  });

  it('holds no French text in its English messages (no accented French word, no French typography)', () => {
    const frenchLooking = entries.filter(([, { en }]) => /[éèàùêç]|«|»| :/.test(en)).map(([key, { en }]) => `${key}: ${en}`);
    // A département's name is French in English too.
    expect(frenchLooking.filter((line) => !/départements?\b/i.test(line))).toEqual([]);
  });
});

describe('translate', () => {
  it('fills parameters, labels in the reader’s language and nested messages', () => {
    const move = msg('request.illegalMove', { from: { fr: 'Nouvelle', en: 'New' }, to: { fr: 'Clôturée', en: 'Closed' } });
    expect(translate(move, 'fr')).toBe('passage de « Nouvelle » à « Clôturée » interdit');
    expect(translate(move, 'en')).toBe('moving from “New” to “Closed” is not allowed');
    const refused = msg('import.fileRefused', { reason: msg('import.empty') });
    expect(translate(refused, 'en')).toBe('File refused: the file is empty.');
  });

  it('chooses singular or plural by the count, and joins lists in the reader’s language', () => {
    const holders = [msg('deletion.holder.requests', { count: 1 }), msg('deletion.holder.cases', { count: 2 })];
    expect(translate(msg('deletion.organisation', { holders }), 'fr')).toBe(
      'Cette organisation est liée à 1 demande et 2 accompagnements : elle ne peut pas être supprimée.',
    );
    expect(translate(msg('deletion.organisation', { holders }), 'en')).toBe(
      'This organisation is linked to 1 request and 2 support cases: it cannot be deleted.',
    );
  });

  it('leaves braces that do not name a parameter as text', () => {
    expect(translate(msg('import.mappingShape'), 'fr')).toBe('un objet JSON {"titre de colonne": "champ" ou null} est attendu');
    expect(placeholdersOf(CATALOGUE['import.mappingShape'].fr)).toEqual([]);
  });
});

describe('localeOfHeader', () => {
  it('takes the spoken language the header prefers, French otherwise', () => {
    expect(localeOfHeader(undefined)).toBe('fr');
    expect(localeOfHeader('en-GB,en;q=0.9,fr;q=0.8')).toBe('en');
    expect(localeOfHeader('de-DE,fr;q=0.5,en;q=0.7')).toBe('en');
    expect(localeOfHeader('en;q=0.2,fr-FR')).toBe('fr');
    expect(localeOfHeader('de, es')).toBe('fr');
    expect(localeOfHeader('en;q=0')).toBe('fr');
  });
});
