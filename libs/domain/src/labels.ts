/** A label in each language the console speaks. French is the default. */
export interface Label {
  fr: string;
  en: string;
}

export type Locale = keyof Label;

/** Codes of one reference list with their labels, in display order. */
export type Labelled<Code extends string> = Readonly<Record<Code, Label>>;

export interface Choice<Code extends string = string> {
  id: Code;
  name: string;
}

/** Turns a labelled reference list into react-admin style choices for one locale. */
export function toChoices<Code extends string>(labels: Labelled<Code>, locale: Locale = 'fr'): Choice<Code>[] {
  return codesOf(labels).map((id) => ({ id, name: labels[id][locale] }));
}

const INDEX_KEY = /^(0|[1-9][0-9]*)$/;

/**
 * The codes in display order. JavaScript lists integer-like keys ('15', '38') before the others
 * whatever the declaration says, so a list holding some (the départements) is declared in code
 * order and sorted back into it.
 */
export function codesOf<Code extends string>(labels: Labelled<Code>): Code[] {
  const codes = Object.keys(labels) as Code[];
  return codes.some((code) => INDEX_KEY.test(code)) ? codes.sort() : codes;
}
