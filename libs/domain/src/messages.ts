import type { Label, Locale } from './labels';
import { CATALOGUE } from './catalogue';

export { CATALOGUE };

export const LOCALES: readonly Locale[] = ['fr', 'en'];
export const DEFAULT_LOCALE: Locale = 'fr';

export type MessageKey = keyof typeof CATALOGUE;

/**
 * A text the API sends to a person, kept as its catalogue key and parameters until the reader's
 * language is known. A parameter is a plain value, a label (rendered in the reader's language), a
 * message, or a list of messages (joined with "et" / "and").
 */
export interface Message {
  key: MessageKey;
  params?: Readonly<Record<string, MessageParam>>;
}

export type MessageParam = string | number | Label | Message | readonly Message[];

/** The names a template expects: `{name}` and the plural choice `{name|one|other}` (braces around other text are text). */
type ParamNames<Template extends string> = Template extends `${string}{${infer Inner}}${infer Rest}`
  ? (Inner extends `${infer Name}|${string}` ? Name : Inner extends `${string}${' ' | '"'}${string}` ? never : Inner) | ParamNames<Rest>
  : never;

type ParamsOf<Key extends MessageKey> = ParamNames<(typeof CATALOGUE)[Key]['fr']>;

/** A message of the catalogue; the compiler checks that the parameters its template names are given. */
export function msg<Key extends MessageKey>(
  key: Key,
  ...params: [ParamsOf<Key>] extends [never] ? [] : [Readonly<Record<ParamsOf<Key>, MessageParam>>]
): Message {
  return params.length > 0 ? { key, params: params[0] } : { key };
}

const PLACEHOLDER = /\{([A-Za-z0-9_]+)(?:\|([^|{}]*)\|([^|{}]*))?\}/g;

/** The parameter names of a template, each once, in order: the catalogue test compares the languages with it. */
export function placeholdersOf(template: string): string[] {
  return [...new Set([...template.matchAll(PLACEHOLDER)].map((match) => match[1]))];
}

function isMessage(value: MessageParam): value is Message {
  return typeof value === 'object' && 'key' in value;
}

function renderParam(value: MessageParam | undefined, locale: Locale): string {
  if (value === undefined) return '';
  if (typeof value === 'string' || typeof value === 'number') return String(value);
  if (Array.isArray(value)) {
    const parts = (value as readonly Message[]).map((part) => translate(part, locale));
    return parts.length <= 1
      ? (parts[0] ?? '')
      : `${parts.slice(0, -1).join(', ')}${CATALOGUE['list.and'][locale]}${parts[parts.length - 1]}`;
  }
  return isMessage(value as MessageParam) ? translate(value as Message, locale) : (value as Label)[locale];
}

/** The message in one language; `{n|one|other}` picks `one` when n is 1. */
export function translate(message: Message, locale: Locale): string {
  const template: string = CATALOGUE[message.key][locale];
  const params = message.params ?? {};
  // `one` and `other` are matched together or not at all.
  return template.replace(PLACEHOLDER, (_whole, name: string, one: string | undefined, other: string) => {
    const value = params[name];
    if (one !== undefined) return Number(value) === 1 ? one : other;
    return renderParam(value, locale);
  });
}

/** Each field's message in one language. */
export function translateFields(fields: Readonly<Record<string, Message>>, locale: Locale): Record<string, string> {
  const translated: Record<string, string> = {};
  for (const [field, message] of Object.entries(fields)) translated[field] = translate(message, locale);
  return translated;
}

export function isLocale(value: unknown): value is Locale {
  return value === 'fr' || value === 'en';
}

/**
 * The language an `Accept-Language` header prefers among those spoken (`en-GB,en;q=0.9,fr;q=0.8`
 * gives `en`), French when it names none of them or is absent.
 */
export function localeOfHeader(header: string | undefined): Locale {
  if (!header) return DEFAULT_LOCALE;
  let best: { locale: Locale; quality: number } | null = null;
  for (const range of header.slice(0, 200).split(',')) {
    const [tag, ...options] = range.split(';');
    const language = tag.trim().slice(0, 2).toLowerCase();
    if (!isLocale(language)) continue;
    const qualityOption = options.map((option) => option.trim()).find((option) => option.startsWith('q='));
    const quality = qualityOption ? Number(qualityOption.slice(2)) : 1;
    if (Number.isFinite(quality) && quality > 0 && (!best || quality > best.quality)) best = { locale: language, quality };
  }
  return best?.locale ?? DEFAULT_LOCALE;
}
