import { CATALOGUE } from './catalogue';
import { isLocale, LOCALES, localeOfHeader, msg, placeholdersOf, translate, translateFields } from './messages';

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

describe('msg and its parameters', () => {
  it('carries the parameters given, and none when the template names none', () => {
    expect(msg('error.forbidden')).toStrictEqual({ key: 'error.forbidden' });
    expect(msg('error.notFound', { entity: 'case', id: '7' })).toEqual({ key: 'error.notFound', params: { entity: 'case', id: '7' } });
  });

  it('names each parameter once, in order, the plural choice included', () => {
    expect(placeholdersOf('{a} {b|x|y} {a} {c}')).toEqual(['a', 'b', 'c']);
    expect(placeholdersOf('no parameter')).toEqual([]);
  });

  it('renders numbers, lists of one or none, a missing parameter as nothing, and every field of a refusal', () => {
    expect(translate(msg('field.pageTooLarge', { max: 1000 }), 'en')).toBe('at most 1000 rows per page');
    expect(translate(msg('deletion.contact', { holders: [msg('deletion.holder.requests', { count: 0 })] }), 'en')).toBe(
      'This contact is linked to 0 requests: it cannot be deleted. To remove the person, erase their personal data.',
    );
    expect(translate(msg('deletion.contact', { holders: [] }), 'fr')).toBe(
      'Ce contact est lié à  : il ne peut pas être supprimé. Pour retirer la personne, effacez ses données personnelles.',
    );
    const three = [1, 2, 3].map((count) => msg('deletion.holder.contacts', { count }));
    expect(translate(msg('deletion.organisation', { holders: three }), 'en')).toBe(
      'This organisation is linked to 1 contact, 2 contacts and 3 contacts: it cannot be deleted.',
    );
    expect(translate({ key: 'error.notFound', params: { entity: 'case' } }, 'en')).toBe('case no.  not found.');
    expect(translateFields({ name: msg('validation.isString'), email: msg('validation.isEmail') }, 'en')).toEqual({
      name: 'text expected',
      email: 'invalid e-mail address',
    });
  });
});

describe('isLocale', () => {
  it('knows the two languages spoken, nothing else', () => {
    expect(LOCALES).toEqual(['fr', 'en']);
    expect(['fr', 'en', 'de', 'FR', '', null, undefined, 1].map(isLocale)).toEqual([true, true, false, false, false, false, false, false]);
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
    expect(localeOfHeader('EN-us')).toBe('en');
    expect(localeOfHeader(' en-GB ; q=0.4 , fr ; q=0.5')).toBe('fr');
    // Of two languages as wanted, the first named.
    expect(localeOfHeader('en, fr')).toBe('en');
    expect(localeOfHeader('fr, en')).toBe('fr');
    expect(localeOfHeader('fr;q=0.3, en;q=0.6')).toBe('en');
    expect(localeOfHeader('en;q=abc, fr;q=0.1')).toBe('fr');
    expect(localeOfHeader('en;level=1')).toBe('en');
    // Only the first 200 characters are read: a language named past them does not count.
    expect(localeOfHeader(`${'de;q=0.1, '.repeat(20)}en`)).toBe('fr');
  });
});
