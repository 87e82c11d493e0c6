import type { Database, Transaction } from '../database/database';
import { Registration } from './registration.entity';
import { UNLINKED_REGISTRATIONS_OF_EMAILS } from './registrations.sql';

/**
 * Links to contacts just made (or given an e-mail), within the caller's transaction, the
 * registrations made under their e-mails before they were in the directory (public pages,
 * walk-ins, sign-in sheets), each write audited; a registration for an event the contact is
 * registered to already stays as it is (never two of one person). One query for all the contacts.
 * Answers the registrations linked.
 */
export async function linkRegistrationsOfContacts(
  db: Database,
  tx: Transaction,
  actorId: number | null,
  contacts: readonly { id: number; email: string | null }[],
): Promise<number[]> {
  const withEmail = contacts.filter((contact) => contact.email);
  if (withEmail.length === 0) return [];
  const store = db.store(Registration, 'registration');
  const unlinked = await db.rows<{ id: number; contactId: number }>(
    UNLINKED_REGISTRATIONS_OF_EMAILS,
    [withEmail.map(({ id }) => id), withEmail.map(({ email }) => email)],
    tx,
  );
  for (const { id, contactId } of unlinked) await store.applyWithin(tx, actorId, await store.lock(id, tx), { contactId });
  return unlinked.map(({ id }) => id);
}
