import { COMMON_NAME_WORDS } from './organisation-names';

describe('the words many organisations of the region share in their names', () => {
  it('are written as name keys hold them: lower case, letters and digits, no accents, each once', () => {
    for (const word of COMMON_NAME_WORDS) expect(word).toMatch(/^[a-z0-9]+$/);
    expect(new Set(COMMON_NAME_WORDS).size).toBe(COMMON_NAME_WORDS.length);
    expect(COMMON_NAME_WORDS).toEqual(expect.arrayContaining(['auvergne', 'rhone', 'alpes', 'region']));
  });
});
