import { msg } from '@resacoop/domain';
import type { Database, Transaction } from '../database/database';
import { SignInSheetRowDto } from './dto/sign-in-sheet-row.dto';
import { comparable, type ImportField } from './import-fields';
import { addError, type ImportRow } from './import-rows';
import { CONTACTS_BY_EMAIL, CONTACTS_OF_NAMED_ORGANISATIONS, EVENT_REGISTRATIONS, ORGANISATIONS_BY_NAME } from './imports.sql';

/** A cell saying yes or no, as people fill a sign-in sheet's consent column; anything else is left for the DTO to refuse. */
const YES = new Set(['oui', 'o', 'yes', 'y', 'x', '1', 'true', 'vrai']);
const NO = new Set(['non', 'n', 'no', '0', 'false', 'faux']);
const yesNo = (text: string): boolean | string => (YES.has(comparable(text)) ? true : NO.has(comparable(text)) ? false : text);

export const SIGN_IN_SHEET = {
  dto: SignInSheetRowDto,
  fields: [
    { name: 'lastName', aliases: ['Nom', 'Nom de famille'], required: true },
    { name: 'firstName', aliases: ['Prénom'] },
    { name: 'email', aliases: ['Courriel', 'E-mail', 'Mail', 'Adresse e-mail'] },
    { name: 'organisationName', aliases: ['Organisation', 'Structure'] },
    { name: 'consent', aliases: ['Consentement', 'Accord', 'J’accepte d’être recontacté'], convert: yesNo },
  ] satisfies readonly ImportField[],
};

/** Who a row is: a contact of the directory (found by e-mail, or by name within their organisation), a contact to create, or a name and e-mail alone. */
export type PersonMatch = 'contact' | 'newContact' | 'registrant';

/** What a row does to the event's registrations: adds one, or marks one already there as attended. */
export type RegistrationMatch = 'new' | 'existing';

export interface SignInMatch {
  row: number;
  person: PersonMatch;
  contactId: number | null;
  registration: RegistrationMatch;
  registrationId: number | null;
}

/** A sign-in sheet's row with its match: the registration it writes (the contact to create first, for a new contact). */
export interface MatchedRow {
  row: ImportRow;
  match: SignInMatch;
  /** The directory's organisation the sheet named, when exactly one has that name. */
  organisationId: number | null;
}

interface EventRegistration {
  id: number;
  contactId: number | null;
  email: string | null;
  contactEmail: string | null;
  name: string | null;
}

const text = (row: ImportRow, field: string): string | null =>
  typeof row.record[field] === 'string' ? (row.record[field] as string) : null;
const emailOf = (row: ImportRow) => text(row, 'email')?.toLowerCase() ?? null;
export const fullName = (row: ImportRow) => [text(row, 'firstName'), text(row, 'lastName')].filter(Boolean).join(' ');

/** The directory's organisation of each name, when exactly one has it. */
async function organisationsByName(rows: ImportRow[], db: Database, tx?: Transaction): Promise<Map<string, number>> {
  const names = [...new Set(rows.map((row) => text(row, 'organisationName')).filter((name): name is string => name !== null))];
  const found = await db.rows<{ key: string; ids: number[] }>(ORGANISATIONS_BY_NAME, [names], tx);
  return new Map(found.filter(({ ids }) => ids.length === 1).map(({ key, ids }) => [key, ids[0]]));
}

/** Each row's contact: by e-mail, else by first and last name (accents and case ignored) among the contacts of the organisation it names. */
async function matchContacts(
  rows: ImportRow[],
  db: Database,
  tx?: Transaction,
): Promise<Map<ImportRow, { id: number; email: string | null }>> {
  const matched = new Map<ImportRow, { id: number; email: string | null }>();
  const byEmail = await db.rows<{ id: number; key: string }>(CONTACTS_BY_EMAIL, [rows.map(emailOf).filter(Boolean)], tx);
  const contactOfEmail = new Map(byEmail.map(({ id, key }) => [key, id]));
  for (const row of rows) {
    const id = contactOfEmail.get(emailOf(row) ?? '');
    if (id !== undefined) matched.set(row, { id, email: emailOf(row) });
  }
  const byName = rows.filter((row) => !matched.has(row) && text(row, 'organisationName') !== null);
  const candidates = await db.rows<{ id: number; firstName: string; lastName: string; email: string | null; organisation: string }>(
    CONTACTS_OF_NAMED_ORGANISATIONS,
    [[...new Set(byName.map((row) => text(row, 'organisationName')))]],
    tx,
  );
  for (const row of byName) {
    const firstName = text(row, 'firstName');
    const found = candidates.filter(
      (contact) =>
        contact.organisation === text(row, 'organisationName') &&
        comparable(contact.lastName) === comparable(text(row, 'lastName') ?? '') &&
        (firstName === null || comparable(contact.firstName) === comparable(firstName)),
    );
    if (found.length === 1) matched.set(row, { id: found[0].id, email: found[0].email });
    else if (found.length > 1) addError(row, 'lastName', msg('import.severalContacts', { ids: found.map(({ id }) => id).join(', ') }));
  }
  return matched;
}

/** The event's registration of a person: by their contact, else by e-mail (theirs or their contact's), else by the name alone of one registered without either. */
function registrationOf(
  registrations: readonly EventRegistration[],
  person: { contactId: number | null; emails: (string | null)[]; name: string },
): EventRegistration | undefined {
  const emails = person.emails.filter(Boolean);
  return (
    registrations.find((registration) => person.contactId !== null && registration.contactId === person.contactId) ??
    registrations.find((registration) => emails.includes(registration.email) || emails.includes(registration.contactEmail)) ??
    registrations.find(
      (registration) =>
        person.contactId === null &&
        emails.length === 0 &&
        registration.contactId === null &&
        registration.email === null &&
        comparable(registration.name ?? '') === comparable(person.name),
    )
  );
}

/**
 * Matches each row of an event's sign-in sheet without an error yet: to a contact of the
 * directory (unless `withDirectory` is off: a relay user reaches only its own cases' people, so
 * its sheets neither search the directory nor add to it), to a contact created when the row gives
 * consent, or to a name and e-mail alone; then to the event's registration of that person if any.
 * Two rows of one person are refused, naming the earlier row.
 */
export async function matchSignInSheet(
  rows: ImportRow[],
  eventId: number,
  withDirectory: boolean,
  db: Database,
  tx?: Transaction,
): Promise<MatchedRow[]> {
  const checked = rows.filter((row) => Object.keys(row.errors).length === 0);
  const organisations = withDirectory ? await organisationsByName(checked, db, tx) : new Map<string, number>();
  const contacts = withDirectory ? await matchContacts(checked, db, tx) : new Map<ImportRow, { id: number; email: string | null }>();
  const registrations = await db.rows<EventRegistration>(EVENT_REGISTRATIONS, [eventId], tx);
  const firstRowOf = new Map<string, number>();
  const matched: MatchedRow[] = [];
  for (const row of checked) {
    if (Object.keys(row.errors).length > 0) continue;
    const contact = contacts.get(row);
    const consent = row.record.consent === true;
    if (!contact && withDirectory && consent && !text(row, 'firstName')) {
      addError(row, 'firstName', msg('import.firstNameForContact'));
      continue;
    }
    const person: PersonMatch = contact ? 'contact' : withDirectory && consent ? 'newContact' : 'registrant';
    const registration = registrationOf(registrations, {
      contactId: contact?.id ?? null,
      emails: [emailOf(row), contact?.email ?? null],
      name: fullName(row),
    });
    const keys = [
      registration && `registration:${registration.id}`,
      contact && `contact:${contact.id}`,
      emailOf(row) && `email:${emailOf(row)}`,
      !contact && !emailOf(row) && `name:${comparable(fullName(row))}`,
    ].filter((key): key is string => Boolean(key));
    const earlier = keys.map((key) => firstRowOf.get(key)).find((found) => found !== undefined);
    if (earlier !== undefined) {
      addError(row, emailOf(row) ? 'email' : 'lastName', msg('import.samePerson', { row: earlier }));
      continue;
    }
    for (const key of keys) firstRowOf.set(key, row.row);
    matched.push({
      row,
      organisationId: organisations.get(text(row, 'organisationName') ?? '') ?? null,
      match: {
        row: row.row,
        person,
        contactId: contact?.id ?? null,
        registration: registration ? 'existing' : 'new',
        registrationId: registration?.id ?? null,
      },
    });
  }
  return matched;
}
