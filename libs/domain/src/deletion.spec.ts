import { deletionRefusal } from './deletion';
import { translate, translateFields } from './messages';

const inFrench = (refusal: ReturnType<typeof deletionRefusal>) =>
  refusal && { message: translate(refusal.text, 'fr'), errors: translateFields(refusal.errors, 'fr') };

describe('deletionRefusal', () => {
  it('lets a record that nothing holds be deleted', () => {
    expect(deletionRefusal('organisation', {})).toBeNull();
    expect(deletionRefusal('contact', { requests: 0, 'personal-data-reads': 0 })).toBeNull();
  });

  it('names every holder with its count, singular or plural', () => {
    expect(inFrench(deletionRefusal('organisation', { requests: 3, cases: 1, contacts: 0 }))).toEqual({
      message: 'Cette organisation est liée à 3 demandes et 1 accompagnement : elle ne peut pas être supprimée.',
      errors: { requests: '3 demandes', cases: '1 accompagnement' },
    });
    expect(inFrench(deletionRefusal('organisation', { contacts: 2, requests: 1, relays: 1 }))?.message).toBe(
      'Cette organisation est liée à 2 contacts, 1 demande et 1 relais : elle ne peut pas être supprimée.',
    );
  });

  it.each([
    ['contacts', '1 contact', '2 contacts'],
    ['requests', '1 demande', '2 demandes'],
    ['cases', '1 accompagnement', '2 accompagnements'],
    ['relays', '1 relais', '2 relais'],
    ['personal-data-reads', '1 consultation par un relais', '2 consultations par un relais'],
    ['registrations', '1 inscription', '2 inscriptions'],
  ] as const)('names %s in the singular and the plural', (holder, one, two) => {
    expect(inFrench(deletionRefusal('organisation', { [holder]: 1 }))?.errors).toEqual({ [holder]: one });
    expect(inFrench(deletionRefusal('organisation', { [holder]: 2 }))?.errors).toEqual({ [holder]: two });
  });

  it('points to erasure when a person is held by history', () => {
    expect(inFrench(deletionRefusal('contact', { 'personal-data-reads': 2 }))?.message).toBe(
      'Ce contact est lié à 2 consultations par un relais : il ne peut pas être supprimé. Pour retirer la personne, effacez ses données personnelles.',
    );
  });

  it('points to cancelling an event that people registered for', () => {
    expect(inFrench(deletionRefusal('event', { registrations: 3 }))?.message).toBe(
      'Ce temps collectif a 3 inscriptions : il ne peut pas être supprimé. Annulez-le plutôt.',
    );
  });

  it('says the same in English', () => {
    const refusal = deletionRefusal('organisation', { contacts: 2, requests: 1, relays: 1 });
    expect(refusal && translate(refusal.text, 'en')).toBe(
      'This organisation is linked to 2 contacts, 1 request and 1 relay: it cannot be deleted.',
    );
  });
});
