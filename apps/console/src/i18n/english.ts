import englishMessages from 'ra-language-english';
import type { TranslationMessages } from 'react-admin';
import { en } from './en';

/** react-admin's English and the console's own, loaded only when someone switches to English. */
export const english = { ...englishMessages, ...en } as TranslationMessages;
