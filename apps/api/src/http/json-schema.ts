import { getSchemaPath, type SchemaObject } from '@nestjs/swagger';
import type { Type } from '@nestjs/common';

/** Marks `json.recordWith`'s schema, which the document merges into one object (see openapi.ts). */
export const RECORD_WITH = 'x-record-with';
/** Names a schema, which the document lists among its components (and clients generate a type of). */
export const SCHEMA_NAME = 'x-schema-name';

/**
 * A few builders for the OpenAPI schemas of answers that are not records (see api-answers.ts): an
 * object lists all its fields as required and no other, as the API answers them.
 */
export const json = {
  object: (properties: Record<string, SchemaObject>): SchemaObject => ({
    type: 'object',
    properties,
    required: Object.keys(properties),
    additionalProperties: false,
  }),
  /** An object whose keys are data (counts by state, by status…). */
  map: (values: SchemaObject): SchemaObject => ({ type: 'object', additionalProperties: values }),
  array: (items: SchemaObject): SchemaObject => ({ type: 'array', items }),
  named: (name: string, schema: SchemaObject): SchemaObject => ({ ...schema, [SCHEMA_NAME]: name }) as SchemaObject,
  // OpenAPI 3.0: a nullable list of codes lists null among them.
  nullable: (schema: SchemaObject): SchemaObject => ({
    ...schema,
    nullable: true,
    ...(schema.enum ? { enum: [...schema.enum, null] } : {}),
  }),
  record: (record: Type): SchemaObject => ({ $ref: getSchemaPath(record) }) as SchemaObject,
  /** A record with more fields (merged into one object by the document, see openapi.ts). */
  recordWith: (record: Type, fields: Record<string, SchemaObject>): SchemaObject =>
    ({ allOf: [{ $ref: getSchemaPath(record) }, json.object(fields)], [RECORD_WITH]: true }) as SchemaObject,
  enumOf: (values: readonly (string | number)[]): SchemaObject => ({
    type: typeof values[0] === 'number' ? 'integer' : 'string',
    enum: [...values],
  }),
  string: { type: 'string' } as SchemaObject,
  integer: { type: 'integer' } as SchemaObject,
  number: { type: 'number' } as SchemaObject,
  boolean: { type: 'boolean' } as SchemaObject,
  id: { type: 'integer', minimum: 1 } as SchemaObject,
  instant: { type: 'string', format: 'date-time' } as SchemaObject,
  day: { type: 'string', format: 'date' } as SchemaObject,
  any: {} as SchemaObject,
};
