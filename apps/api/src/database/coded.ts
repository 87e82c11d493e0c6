import 'reflect-metadata';

const CODES = Symbol('codes');

/**
 * The codes a text column holds (a list of libs/domain; the database's CHECK constraint holds them
 * too): the OpenAPI document names them, so that clients type them. TypeORM's own `enum` option is
 * for PostgreSQL enum types only.
 */
export function Coded(codes: readonly (string | number)[]): PropertyDecorator {
  return (target, property) => Reflect.defineMetadata(CODES, codes, target, property);
}

/** The codes of an entity's property, if it declares them. */
export function codesOf(entity: Function, property: string): readonly (string | number)[] | undefined {
  return Reflect.getMetadata(CODES, entity.prototype as object, property) as readonly (string | number)[] | undefined;
}
