import type { Locale } from './labels';
import { CATALOGUE, DEFAULT_LOCALE, translate, type Message, type MessageKey } from './messages';

/** How a notification's text is stored: its French text, and its catalogue key and parameters (null on older rows). */
export interface StoredNotificationText {
  message: string;
  messageKey: MessageKey | null;
  messageParams: Message['params'] | null;
}

/** What to store of a notification's text: its French text (the fallback, as older rows hold only it), its key and parameters. */
export function storedText(text: Message): StoredNotificationText {
  return { message: translate(text, DEFAULT_LOCALE), messageKey: text.key, messageParams: text.params ?? null };
}

/**
 * A notification's text in the reader's language. Rows written before the catalogue (or with a
 * key it no longer holds) keep their stored French text.
 */
export function notificationText(stored: StoredNotificationText, locale: Locale): string {
  if (!stored.messageKey || !Object.hasOwn(CATALOGUE, stored.messageKey)) return stored.message;
  return translate({ key: stored.messageKey, params: stored.messageParams ?? undefined }, locale);
}
