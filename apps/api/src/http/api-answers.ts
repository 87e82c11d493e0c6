import { applyDecorators, SetMetadata, type Type } from '@nestjs/common';
import {
  ApiCreatedResponse,
  ApiExtraModels,
  ApiOkResponse,
  ApiProduces,
  ApiQuery,
  getSchemaPath,
  type SchemaObject,
} from '@nestjs/swagger';
import { LIST_DEFINITION } from '../common/auth.decorators';
import type { FilterDefinition, ListDefinition } from '../common/list-query';
import { dtoSchema } from './dto-schemas';

/**
 * How each route documents its answer in the OpenAPI document (/api/docs). The records' schemas
 * come from their entities' columns and the bodies' from their DTOs (see ./openapi.ts).
 */

const ID = { type: 'integer', minimum: 1 } as const;

/** The JSON value a filter field takes, as list-query.ts parses it. */
function filterValueSchema(definition: FilterDefinition): SchemaObject {
  switch (definition.kind) {
    case 'equals':
    case 'arrayContains': {
      const one: SchemaObject =
        definition.kind === 'equals' && definition.type === 'int'
          ? ID
          : definition.kind === 'equals' && definition.type === 'bool'
            ? { type: 'boolean' }
            : { type: 'string', ...(definition.values ? { enum: [...definition.values] } : {}) };
      return { oneOf: [one, { type: 'array', items: one, description: 'any of these' }] };
    }
    case 'matches':
      return definition.type === 'int' ? ID : { type: 'string', ...(definition.values ? { enum: [...definition.values] } : {}) };
    case 'isSet':
    case 'flag':
      return { type: 'boolean' };
    case 'search':
      return { type: 'string', description: 'accents and case ignored' };
    case 'since':
    case 'until':
      return { type: 'string', description: 'an ISO date (that day in Europe/Paris) or date-time' };
  }
}

/** The `filter` parameter of a list: a JSON object of the resource's whitelisted fields. */
function filterSchema(list: ListDefinition): SchemaObject {
  return {
    type: 'object',
    properties: Object.fromEntries(Object.entries(list.filters).map(([field, definition]) => [field, filterValueSchema(definition)])),
    additionalProperties: false,
  };
}

/** The `sort` parameter: `["field","ASC"|"DESC"]` over the resource's sortable fields (OpenAPI 3.0 has no tuples: they are named). */
function sortSchema(list: ListDefinition): SchemaObject {
  return {
    type: 'array',
    items: { type: 'string' },
    minItems: 2,
    maxItems: 2,
    description: `["field", "ASC" or "DESC"]; field one of: ${Object.keys(list.sortable).join(', ')}; default ${JSON.stringify(list.defaultSort)}`,
  };
}

const RANGE: SchemaObject = {
  type: 'array',
  items: { type: 'integer', minimum: 0 },
  minItems: 2,
  maxItems: 2,
  description: '[first, last] row, both included (at most 1,000 rows)',
};

const jsonQuery = (name: string, schema: SchemaObject, description: string) =>
  ApiQuery({ name, required: false, description, content: { 'application/json': { schema } } });

/** A list by the ra-data-simple-rest contract: its query parameters, the rows, the total in `Content-Range`. */
export function ApiList(record: Type, list: ListDefinition): MethodDecorator {
  return applyDecorators(
    // Also what a relay user's sort and filters are checked against (auth/relay-view.ts).
    SetMetadata(LIST_DEFINITION, list),
    ApiExtraModels(record),
    jsonQuery('sort', sortSchema(list), 'the sort field and order, as JSON'),
    jsonQuery('range', RANGE, 'the page, as JSON'),
    jsonQuery('filter', filterSchema(list), 'the filters, as JSON; `{"id":[…]}` fetches several records'),
    ApiOkResponse({
      description: 'the page of rows',
      schema: { type: 'array', items: { $ref: getSchemaPath(record) } },
      headers: {
        'Content-Range': { description: '`{resource} {first}-{last}/{total}`', schema: { type: 'string', example: 'cases 0-24/319' } },
        'X-Total-Estimated': { description: '`true` when the total is an estimate (very large lists)', schema: { type: 'string' } },
      },
    }),
  );
}

/** A CSV export of a list: the list's own `sort` and `filter`, every row. */
export function ApiCsv(list?: ListDefinition): MethodDecorator {
  const parameters = list
    ? [
        jsonQuery('sort', sortSchema(list), 'the sort field and order, as JSON'),
        jsonQuery('filter', filterSchema(list), 'the filters, as JSON'),
      ]
    : [];
  return applyDecorators(
    ...(list ? [SetMetadata(LIST_DEFINITION, list)] : []),
    ...parameters,
    ApiProduces('text/csv'),
    ApiOkResponse({ description: 'UTF-8 CSV with a byte-order mark', content: { 'text/csv': { schema: { type: 'string' } } } }),
  );
}

/** An iCalendar (RFC 5545) export of a list, filtered and sorted as the list is. */
export function ApiCalendar(list: ListDefinition): MethodDecorator {
  return applyDecorators(
    SetMetadata(LIST_DEFINITION, list),
    jsonQuery('sort', sortSchema(list), 'the sort field and order, as JSON'),
    jsonQuery('filter', filterSchema(list), 'the filters, as JSON'),
    ApiProduces('text/calendar'),
    ApiOkResponse({ description: 'an iCalendar file (.ics)', content: { 'text/calendar': { schema: { type: 'string' } } } }),
  );
}

/** A route that answers one record (read, update, action); `created` for a POST that makes it. */
export function ApiRecord(record: Type, { created = false } = {}): MethodDecorator {
  const answer = { description: 'the record', schema: { $ref: getSchemaPath(record) } };
  return applyDecorators(ApiExtraModels(record), created ? ApiCreatedResponse(answer) : ApiOkResponse(answer));
}

/** A route whose answer is not a record: its schema written beside it; `created` for a POST's 201. */
export function ApiAnswer(schema: SchemaObject, { created = false, description = 'the answer' } = {}): MethodDecorator {
  return created ? ApiCreatedResponse({ description, schema }) : ApiOkResponse({ description, schema });
}

/** The query parameters of a route whose query is a DTO (not a list's), each from the DTO's rules. */
export function ApiQueryOf(dto: Type): MethodDecorator {
  const schema = dtoSchema(dto);
  const required = new Set(schema.required ?? []);
  return applyDecorators(
    ...Object.entries(schema.properties ?? {}).map(([name, property]) =>
      ApiQuery({ name, required: required.has(name), schema: property as SchemaObject }),
    ),
  );
}
