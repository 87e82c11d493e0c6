import { eraseMentions, mentionsOf, type Person } from './personal-mentions';

const person: Person = { firstName: 'Aïssata', lastName: 'Koné-Diallo', email: 'a.kone@asso.test', phone: '06 12 34 56 78' };
const erase = (text: string, who: Person = person) => eraseMentions(text, mentionsOf([who])!);

describe('personal mentions', () => {
  it('erases the full name in either order, accents, case and hyphens ignored', () => {
    expect(erase('Appel de Aïssata Koné-Diallo ce matin')).toBe('Appel de [effacé] ce matin');
    expect(erase('KONE DIALLO, Aissata a rappelé')).toBe('[effacé] a rappelé');
    expect(erase('aissata  kone diallo')).toBe('[effacé]');
  });

  it('leaves a part of another word or another person alone', () => {
    expect(erase('Aïssata Koné-Diallos')).toBe('Aïssata Koné-Diallos');
    expect(erase('Fatou Koné-Diallo')).toBe('Fatou Koné-Diallo');
  });

  it('erases the e-mail whatever its case', () => {
    expect(erase('Écrire à A.Kone@Asso.test.')).toBe('Écrire à [effacé].');
  });

  it('erases the phone number in its usual French spellings', () => {
    for (const spelling of [
      '06 12 34 56 78',
      '06.12.34.56.78',
      '0612345678',
      '+33 6 12 34 56 78',
      '+33 (0)6 12 34 56 78',
      '0033612345678',
    ]) {
      expect(erase(`Tél. ${spelling}, le matin`)).toBe('Tél. [effacé], le matin');
    }
    expect(erase('Dossier 061234567890')).toBe('Dossier 061234567890');
  });

  it('erases a foreign number as its digits, grouped as they may be', () => {
    expect(erase('Joignable au +221 77 123 45 67', { ...person, phone: '+221771234567' })).toBe('Joignable au [effacé]');
  });

  it('keeps the text around, accents included', () => {
    expect(erase('Éléonore a parlé à aissata koné-diallo (06 12 34 56 78) — à rappeler')).toBe(
      'Éléonore a parlé à [effacé] ([effacé]) — à rappeler',
    );
  });

  it('erases a name whose fold is longer than it, or written in capitals', () => {
    // Hangul syllables decompose into several letters: the text around them keeps its place.
    expect(erase('서울 Aïssata Koné-Diallo 서울')).toBe('서울 [effacé] 서울');
    expect(erase('M. WEIẞ a appelé', { ...person, firstName: null, lastName: 'Weiß' })).toBe('M. [effacé] a appelé');
  });

  it('ignores the spaces around a name or an e-mail as typed in the directory', () => {
    const typed = { firstName: null, lastName: ' Koné ', email: ' a.kone@asso.test ', phone: null };
    expect(erase('Koné a écrit de a.kone@asso.test', typed)).toBe('[effacé] a écrit de [effacé]');
    expect(erase('Koné a écrit', { ...typed, email: '   ' })).toBe('[effacé] a écrit');
  });

  it('reads a stored French number in its international forms', () => {
    for (const phone of [
      '+33 6 12 34 56 78',
      ' +33 6 12 34 56 78',
      '0033 6 12 34 56 78',
      '+33 (0)6 12 34 56 78',
      '0033 (0)6 12 34 56 78',
    ]) {
      expect(erase('Tél. 06 12 34 56 78 ou +33612345678', { ...person, phone })).toBe('Tél. [effacé] ou [effacé]');
    }
  });

  it('looks for a number of 6 digits or more, and takes 11 digits for a foreign number', () => {
    expect(erase('Code 12345, poste 123456', { ...person, phone: '12345' })).toBe('Code 12345, poste 123456');
    expect(erase('Code 12345, poste 123456', { ...person, phone: '123456' })).toBe('Code 12345, poste [effacé]');
    expect(erase('Appeler le 10612345678', { ...person, phone: '1 0612345678' })).toBe('Appeler le [effacé]');
    expect(erase('Appeler le +33 6123456789', { ...person, phone: '06123456789' })).toBe('Appeler le +33 6123456789');
  });

  it('has nothing to look for in a person without identity', () => {
    expect(mentionsOf([{ firstName: null, lastName: null, email: null, phone: null }])).toBeNull();
    expect(mentionsOf([{ firstName: ' - ', lastName: '', email: ' ', phone: '12' }])).toBeNull();
  });

  it('erases the person under each identity given: the requester as a request wrote them', () => {
    const mentions = mentionsOf([person, { firstName: null, lastName: 'Mme Koné', email: 'aissata@perso.test', phone: null }])!;
    expect(eraseMentions('Mme Koné (aissata@perso.test) rappelle Aïssata Koné-Diallo', mentions)).toBe(
      '[effacé] ([effacé]) rappelle [effacé]',
    );
  });
});
