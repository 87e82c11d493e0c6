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
  return (Object.keys(labels) as Code[]).map((id) => ({ id, name: labels[id][locale] }));
}

export function codesOf<Code extends string>(labels: Labelled<Code>): Code[] {
  return Object.keys(labels) as Code[];
}
