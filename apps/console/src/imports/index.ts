import { lazyPage } from '../common/lazyPage';

/** The CSV import page (`/import/organisations`, `/import/contacts`), loaded when first visited. */
export const page = lazyPage(() => import('./ImportPage').then((m) => m.ImportPage));

/** An event's sign-in sheet import (`/import/sign-in-sheet/:eventId`), loaded when first visited. */
export const signInSheetPage = lazyPage(() => import('./SignInSheetImportPage').then((m) => m.SignInSheetImportPage));
export const SIGN_IN_SHEET_ROUTE = '/import/sign-in-sheet/:eventId';
export { SignInSheetImportButton, signInSheetPath } from './SignInSheetImportButton';
