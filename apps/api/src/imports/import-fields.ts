import { msg } from '@resacoop/domain';
import type { Labelled } from '@resacoop/domain';

/** A field a CSV column can be imported into. */
export interface ImportField {
  /** The API's field name: the mapping's target. */
  name: string;
  /** Column titles that map to this field without being told, besides its name (accents, case and punctuation ignored). */
  aliases: readonly string[];
  /** A row without a value for it is in error. */
  required?: boolean;
  /** Finds a related record rather than being saved as such (a contact's organisation by SIRET or name). */
  lookup?: boolean;
  /** From the cell's trimmed text to what the create DTO expects; the text itself when absent. */
  convert?: (text: string) => unknown;
}

/** How titles and labels are compared: "Département", "departement" and "DÉPARTEMENT " are one. */
export function comparable(text: string): string {
  return text
    .normalize('NFD')
    .replace(/\p{Diacritic}/gu, '')
    .toLowerCase()
    .replace(/[^a-z0-9]/g, '');
}

/**
 * A code of a reference list, given as the code or its French label ("Association / ONG",
 * "38 Isère", or "Isère" without its number). Anything else is left as typed, for the DTO to refuse.
 */
export function codeOf<Code extends string>(labels: Labelled<Code>): (text: string) => string {
  const codes = new Map<string, Code>();
  for (const code of Object.keys(labels) as Code[]) {
    const label = labels[code].fr;
    for (const name of [code, label, label.replace(/^\d+\s+/, '')]) codes.set(comparable(name), code);
  }
  return (text) => codes.get(comparable(text)) ?? text;
}

/** A list in one cell, its items separated by `,` or `|`. */
export function listOf(convertItem: (text: string) => string = (text) => text): (text: string) => string[] {
  return (text) =>
    text
      .split(/[,|]/)
      .map((item) => item.trim())
      .filter(Boolean)
      .map(convertItem);
}

export const integer = (text: string): number | string => (/^\d{1,10}$/.test(text) ? Number(text) : text);

/** A French date (31/12/2024) as the ISO date the API takes; anything else as typed. */
export const isoDate = (text: string): string => text.replace(/^(\d{2})\/(\d{2})\/(\d{4})$/, '$3-$2-$1');

/**
 * A cell a spreadsheet would run as a formula: starting with `=`, `@`, a tab or a carriage return,
 * or with `+`/`-` followed by anything but a number ("+33 4 72 00 00 00" and "-12.5" are data).
 */
export function isFormula(cell: string): boolean {
  return /^[=@\t\r]/.test(cell) || /^[+-](?![\d\s.()]*$)/.test(cell);
}

export const FORMULA_REFUSED = msg('import.formula');
