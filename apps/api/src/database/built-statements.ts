import type { ObjectLiteral, QueryRunner, SelectQueryBuilder } from 'typeorm';
import { runStatement } from '../database/statements';

/**
 * Statements TypeORM built, by the shape of their builder. Building one (aliases, column lists,
 * property names replaced by regular expressions) takes longer than PostgreSQL takes to run a list
 * page or a record read, and the console asks the same few shapes again and again (tests/perf/README.md). A shape is everything
 * the SQL text depends on; the values are not part of it: they are bound at each run, where
 * `IN (:...list)` is expanded too.
 */
const statements = new Map<string, string>();

/** Page offsets are part of the text: past this many shapes the cache starts again rather than grow. */
const MAX_STATEMENTS = 2000;

/**
 * The shape of a plain select (one table, string conditions, order, page), or null when the
 * builder uses anything else (joins, brackets, grouping, locks, CTEs): such a builder is built
 * each time, as TypeORM does.
 */
function shapeOf<T extends ObjectLiteral>(builder: SelectQueryBuilder<T>): string | null {
  const map = builder.expressionMap;
  const plain =
    map.joinAttributes.length === 0 &&
    map.relationIdAttributes.length === 0 &&
    map.relationCountAttributes.length === 0 &&
    map.groupBys.length === 0 &&
    map.havings.length === 0 &&
    map.commonTableExpressions.length === 0 &&
    map.lockMode === undefined &&
    !map.selectDistinct &&
    map.wheres.every((where) => typeof where.condition === 'string');
  if (!plain) return null;
  return JSON.stringify([
    map.mainAlias!.metadata.tablePath,
    map.mainAlias!.name,
    map.selects,
    map.wheres,
    map.orderBys,
    map.offset,
    map.limit,
    map.skip,
    map.take,
  ]);
}

/**
 * Runs a statement derived from `builder` (`purpose` names the derivation, `build` makes its SQL
 * with TypeORM's named parameters), built once per shape, with the builder's parameter values;
 * `prepared`: kept prepared by PostgreSQL (see `runStatement`).
 */
export function runBuilt<T extends ObjectLiteral>(
  builder: SelectQueryBuilder<T>,
  purpose: string,
  build: () => string,
  prepared: boolean,
): Promise<Record<string, unknown>[]> {
  const shape = shapeOf(builder);
  const key = shape === null ? null : `${purpose} ${shape}`;
  let named = key === null ? undefined : statements.get(key);
  if (named === undefined) {
    named = build();
    if (key !== null) {
      if (statements.size >= MAX_STATEMENTS) statements.clear();
      statements.set(key, named);
    }
  }
  const { connection, expressionMap } = builder;
  const [sql, parameters] = connection.driver.escapeQueryWithParameters(named, builder.getParameters(), expressionMap.nativeParameters);
  // A transaction's builder runs on the transaction's connection (TypeORM keeps that field protected).
  const { queryRunner } = builder as unknown as { queryRunner?: QueryRunner };
  return runStatement(connection, sql, parameters, { queryRunner, prepared });
}
