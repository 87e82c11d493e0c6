import { toInstant, writableTransform } from '../common/payload';

/** The fields of a contact a client may write (`PUT`/`POST /api/contacts`). */
export const CONTACT_FIELDS = [
  'organisationId',
  'firstName',
  'lastName',
  'email',
  'phone',
  'function',
  'newsletterConsentAt',
  'notes',
] as const;

export const contactTransform = writableTransform(CONTACT_FIELDS, (payload) => ({
  ...payload,
  ...('newsletterConsentAt' in payload ? { newsletterConsentAt: toInstant(payload.newsletterConsentAt) } : {}),
}));

/** A contact as a person reads it, for references and page titles. */
export const contactName = (record: { firstName?: string | null; lastName?: string | null }) =>
  [record.firstName, record.lastName].filter(Boolean).join(' ');
