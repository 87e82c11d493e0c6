import polyglotI18nProvider from 'ra-i18n-polyglot';
import frenchMessages from 'ra-language-french';
import type { TranslationMessages } from 'react-admin';
import { fr } from './fr';

const french = { ...frenchMessages, ...fr } as TranslationMessages;

/**
 * French by default; the app bar's language menu switches to English, whose messages are a chunk
 * of their own (fetched on the switch, or at start-up for someone who chose English before).
 */
export const i18nProvider = polyglotI18nProvider(
  (locale) => (locale === 'en' ? import('./english').then((module) => module.english) : french),
  'fr',
  [
    { locale: 'fr', name: 'Français' },
    { locale: 'en', name: 'English' },
  ],
);
