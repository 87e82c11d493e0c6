import { DEPARTEMENT_LABELS, ORGANISATION_TYPE_LABELS } from '@resacoop/domain';
import { FileRefused } from './import-errors';
import { readCsvTable } from './csv-table';
import { codeOf, isFormula, listOf } from './import-fields';
import { defaultMapping } from './import-mapping';
import { ORGANISATION_IMPORT } from './organisation-import';

const bytes = (text: string) => Buffer.from(text, 'utf8');

describe('reading a CSV file', () => {
  it('finds the delimiter, drops the byte-order mark and numbers rows as a spreadsheet does', () => {
    const table = readCsvTable(Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), bytes('Nom;Ville\r\nA;"Lyon\r\n3e"\r\n;\r\nB;Riom\r\n')]));
    expect(table.headers).toEqual(['Nom', 'Ville']);
    // A cell over two lines is one row; the blank row 3 is skipped but still counted.
    expect(table.rows).toEqual([
      { row: 2, cells: ['A', 'Lyon\r\n3e'] },
      { row: 4, cells: ['B', 'Riom'] },
    ]);
  });

  it('reads commas when the title line has more commas than semicolons', () => {
    expect(readCsvTable(bytes('Nom,Ville;quartier\nA,B\n')).headers).toEqual(['Nom', 'Ville;quartier']);
  });

  it('refuses bytes that are not UTF-8', () => {
    expect(() => readCsvTable(Buffer.from([0x4e, 0x6f, 0x6d, 0x0a, 0xe9, 0x0a]))).toThrow(FileRefused);
  });

  it('stops reading past the row limit', () => {
    expect(() => readCsvTable(bytes(`a\n${'x\n'.repeat(5001)}`))).toThrow(/plus de 5\s000 lignes/);
    expect(readCsvTable(bytes(`a\n${'x\n'.repeat(5000)}`)).rows).toHaveLength(5000);
  });
});

describe('cells', () => {
  it('tells formulas from numbers', () => {
    for (const formula of ['=1+1', '@SUM(A1)', '\tx', '\rx', '+cmd', '-1+1', '-A1']) expect(isFormula(formula)).toBe(true);
    for (const data of ['+33 4 72 00 00 00', '-12.5', '(04) 72', '-', 'a=b', ' =1']) expect(isFormula(data)).toBe(false);
  });

  it('takes a code or its French label, with or without a département’s number', () => {
    const departement = codeOf(DEPARTEMENT_LABELS);
    expect(['38', '38 Isère', 'ISERE', 'isère'].map(departement)).toEqual(['38', '38', '38', '38']);
    expect(departement('Métropole de Lyon')).toBe('69M');
    expect(departement('99')).toBe('99');
    expect(codeOf(ORGANISATION_TYPE_LABELS)('association / ong')).toBe('association');
  });

  it('splits lists on commas and bars', () => {
    expect(listOf()(' eau, jumelage |santé ,')).toEqual(['eau', 'jumelage', 'santé']);
  });
});

describe('default mapping', () => {
  it('matches titles to field names and French titles, accents and case ignored; the first column wins', () => {
    expect(defaultMapping(ORGANISATION_IMPORT.fields, ['NOM', 'departement', 'Code postal', 'Raison sociale', 'Divers', ''])).toEqual({
      NOM: 'name',
      departement: 'departement',
      'Code postal': 'postcode',
      'Raison sociale': null,
      Divers: null,
    });
  });
});
