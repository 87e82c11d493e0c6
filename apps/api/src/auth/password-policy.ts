import { msg, type Message } from '@resacoop/domain';
import { dictionary } from '@zxcvbn-ts/language-common';

export const MIN_PASSWORD_LENGTH = 12;

/**
 * The 49,233 most common passwords of the public breach corpora, as zxcvbn-ts ships them
 * (`@zxcvbn-ts/language-common`, MIT), lower-cased into a Set on first use (4 MB of heap with the list).
 */
let commonPasswords: Set<string> | undefined;
export function isCommonPassword(password: string): boolean {
  commonPasswords ??= new Set(dictionary['passwords-common'].map((entry) => entry.toLowerCase()));
  return commonPasswords.has(password.toLowerCase());
}

/**
 * Why a password may not be set for this e-mail, or null (ASVS 2.1): long enough, not among the
 * common or breached ones, not the e-mail nor its local part; no composition rules.
 */
export function passwordProblem(
  password: string,
  email: string,
  isCommon: (password: string) => boolean = isCommonPassword,
): Message | null {
  if ([...password].length < MIN_PASSWORD_LENGTH) return msg('password.tooShort', { min: MIN_PASSWORD_LENGTH });
  const lowered = password.trim().toLowerCase();
  const address = email.trim().toLowerCase();
  const localPart = address.includes('@') ? address.slice(0, address.lastIndexOf('@')) : address;
  if (lowered === address || lowered === localPart) return msg('password.isEmail');
  if (isCommon(password)) return msg('password.common');
  return null;
}
