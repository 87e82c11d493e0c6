import { msg, type MessageKey } from './messages';
import { notificationText, storedText } from './notification-text';

describe('a notification’s text', () => {
  const followUp = msg('notification.about', { rule: { fr: 'Relance à faire', en: 'Follow-up due' }, label: 'AC-2026-0001 – Puits' });

  it('is stored as its French text with its key and parameters', () => {
    expect(storedText(followUp)).toEqual({
      message: 'Relance à faire : AC-2026-0001 – Puits',
      messageKey: 'notification.about',
      messageParams: { rule: { fr: 'Relance à faire', en: 'Follow-up due' }, label: 'AC-2026-0001 – Puits' },
    });
    expect(storedText(msg('notification.theTeam'))).toEqual({
      message: 'l’équipe RESACOOP',
      messageKey: 'notification.theTeam',
      messageParams: null,
    });
  });

  it('is read in the reader’s language from its key and parameters', () => {
    const stored = storedText(followUp);
    expect(notificationText(stored, 'en')).toBe('Follow-up due: AC-2026-0001 – Puits');
    expect(notificationText(stored, 'fr')).toBe('Relance à faire : AC-2026-0001 – Puits');
    expect(notificationText(storedText(msg('notification.theTeam')), 'en')).toBe('the RESACOOP team');
  });

  it('keeps the stored French text of a row without a key, or with a key the catalogue no longer holds', () => {
    expect(notificationText({ message: 'Ancien texte', messageKey: null, messageParams: null }, 'en')).toBe('Ancien texte');
    expect(notificationText({ message: 'Ancien texte', messageKey: 'notification.gone' as MessageKey, messageParams: null }, 'en')).toBe(
      'Ancien texte',
    );
    // Not a key of the catalogue even though every object has it.
    expect(notificationText({ message: 'Ancien texte', messageKey: 'toString' as MessageKey, messageParams: null }, 'en')).toBe(
      'Ancien texte',
    );
  });
});
