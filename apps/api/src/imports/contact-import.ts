import { normaliseSiret, msg } from '@resacoop/domain';
import type { Database, Transaction } from '../database/database';
import { Contact, CreateContactDto } from '../contacts';
import { integer, isoDate } from './import-fields';
import type { ImportResource } from './import-resource';
import { addError, markDuplicates, rowsWithValid, type ImportRow } from './import-rows';
import { CONTACTS_BY_EMAIL, EXISTING_ORGANISATION_IDS, ORGANISATIONS_BY_NAME, ORGANISATIONS_BY_SIRET } from './imports.sql';

type OrganisationLookup = 'organisationSiret' | 'organisationName';

/** Sets the row's organisation when exactly one organisation answers the lookup. */
function assignOrganisation(row: ImportRow, field: OrganisationLookup, ids: readonly number[] | undefined): void {
  const by = field === 'organisationSiret' ? msg('import.bySiret') : msg('import.byName');
  if (!ids?.length) addError(row, field, msg('import.noOrganisation', { by }));
  else if (ids.length > 1) addError(row, field, msg('import.severalOrganisations', { by, ids: ids.join(', ') }));
  else row.record.organisationId = ids[0];
}

/** A contact's organisation given by number must exist. */
async function checkOrganisationIds(rows: ImportRow[], db: Database, tx?: Transaction): Promise<void> {
  const byId = rows.filter((row) => typeof row.record.organisationId === 'number' && !row.errors.organisationId);
  const found = await db.rows<{ id: number }>(EXISTING_ORGANISATION_IDS, [byId.map((row) => row.record.organisationId)], tx);
  const existing = new Set(found.map(({ id }) => id));
  for (const row of byId)
    if (!existing.has(row.record.organisationId as number)) addError(row, 'organisationId', msg('field.missing.organisation'));
}

async function findOrganisationsBySiret(rows: ImportRow[], db: Database, tx?: Transaction): Promise<void> {
  const siretOf = (row: ImportRow) => normaliseSiret(row.lookups.organisationSiret);
  const matches = await db.rows<{ key: string; ids: number[] }>(ORGANISATIONS_BY_SIRET, [rows.map(siretOf)], tx);
  const idsBySiret = new Map(matches.map(({ key, ids }) => [key, ids]));
  for (const row of rows) assignOrganisation(row, 'organisationSiret', idsBySiret.get(siretOf(row)));
}

/** Names compare as `f_organisation_name_key` compares them: accents, case and legal forms ignored. */
async function findOrganisationsByName(rows: ImportRow[], db: Database, tx?: Transaction): Promise<void> {
  const matches = await db.rows<{ key: string; ids: number[] }>(
    ORGANISATIONS_BY_NAME,
    [[...new Set(rows.map((row) => row.lookups.organisationName))]],
    tx,
  );
  const idsByName = new Map(matches.map(({ key, ids }) => [key, ids]));
  for (const row of rows) assignOrganisation(row, 'organisationName', idsByName.get(row.lookups.organisationName));
}

/** A contact's organisation: by number (organisationId), else by SIRET, else by name; one query for all rows each way. */
async function resolveOrganisations(rows: ImportRow[], db: Database, tx?: Transaction): Promise<void> {
  await checkOrganisationIds(rows, db, tx);
  const unresolved = rows.filter((row) => row.record.organisationId === undefined && !row.errors.organisationId);
  await findOrganisationsBySiret(
    unresolved.filter((row) => row.lookups.organisationSiret !== undefined),
    db,
    tx,
  );
  await findOrganisationsByName(
    unresolved.filter((row) => row.lookups.organisationSiret === undefined && row.lookups.organisationName !== undefined),
    db,
    tx,
  );
}

/** Same e-mail address (case ignored) as an existing contact or an earlier row. */
async function markDuplicateEmails(rows: ImportRow[], db: Database, tx?: Transaction): Promise<void> {
  const checked = rowsWithValid(rows, 'email');
  const keyOf = (row: ImportRow) => (row.record.email as string).toLowerCase();
  const existing = await db.rows<{ id: number; key: string }>(CONTACTS_BY_EMAIL, [checked.map(keyOf)], tx);
  const holders = new Map(existing.map(({ id, key }) => [key, msg('import.contactHasEmail', { id })]));
  markDuplicates(checked, 'email', keyOf, holders, msg('import.sameEmail'));
}

export const CONTACT_IMPORT: ImportResource = {
  name: 'contacts',
  entityName: 'contact',
  target: Contact,
  dto: CreateContactDto,
  fields: [
    { name: 'firstName', aliases: ['Prénom'], required: true },
    { name: 'lastName', aliases: ['Nom', 'Nom de famille'], required: true },
    { name: 'email', aliases: ['Courriel', 'E-mail', 'Mail'] },
    { name: 'phone', aliases: ['Téléphone', 'Tél.'] },
    { name: 'function', aliases: ['Fonction', 'Poste'] },
    { name: 'organisationId', aliases: ['N° organisation'], convert: integer },
    { name: 'organisationSiret', aliases: ['SIRET', 'SIRET de l’organisation'], lookup: true },
    { name: 'organisationName', aliases: ['Organisation', 'Structure'], lookup: true },
    { name: 'newsletterConsentAt', aliases: ['Consentement à la lettre d’information'], convert: isoDate },
    { name: 'notes', aliases: ['Remarques'] },
  ],
  async check(rows, db, tx) {
    await resolveOrganisations(rows, db, tx);
    await markDuplicateEmails(rows, db, tx);
  },
  async created(records, { registrations }, tx, actorId) {
    await registrations.linkToContacts(
      tx,
      actorId,
      records.map(({ id, record }) => ({ id, email: (record.email as string | undefined) ?? null })),
    );
  },
};
