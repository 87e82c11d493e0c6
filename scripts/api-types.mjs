#!/usr/bin/env node
// The console's types of the API, generated from the OpenAPI document read on stdin (`npm run api-types`
// writes them to apps/console/src/providers/api.generated.ts; tests/api/api-types.spec.ts fails when that file
// no longer matches the document): every record, body and named answer as an interface, and the fields each
// body takes, so the console never keeps a copy of its own.
import { readFileSync } from 'node:fs';
import { compile } from 'json-schema-to-typescript';
import { format, resolveConfig } from 'prettier';

export const GENERATED_FILE = new URL('../apps/console/src/providers/api.generated.ts', import.meta.url).pathname;

/** OpenAPI 3.0 → JSON Schema: `nullable` becomes a `null` type, references point at `definitions`. */
function toJsonSchema(node) {
  if (Array.isArray(node)) return node.map(toJsonSchema);
  if (typeof node !== 'object' || node === null) return node;
  const { nullable, ...rest } = node;
  const converted = Object.fromEntries(
    Object.entries(rest).map(([key, value]) => [
      key,
      key === '$ref' && typeof value === 'string' ? value.replace('#/components/schemas/', '#/definitions/') : toJsonSchema(value),
    ]),
  );
  if (nullable !== true) return converted;
  return typeof converted.type === 'string' ? { ...converted, type: [converted.type, 'null'] } : { anyOf: [converted, { type: 'null' }] };
}

const BANNER = `// Generated from the API's OpenAPI document (/api/docs-json) by \`npm run api-types\`: do not edit.
// tests/api/api-types.spec.ts fails when it no longer matches the API.`;

async function render(document) {
  const schemas = document.components.schemas;
  const names = Object.keys(schemas).sort();
  const definitions = Object.fromEntries(names.map((name) => [name, { ...toJsonSchema(schemas[name]), title: name }]));
  const types = await compile({ type: 'object', additionalProperties: false, definitions }, 'ApiTypes', {
    bannerComment: BANNER,
    unreachableDefinitions: true,
    additionalProperties: false,
    format: false,
  });
  const bodyFields = names
    .filter((name) => name.endsWith('Dto'))
    .map((name) => `  ${name}: ${JSON.stringify(Object.keys(schemas[name].properties ?? {}))},`)
    .join('\n');
  const source = `${types.replace(/^export interface ApiTypes \{\s*\}\n/m, '')}
/** The fields each body takes, as the API validates them. */
export const BODY_FIELDS = {
${bodyFields}
} as const;
`;
  return format(source, { ...(await resolveConfig(GENERATED_FILE)), filepath: GENERATED_FILE });
}

process.stdout.write(await render(JSON.parse(readFileSync(0, 'utf8'))));
