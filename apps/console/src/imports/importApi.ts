import { fetchUtils, HttpError } from 'react-admin';
import { API_URL } from '../providers/api';

export const IMPORT_RESOURCES = ['organisations', 'contacts'] as const;
export type ImportResource = (typeof IMPORT_RESOURCES)[number];

export const isImportResource = (resource: string | undefined): resource is ImportResource =>
  IMPORT_RESOURCES.includes(resource as ImportResource);

/** Column title → the field it goes into, or null when the column is left out. */
export type ColumnMapping = Record<string, string | null>;

export interface ImportError {
  /** The row number a spreadsheet shows; null for a problem of the mapping. */
  row: number | null;
  field: string;
  /** The file's column that holds the field, when the API names it (a sign-in sheet). */
  column?: string | null;
  message: string;
}

/** What `POST /api/{resource}/import?mode=preview` answers: the file checked, nothing saved. */
export interface ImportReport {
  headers: string[];
  mapping: ColumnMapping;
  fields: string[];
  rows: number;
  valid: number;
  invalid: number;
  errors: ImportError[];
  preview: { row: number; values: Record<string, unknown> }[];
}

export interface ImportDone {
  imported: number;
  ids: number[];
}

/** Who a sign-in sheet's row is, and what it does to the event's registrations. */
export interface SignInMatch {
  row: number;
  person: 'contact' | 'newContact' | 'registrant';
  contactId: number | null;
  registration: 'new' | 'existing';
  registrationId: number | null;
}

/** What `POST /api/events/{id}/sign-in-sheet/import?mode=preview` answers: the directory import's report, and each row's match. */
export interface SignInSheetReport extends ImportReport {
  matches: SignInMatch[];
}

/** The file goes as it is (`text/csv`) to an import route (`organisations/import`…); the API reads, checks and, on commit, saves it. */
async function send<T>(route: string, mode: 'preview' | 'commit', file: File, mapping?: ColumnMapping): Promise<T> {
  const query = new URLSearchParams({ mode });
  if (mapping) query.set('mapping', JSON.stringify(mapping));
  const { json } = await fetchUtils.fetchJson(`${API_URL}/${route}?${query.toString()}`, {
    method: 'POST',
    body: file,
    credentials: 'include',
    headers: new Headers({ 'Content-Type': 'text/csv', Accept: 'application/json' }),
  });
  return json as T;
}

/** Without a mapping, the API matches the columns by their titles. */
export const previewImport = (resource: ImportResource, file: File, mapping?: ColumnMapping) =>
  send<ImportReport>(`${resource}/import`, 'preview', file, mapping);

export const commitImport = (resource: ImportResource, file: File, mapping: ColumnMapping) =>
  send<ImportDone>(`${resource}/import`, 'commit', file, mapping);

const signInSheetRoute = (eventId: number) => `events/${eventId}/sign-in-sheet/import`;

export const previewSignInSheet = (eventId: number, file: File, mapping?: ColumnMapping) =>
  send<SignInSheetReport>(signInSheetRoute(eventId), 'preview', file, mapping);

export const commitSignInSheet = (eventId: number, file: File, mapping: ColumnMapping) =>
  send<ImportDone>(signInSheetRoute(eventId), 'commit', file, mapping);

/** The API's own sentence for a refused file or mapping (it names the problem). */
export const refusalOf = (error: unknown): string => (error instanceof HttpError ? error.message : 'ra.notification.http_error');
