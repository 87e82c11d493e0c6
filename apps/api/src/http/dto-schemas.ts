import type { Type } from '@nestjs/common';
import type { SchemaObject } from '@nestjs/swagger';
import { getMetadataStorage } from 'class-validator';
import { targetConstructorToSchema, validationMetadatasToSchemas } from 'class-validator-jsonschema';
import type { IOptions } from 'class-validator-jsonschema/build/options';

/**
 * The JSON Schema of a DTO, read from its class-validator rules: the very metadata the
 * ValidationPipe checks, so the OpenAPI document says what the API accepts.
 */
const OPTIONS: Partial<IOptions> = {
  refPointerPrefix: '#/components/schemas/',
  classValidatorMetadataStorage: getMetadataStorage(),
  // The project's own rules (common/validators.ts), which the converter cannot guess.
  additionalConverters: {
    isSiret: { type: 'string', pattern: '^\\d{14}$', description: 'SIRET: 14 digits with a valid Luhn key' },
    isRna: { type: 'string', pattern: '^W\\d{9}$' },
    isCountryCode: { type: 'string', pattern: '^[A-Z]{2}$', description: 'ISO 3166-1 alpha-2' },
    isCalendarDay: { type: 'string', format: 'date' },
    isTimestamp: { type: 'string', description: 'an ISO 8601 date (YYYY-MM-DD) or date-time' },
    isSingleLine: {
      type: 'string',
      pattern: '^[^\\u0000-\\u001f\\u007f-\\u009f]*$',
      description: 'one line: no line break nor control character',
    },
  },
};

/** An optional field also takes null (class-validator's IsOptional lets both through): it says so. */
function withNullableOptionals(schema: SchemaObject): SchemaObject {
  const required = new Set(schema.required ?? []);
  const properties = Object.fromEntries(
    Object.entries(schema.properties ?? {}).map(([name, property]) => [
      name,
      required.has(name) ? property : { ...property, nullable: true },
    ]),
  );
  return { ...schema, properties, additionalProperties: false };
}

export function dtoSchema(dto: Type): SchemaObject {
  return withNullableOptionals(targetConstructorToSchema(dto, OPTIONS) as SchemaObject);
}

/** Every DTO's schema, by class name. */
export function dtoSchemas(): Record<string, SchemaObject> {
  const schemas = validationMetadatasToSchemas(OPTIONS) as Record<string, SchemaObject>;
  return Object.fromEntries(Object.entries(schemas).map(([name, schema]) => [name, withNullableOptionals(schema)]));
}
