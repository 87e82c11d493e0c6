import polyglotI18nProvider from 'ra-i18n-polyglot';
import englishMessages from 'ra-language-english';
import frenchMessages from 'ra-language-french';
import type { TranslationMessages } from 'react-admin';
import { en } from './en';
import { fr } from './fr';

const messages: Record<'fr' | 'en', TranslationMessages> = {
  fr: { ...frenchMessages, ...fr } as TranslationMessages,
  en: { ...englishMessages, ...en } as TranslationMessages,
};

/** French by default; the app bar's language menu switches to English. */
export const i18nProvider = polyglotI18nProvider((locale) => (locale === 'en' ? messages.en : messages.fr), 'fr', [
  { locale: 'fr', name: 'Français' },
  { locale: 'en', name: 'English' },
]);
