import { toInstant, writableTransform } from '../common/payload';
import { BODY_FIELDS } from '../providers/api.generated';

/** The fields a client may write, as the API validates them (the OpenAPI document's UpdateContactDto). */
export const CONTACT_FIELDS = BODY_FIELDS.UpdateContactDto;

export const contactTransform = writableTransform(CONTACT_FIELDS, (payload) => ({
  ...payload,
  ...('newsletterConsentAt' in payload ? { newsletterConsentAt: toInstant(payload.newsletterConsentAt) } : {}),
}));

/** A contact as a person reads it, for references and page titles. */
export const contactName = (record: { firstName?: string | null; lastName?: string | null }) =>
  [record.firstName, record.lastName].filter(Boolean).join(' ');
