import { In, type EntityManager } from 'typeorm';
import type { AuditTrail } from '../database/audit-trail';
import { Registration } from './registration.entity';

/** A person as the GDPR pages name them: their contact, and the e-mail they may have registered under without it. */
interface Person {
  id: number;
  email: string | null;
}

/** A registration's fields that hold the person: the name and e-mail given, and a trainee's comment. */
const REGISTRATION_PERSONAL_FIELDS = ['name', 'email', 'evaluationComment'] as const;

const OF_PERSON = `contact_id = $1 OR (contact_id IS NULL AND $2::citext IS NOT NULL AND email = $2::citext)`;

/** The registrations of a person (GDPR art. 15): as the contact, or under their e-mail without being linked. */
export async function registrationsOfPerson(manager: EntityManager, person: Person): Promise<Registration[]> {
  const rows: { id: number }[] = await manager.query(`SELECT id FROM registrations WHERE ${OF_PERSON} ORDER BY id`, [
    person.id,
    person.email,
  ]);
  return manager.find(Registration, { where: { id: In(rows.map((row) => row.id)) }, order: { id: 'ASC' } });
}

/**
 * Erases a person from their registrations (GDPR art. 17) within the erasure's transaction: the
 * name, e-mail and comment go, from the rows and from their history; each registration now points
 * at the anonymised contact, so attendance and the key figures keep counting. Returns the
 * registrations erased.
 */
export async function eraseRegistrationsOfPerson(
  tx: EntityManager,
  audit: AuditTrail,
  person: Person,
  erasedValue: string,
): Promise<number[]> {
  // A registration under the e-mail, for an event the contact is also registered to, cannot point at
  // the contact (once per event): it keeps the erased marker as its name.
  // An UPDATE answers its rows and their count.
  const [erased]: [{ id: number }[], number] = await tx.query(
    `WITH person_registered AS (SELECT event_id FROM registrations WHERE contact_id = $1)
     UPDATE registrations r
        SET contact_id = CASE WHEN r.contact_id IS NULL AND r.event_id IN (SELECT event_id FROM person_registered) THEN NULL ELSE $1 END,
            name = CASE WHEN r.contact_id IS NULL AND r.event_id IN (SELECT event_id FROM person_registered) THEN $3 ELSE NULL END,
            email = NULL, evaluation_comment = NULL, version = r.version + 1, updated_at = now()
      WHERE ${OF_PERSON.replaceAll('contact_id', 'r.contact_id').replaceAll('email =', 'r.email =')} RETURNING r.id`,
    [person.id, person.email, erasedValue],
  );
  const ids = erased.map((row) => row.id);
  await audit.scrubValues(tx, 'registration', ids, REGISTRATION_PERSONAL_FIELDS, erasedValue);
  return ids;
}
