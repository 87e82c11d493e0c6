/** A person's registration for an event ($1): by contact ($2) or by e-mail ($3), the given one or the contact's; $4 left out. */
export const REGISTERED_AS = `
  SELECT r.id FROM registrations r LEFT JOIN contacts c ON c.id = r.contact_id
   WHERE r.event_id = $1 AND r.id <> $4
     AND (r.contact_id = $2 OR r.email = $3::citext OR c.email = $3::citext
          OR r.email = (SELECT own.email FROM contacts own WHERE own.id = $2))
   LIMIT 1`;

/** How many registrations an event has, against its capacity. */
export const REGISTRATION_COUNT = `SELECT count(*)::int AS count FROM registrations WHERE event_id = $1`;

/** A person's registrations ($1 their contact, $2 their e-mail): as the contact, or under the e-mail without being linked. */
const OF_PERSON = `contact_id = $1 OR (contact_id IS NULL AND $2::citext IS NOT NULL AND email = $2::citext)`;

export const REGISTRATIONS_OF_PERSON = `SELECT * FROM registrations WHERE ${OF_PERSON} ORDER BY id`;

/**
 * A person's registrations erased ($3 the erased marker): name, e-mail and comment go, and each
 * points at the anonymised contact, so attendance and the key figures keep counting. One under the
 * e-mail, for an event the contact is also registered to, cannot point at the contact (once per
 * event): it keeps the marker as its name. Answers the rows erased.
 */
export const ERASE_REGISTRATIONS_OF_PERSON = `
  WITH person_registered AS (SELECT event_id FROM registrations WHERE contact_id = $1)
  UPDATE registrations r
     SET contact_id = CASE WHEN r.contact_id IS NULL AND r.event_id IN (SELECT event_id FROM person_registered) THEN NULL ELSE $1 END,
         name = CASE WHEN r.contact_id IS NULL AND r.event_id IN (SELECT event_id FROM person_registered) THEN $3 ELSE NULL END,
         email = NULL, evaluation_comment = NULL, version = r.version + 1, updated_at = now()
   WHERE ${OF_PERSON.replaceAll('contact_id', 'r.contact_id').replaceAll('email =', 'r.email =')} RETURNING r.id`;

/** A contact a registration may be linked to ($1): one of the directory, not erased; with its e-mail. */
export const LINKABLE_CONTACT = `SELECT id, email::text AS email FROM contacts WHERE id = $1 AND erased_at IS NULL`;

/**
 * The registrations made under these contacts' e-mails (`$1` ids, `$2` e-mails, in pairs) without
 * being linked, for events the contact is not registered to already (a person is registered once
 * per event), each with its contact, locked.
 */
export const UNLINKED_REGISTRATIONS_OF_EMAILS = `
  SELECT r.id, input.id AS "contactId" FROM unnest($1::int[], $2::text[]) AS input(id, email)
    JOIN registrations r ON r.contact_id IS NULL AND r.email = input.email::citext
   WHERE NOT EXISTS (SELECT 1 FROM registrations own WHERE own.contact_id = input.id AND own.event_id = r.event_id)
   ORDER BY r.id FOR UPDATE OF r`;

/** The registration of an unsubscribe link's key (`$1`). */
export const REGISTRATION_OF_UNSUBSCRIBE_TOKEN = `SELECT id FROM registrations WHERE unsubscribe_token = $1::uuid`;
