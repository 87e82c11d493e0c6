/** Who a text may name: a contact's identity as the directory holds it. */
export interface Person {
  firstName: string | null;
  lastName: string | null;
  email: string | null;
  phone: string | null;
}

/** Stands in a text for an erased mention of a person. */
export const ERASED_MENTION = '[effacé]';

/**
 * A text folded for comparison, code unit by code unit so that an index in the fold is the same
 * index in the text: accents dropped, lower case. A character whose fold is not one unit (a
 * ligature, a dotted capital I) stays as it is.
 */
function fold(text: string): string {
  let folded = '';
  for (const unit of text) {
    const plain = unit.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();
    folded += plain.length === unit.length ? plain : unit;
  }
  return folded;
}

const escapeRegExp = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** A name as written in a text: its words in order, whatever spaces, hyphens or apostrophes join them. */
function namePattern(name: string): string | null {
  const words = fold(name)
    .split(/[\s\-'’]/)
    .filter(Boolean);
  return words.length ? words.map(escapeRegExp).join(`[\\s\\-'’]+`) : null;
}

/**
 * A phone number in its usual spellings: digits grouped by spaces, dots or hyphens, and for a
 * French number its national (06…) and international (+33 6…, 0033 6…, +33 (0)6…) forms.
 */
function phonePattern(phone: string): string | null {
  let digits = phone.replace(/\D/g, '');
  const national = digits.startsWith('0033') ? digits.slice(4) : phone.trim().startsWith('+33') ? digits.slice(2) : null;
  // "+33 (0)6 …" keeps the trunk 0 that the international form otherwise drops.
  if (national !== null) digits = national.startsWith('0') ? national : `0${national}`;
  if (digits.length < 6) return null;
  const spaced = (part: string) => [...part].join('[\\s.\\-]?');
  if (/^0\d{9}$/.test(digits)) return `(?:(?:\\+|00)\\s*33\\s*(?:\\(\\s*0\\s*\\)\\s*)?|0)${spaced(digits.slice(1))}`;
  return `\\+?${spaced(digits)}`;
}

/** The patterns of one person's mentions: full name, e-mail, phone. */
function patternsOf(person: Person): string[] {
  const first = person.firstName ? namePattern(person.firstName) : null;
  const last = person.lastName ? namePattern(person.lastName) : null;
  const names = first && last ? [`${first}[\\s,]+${last}`, `${last}[\\s,]+${first}`] : [first ?? last].filter((name) => name !== null);
  const patterns = names.map((name) => `(?<![\\p{L}\\p{N}])${name}(?![\\p{L}\\p{N}])`);
  if (person.email?.trim()) patterns.push(escapeRegExp(fold(person.email.trim())));
  const phone = person.phone ? phonePattern(person.phone) : null;
  if (phone) patterns.push(`(?<!\\d)${phone}(?!\\d)`);
  return patterns;
}

/**
 * The mentions of a person in free text, under each of the identities given (the contact, the
 * requester as a request wrote them): full name (first and last name in either order, accents
 * and case ignored), e-mail and phone number. Null when there is nothing to look for.
 */
export function mentionsOf(identities: readonly Person[]): RegExp | null {
  const patterns = [...new Set(identities.flatMap(patternsOf))];
  return patterns.length ? new RegExp(patterns.join('|'), 'gu') : null;
}

/** The text with every mention of the person (see `mentionsOf`) replaced by ERASED_MENTION. */
export function eraseMentions(text: string, mentions: RegExp): string {
  let erased = '';
  let from = 0;
  for (const match of fold(text).matchAll(mentions)) {
    erased += text.slice(from, match.index) + ERASED_MENTION;
    from = match.index + match[0].length;
  }
  return erased + text.slice(from);
}
