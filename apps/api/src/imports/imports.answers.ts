import { applyDecorators } from '@nestjs/common';
import { ApiBody, ApiConsumes, ApiCreatedResponse, ApiOkResponse } from '@nestjs/swagger';
import { json } from '../http/json-schema';
import { IMPORT_RESOURCES } from './import-resource';

const RESOURCE = json.enumOf(IMPORT_RESOURCES);

const PREVIEW_AND_COMMIT = [
  json.named(
    'ImportPreview',
    json.object({
      mode: json.enumOf(['preview']),
      resource: RESOURCE,
      headers: json.array(json.string),
      mapping: json.map(json.nullable(json.string)),
      fields: json.array(json.string),
      rows: json.integer,
      valid: json.integer,
      invalid: json.integer,
      errors: json.array(json.object({ row: json.nullable(json.integer), field: json.string, message: json.string })),
      preview: json.array(json.object({ row: json.integer, values: json.map(json.any) })),
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
