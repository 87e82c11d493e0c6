import { applyDecorators } from '@nestjs/common';
import { ApiBody, ApiConsumes, ApiCreatedResponse, ApiOkResponse } from '@nestjs/swagger';
import { json } from '../http/json-schema';
import { IMPORT_RESOURCES } from './import-resource';

const RESOURCE = json.enumOf(IMPORT_RESOURCES);

/** What every import's dry run answers, besides its resource and errors. */
const PREVIEW = {
  mode: json.enumOf(['preview']),
  headers: json.array(json.string),
  mapping: json.map(json.nullable(json.string)),
  fields: json.array(json.string),
  rows: json.integer,
  valid: json.integer,
  invalid: json.integer,
  preview: json.array(json.object({ row: json.integer, values: json.map(json.any) })),
};

const PREVIEW_AND_COMMIT = [
  json.named(
    'ImportPreview',
    json.object({
      ...PREVIEW,
      resource: RESOURCE,
      errors: json.array(json.object({ row: json.nullable(json.integer), field: json.string, message: json.string })),
    }),
  ),
  json.named(
    'ImportCommitted',
    json.object({ mode: json.enumOf(['commit']), resource: RESOURCE, imported: json.integer, ids: json.array(json.id) }),
  ),
] as const;

/** A CSV import: the file as the body; the dry run's preview (200), or what a commit created (201). */
export function ApiImport(): MethodDecorator {
  const [preview, committed] = PREVIEW_AND_COMMIT;
  return applyDecorators(
    ApiConsumes('text/csv'),
    ApiBody({ description: 'the CSV file (UTF-8 or Windows-1252; comma or semicolon)', schema: json.string }),
    ApiOkResponse({ description: 'mode=preview: nothing saved', schema: preview }),
    ApiCreatedResponse({ description: 'mode=commit: every row saved, or none', schema: committed }),
  );
}

const REGISTRATIONS = json.enumOf(['registrations']);
const SIGN_IN_SHEET_PREVIEW = json.named(
  'SignInSheetPreview',
  json.object({
    ...PREVIEW,
    resource: REGISTRATIONS,
    eventId: json.id,
    errors: json.array(
      json.object({ row: json.nullable(json.integer), field: json.string, column: json.nullable(json.string), message: json.string }),
    ),
    matches: json.array(
      json.object({
        row: json.integer,
        person: json.enumOf(['contact', 'newContact', 'registrant']),
        contactId: json.nullable(json.id),
        registration: json.enumOf(['new', 'existing']),
        registrationId: json.nullable(json.id),
      }),
    ),
  }),
);
const SIGN_IN_SHEET_COMMITTED = json.named(
  'SignInSheetCommitted',
  json.object({
    mode: json.enumOf(['commit']),
    resource: REGISTRATIONS,
    eventId: json.id,
    imported: json.integer,
    ids: json.array(json.id),
    created: json.array(json.id),
    updated: json.array(json.id),
    contacts: json.array(json.id),
  }),
);

/** An event's sign-in sheet: the CSV file as the body; each row's match (200), or what a commit wrote (201). */
export function ApiSignInSheetImport(): MethodDecorator {
  return applyDecorators(
    ApiConsumes('text/csv'),
    ApiBody({ description: 'the sign-in sheet as a CSV file (UTF-8; comma or semicolon)', schema: json.string }),
    ApiOkResponse({ description: 'mode=preview: nothing saved', schema: SIGN_IN_SHEET_PREVIEW }),
    ApiCreatedResponse({ description: 'mode=commit: every row recorded, or none', schema: SIGN_IN_SHEET_COMMITTED }),
  );
}
