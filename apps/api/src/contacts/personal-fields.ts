import type { Contact } from './contact.entity';

/** What an erased contact keeps of a person: a name that says it was erased, nothing else. */
export const ERASED_IDENTITY = {
  firstName: 'Personne',
  lastName: 'effacée',
  email: null,
  phone: null,
  function: null,
  notes: null,
  newsletterConsentAt: null,
} satisfies Partial<Contact>;

/** A contact's fields that hold personal data: scrubbed from the history when the person goes. */
export const CONTACT_PERSONAL_FIELDS = Object.keys(ERASED_IDENTITY);

/** Stands in the history for an erased value: the change stays visible, the value does not. */
export const ERASED_VALUE = '[effacé]';
