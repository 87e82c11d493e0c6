/** The requests a person made (`$1` the contact), as the contact or under their e-mail (`$2`, null for none) without being linked. */
const REQUESTS_OF_PERSON_WHERE = `FROM requests WHERE contact_id = $1 OR ($2::citext IS NOT NULL AND requester_email = $2::citext)`;

export const REQUESTS_OF_PERSON = `SELECT * ${REQUESTS_OF_PERSON_WHERE} ORDER BY received_at, id`;

/** The same requests, locked until the erasure commits. */
export const REQUESTS_OF_PERSON_LOCKED = `${REQUESTS_OF_PERSON} FOR UPDATE`;

/** The timelines of these requests (`$1`). */
export const TIMELINES_OF_REQUESTS = `SELECT * FROM interactions WHERE request_id = ANY($1::int[]) ORDER BY occurred_at, id`;

/** The cases whose contact is the person (`$1`). */
export const CASES_OF_PERSON = `SELECT * FROM cases WHERE contact_id = $1 ORDER BY opened_at, id`;

/** The contact's own history. */
export const HISTORY_OF_CONTACT = `SELECT * FROM audit_events WHERE entity = 'contact' AND entity_id = $1 ORDER BY at, id`;

/** When relay users saw the contact (`$1`), and who. */
export const RELAY_READS_OF_CONTACT = `SELECT r.at, r.kind, r.user_id AS "userId", u.full_name AS "userFullName"
           FROM personal_data_reads r JOIN users u ON u.id = r.user_id
          WHERE r.contact_id = $1 ORDER BY r.at, r.id`;

/** The organisation of the contact, by name only. */
export const ORGANISATION_NAME = `SELECT id, name FROM organisations WHERE id = $1`;

/**
 * The requests `$1` lose their requester's name and e-mail, as a new version; one found by its
 * e-mail now points at the anonymised contact (`$2`): it still has a requester.
 */
export const FORGET_REQUESTERS = `UPDATE requests
    SET requester_name = NULL, requester_email = NULL, contact_id = coalesce(contact_id, $2), version = version + 1, updated_at = now()
  WHERE id = ANY($1::int[])`;

/** The cases that may name the person: their organisation's (`$1`) and those their requests became (`$2`). */
export const CASES_NAMING_PERSON = `SELECT id FROM cases WHERE organisation_id = $1 OR id = ANY($2::int[]) ORDER BY id`;

/** The timelines of these requests (`$1`) and cases (`$2`). */
export const TIMELINE_IDS = `SELECT id FROM interactions WHERE request_id = ANY($1::int[]) OR case_id = ANY($2::int[]) ORDER BY id`;

/** The relay assignments of these cases (`$1`). */
export const ASSIGNMENT_IDS = `SELECT id FROM assignments WHERE case_id = ANY($1::int[]) ORDER BY id`;
