import type { AuditTrail } from '../database/audit-trail';
import type { Database, Transaction } from '../database/database';
import { Registration } from './registration.entity';
import { ERASE_REGISTRATIONS_OF_PERSON, REGISTRATIONS_OF_PERSON } from './registrations.sql';

/** A person as the GDPR pages name them: their contact, and the e-mail they may have registered under without it. */
interface Person {
  id: number;
  email: string | null;
}

/** A registration's fields that hold the person: the name and e-mail given, and a trainee's comment. */
const REGISTRATION_PERSONAL_FIELDS = ['name', 'email', 'evaluationComment'] as const;

/** The registrations of a person (GDPR art. 15): as the contact, or under their e-mail without being linked. */
export function registrationsOfPerson(db: Database, tx: Transaction, person: Person): Promise<Registration[]> {
  return db.entities(Registration, REGISTRATIONS_OF_PERSON, [person.id, person.email], tx);
}

/**
 * Erases a person from their registrations (GDPR art. 17) within the erasure's transaction: the
 * name, e-mail and comment go, from the rows and from their history; each registration now points
 * at the anonymised contact, so attendance and the key figures keep counting. Returns the
 * registrations erased.
 */
export async function eraseRegistrationsOfPerson(
  db: Database,
  tx: Transaction,
  audit: AuditTrail,
  person: Person,
  erasedValue: string,
): Promise<number[]> {
  const erased = await db.rows<{ id: number }>(ERASE_REGISTRATIONS_OF_PERSON, [person.id, person.email, erasedValue], tx);
  const ids = erased.map((row) => row.id);
  await audit.scrubValues(tx, 'registration', ids, REGISTRATION_PERSONAL_FIELDS, erasedValue);
  return ids;
}
