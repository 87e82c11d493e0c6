import { DEPARTEMENT_LABELS, MEMBERSHIP_LABELS, ORGANISATION_TYPE_LABELS, ZONE_LABELS, msg } from '@resacoop/domain';
import type { Database, Transaction } from '../database/database';
import { CreateOrganisationDto, Organisation } from '../organisations';
import { codeOf, listOf } from './import-fields';
import type { ImportResource } from './import-resource';
import { markDuplicates, rowsWithValid, type ImportRow } from './import-rows';
import { NAME_KEYS, ORGANISATIONS_BY_IDENTIFIER, ORGANISATIONS_BY_NAME_KEY } from './imports.sql';

interface ExistingOrganisation {
  id: number;
  name: string;
  key: string;
}

/** Same SIRET, or same RNA, as an existing organisation or an earlier row. */
async function markDuplicateIdentifiers(
  rows: ImportRow[],
  db: Database,
  tx: Transaction | undefined,
  column: 'siret' | 'rna',
  label: string,
): Promise<void> {
  const checked = rowsWithValid(rows, column);
  const keyOf = (row: ImportRow) => row.record[column] as string;
  const existing = await db.rows<ExistingOrganisation>(ORGANISATIONS_BY_IDENTIFIER(column), [checked.map(keyOf)], tx);
  const holders = new Map(existing.map(({ id, name, key }) => [key, msg('import.organisationHasIdentifier', { id, name, label })]));
  markDuplicates(checked, column, keyOf, holders, msg('import.sameIdentifier', { label }));
}

/** Same name (as `f_organisation_name_key` compares names) in the same département, as an existing organisation or an earlier row. */
async function markDuplicateNames(rows: ImportRow[], db: Database, tx?: Transaction): Promise<void> {
  const checked = rowsWithValid(rows, 'name');
  const nameKeys = await db.rows<{ key: string | null }>(NAME_KEYS, [checked.map((row) => row.record.name)], tx);
  const keyOfRow = new Map(
    checked.map((row, index) => [row, nameKeys[index].key ? `${row.record.departement ?? ''}|${nameKeys[index].key}` : null]),
  );
  const existing = await db.rows<ExistingOrganisation & { departement: string | null }>(
    ORGANISATIONS_BY_NAME_KEY,
    [nameKeys.map(({ key }) => key).filter(Boolean)],
    tx,
  );
  const holders = new Map(
    existing.map((organisation) => [
      `${organisation.departement ?? ''}|${organisation.key}`,
      msg('import.organisationHasName', { id: organisation.id, name: organisation.name }),
    ]),
  );
  markDuplicates(checked, 'name', (row) => keyOfRow.get(row) ?? null, holders, msg('import.sameName'));
}

export const ORGANISATION_IMPORT: ImportResource = {
  name: 'organisations',
  entityName: 'organisation',
  target: Organisation,
  dto: CreateOrganisationDto,
  fields: [
    { name: 'name', aliases: ['Nom', 'Raison sociale', 'Organisation'], required: true },
    { name: 'acronym', aliases: ['Sigle'] },
    { name: 'type', aliases: ['Type d’organisation'], required: true, convert: codeOf(ORGANISATION_TYPE_LABELS) },
    { name: 'siret', aliases: ['N° SIRET'] },
    { name: 'rna', aliases: ['N° RNA'] },
    { name: 'departement', aliases: ['Dép.'], convert: codeOf(DEPARTEMENT_LABELS) },
    { name: 'postcode', aliases: ['Code postal', 'CP'] },
    { name: 'city', aliases: ['Ville', 'Commune'] },
    { name: 'address', aliases: ['Adresse'] },
    { name: 'website', aliases: ['Site web', 'Site internet'] },
    { name: 'email', aliases: ['Courriel', 'E-mail', 'Mail'] },
    { name: 'phone', aliases: ['Téléphone', 'Tél.'] },
    { name: 'membership', aliases: ['Adhésion'], convert: codeOf(MEMBERSHIP_LABELS) },
    { name: 'zones', aliases: ['Zones géographiques'], convert: listOf(codeOf(ZONE_LABELS)) },
    { name: 'tags', aliases: ['Mots-clés'], convert: listOf() },
    { name: 'notes', aliases: ['Remarques'] },
  ],
  async check(rows, db, tx) {
    await markDuplicateIdentifiers(rows, db, tx, 'siret', 'SIRET');
    await markDuplicateIdentifiers(rows, db, tx, 'rna', 'RNA');
    await markDuplicateNames(rows, db, tx);
  },
};
