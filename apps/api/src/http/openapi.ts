import type { INestApplication } from '@nestjs/common';
import { DocumentBuilder, SwaggerModule, type OpenAPIObject, type SchemaObject } from '@nestjs/swagger';
import { DataSource, type EntityMetadata } from 'typeorm';
import type { ColumnMetadata } from 'typeorm/metadata/ColumnMetadata';
import { codesOf } from '../database/coded';
import { dtoSchemas } from './dto-schemas';
import { RECORD_WITH, SCHEMA_NAME } from './json-schema';

/** Of the column types the entities use, what their values are in JSON. */
function columnSchema(column: ColumnMetadata): SchemaObject {
  const type = typeof column.type === 'string' ? column.type : column.type.name.toLowerCase();
  const scalar: SchemaObject = (() => {
    switch (type) {
      case 'int':
      case 'int2':
      case 'int4':
      case 'integer':
      case 'smallint':
      case 'number':
        return { type: 'integer' };
      case 'bigint':
      case 'int8':
        // pg hands 64-bit integers over as text, so no precision is lost in JSON.
        return { type: 'string', pattern: '^\\d+$' };
      case 'real':
        return { type: 'number' };
      case 'boolean':
        return { type: 'boolean' };
      case 'timestamptz':
        return { type: 'string', format: 'date-time' };
      case 'date':
        return { type: 'string', format: 'date' };
      case 'jsonb':
        return { type: 'object', additionalProperties: true };
      default:
        return { type: 'string' };
    }
  })();
  // A column naming its codes (@Coded, from libs/domain) says them, so that clients type them
  // (OpenAPI 3.0: a nullable one lists null among them).
  const codes = codesOf(column.target as Function, column.propertyName);
  const coded: SchemaObject = codes ? { ...scalar, enum: [...codes, ...(column.isNullable ? [null] : [])] } : scalar;
  const schema: SchemaObject = column.isArray ? { type: 'array', items: coded } : coded;
  return column.isNullable ? { ...schema, nullable: true } : schema;
}

/** An entity as the API answers it: every column it selects, under its property name. */
function entitySchema(metadata: EntityMetadata): SchemaObject {
  const columns = metadata.columns.filter((column) => column.isSelect);
  return {
    type: 'object',
    description: 'Relay users receive only the fields their view allows (RELAY_FIELDS in libs/domain).',
    properties: Object.fromEntries(columns.map((column) => [column.propertyName, columnSchema(column)])),
    required: columns.filter((column) => !column.isVirtualProperty).map((column) => column.propertyName),
    additionalProperties: false,
  };
}

/**
 * A record with fields added (`allOf: [record, { properties }]`, as json.recordWith writes it) becomes
 * one object: two parts that each refuse the other's fields would match nothing.
 */
function mergeRecordExtensions(node: unknown, schemas: Record<string, SchemaObject>): void {
  if (typeof node !== 'object' || node === null) return;
  for (const value of Object.values(node)) mergeRecordExtensions(value, schemas);
  const schema = node as SchemaObject & { [RECORD_WITH]?: true };
  if (!schema[RECORD_WITH]) return;
  const [base, added] = schema.allOf as [{ $ref: string }, SchemaObject];
  const record = schemas[base.$ref.split('/').pop()!];
  delete schema.allOf;
  delete schema[RECORD_WITH];
  Object.assign(schema, {
    type: 'object',
    properties: { ...record.properties, ...added.properties },
    required: [...(record.required ?? []), ...(added.required ?? [])],
    additionalProperties: false,
  });
}

/** Each named answer schema (json.named) goes to the components, referred to where it stood. */
function liftNamedSchemas(node: unknown, schemas: Record<string, SchemaObject>): void {
  if (typeof node !== 'object' || node === null) return;
  for (const [key, value] of Object.entries(node)) {
    liftNamedSchemas(value, schemas);
    const name = (value as { [SCHEMA_NAME]?: string } | null)?.[SCHEMA_NAME];
    if (!name) continue;
    const { [SCHEMA_NAME]: _name, nullable, ...schema } = value as SchemaObject & { [SCHEMA_NAME]: string };
    schemas[name] = schema;
    // OpenAPI 3.0 has no nullable reference: where null is allowed too, the schema stays written out.
    (node as Record<string, unknown>)[key] = nullable ? { ...schema, nullable } : { $ref: `#/components/schemas/${name}` };
  }
}

/**
 * The OpenAPI document served at /api/docs: the routes as Nest declares them, each body and query
 * DTO described from its own class-validator rules (the same metadata the ValidationPipe checks),
 * and each record from its entity's columns, so the document cannot drift from what the API does.
 */
export function openApiDocument(app: INestApplication): OpenAPIObject {
  const config = new DocumentBuilder()
    .setTitle('RESACOOP back-office API')
    .setDescription(
      'Lists, reads and writes follow the contract of react-admin’s ra-data-simple-rest: `sort=["field","ASC"]`, ' +
        '`range=[0,24]`, `filter={…}` (each resource whitelists its fields), the total in `Content-Range`. ' +
        'Writes carry the record’s `version`; a stale one gets 409. Errors: `{ message, errors: { field: why } }`.',
    )
    .setVersion('1')
    .addCookieAuth('resacoop_sid')
    .build();
  const document = SwaggerModule.createDocument(app, config);
  const bodies = dtoSchemas();
  const records = Object.fromEntries(app.get(DataSource).entityMetadatas.map((metadata) => [metadata.targetName, entitySchema(metadata)]));
  const schemas = document.components?.schemas ?? {};
  // The records and bodies the document refers to; the rest (sessions, counters) are the server's own.
  for (const [, name] of JSON.stringify(document.paths).matchAll(/"#\/components\/schemas\/(\w+)"/g)) schemas[name] ??= {};
  for (const name of Object.keys(schemas)) {
    const described = bodies[name] ?? records[name];
    if (described) schemas[name] = described;
  }
  mergeRecordExtensions(document.paths, schemas as Record<string, SchemaObject>);
  liftNamedSchemas(document.paths, schemas as Record<string, SchemaObject>);
  document.components = { ...document.components, schemas };
  return document;
}
