import { translate } from '@resacoop/domain';
import { isCommonPassword, passwordProblem as problemOf } from './password-policy';

/** The refusal as a French reader gets it. */
const passwordProblem = (...args: Parameters<typeof problemOf>) => {
  const problem = problemOf(...args);
  return problem && translate(problem, 'fr');
};

describe('password policy', () => {
  const email = 'Camille.Durand-Lefebvre@resacoop.test';

  it('accepts any long enough password that is neither common nor the e-mail, whatever it is made of', () => {
    for (const password of ['resacoop-demo', 'correct horse battery staple', 'àéîõü çàéîõü', 'tout en minuscules']) {
      expect(passwordProblem(password, email)).toBeNull();
    }
  });

  it('refuses fewer than 12 characters, counted as characters rather than UTF-16 units', () => {
    expect(passwordProblem('a-short-one', email)).toBe('12 caractères au moins');
    // 11 characters, 22 UTF-16 units.
    expect(passwordProblem('😀'.repeat(11), email)).toBe('12 caractères au moins');
    expect(passwordProblem('😀'.repeat(12), email)).toBeNull();
  });

  it('refuses the e-mail or its local part, whatever the case', () => {
    expect(passwordProblem('camille.durand-lefebvre@RESACOOP.test', email)).toBe('ne doit pas reprendre l’adresse e-mail');
    expect(passwordProblem('CAMILLE.DURAND-LEFEBVRE', email)).toBe('ne doit pas reprendre l’adresse e-mail');
    expect(passwordProblem('camille.durand-lefebvre1', email)).toBeNull();
  });

  it('refuses a password the list holds, whatever the case', () => {
    const listed = new Set(['qwerty123456']);
    const problem = (password: string) => passwordProblem(password, email, (candidate) => listed.has(candidate.toLowerCase()));
    expect(problem('QWERTY123456')).toMatch(/^trop courant/);
    expect(problem('qwerty1234567')).toBeNull();
  });

  it('finds the breached passwords of the shipped list, and not the demo password', () => {
    for (const password of ['qwerty123456', '1qaz2wsx3edc', 'Q1W2E3R4T5Y6', 'password']) expect(isCommonPassword(password)).toBe(true);
    expect(isCommonPassword('resacoop-demo')).toBe(false);
  });
});
