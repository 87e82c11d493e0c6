import { DriverUtils } from 'typeorm/driver/DriverUtils';
import {
  In,
  type DataSource,
  type EntityManager,
  type EntityTarget,
  type FindOptionsWhere,
  type ObjectLiteral,
  type SelectQueryBuilder,
} from 'typeorm';
import type { QueryDeepPartialEntity } from 'typeorm/query-builder/QueryPartialEntity';
import type { Driver } from 'typeorm/driver/Driver';
import type { EntityMetadata } from 'typeorm/metadata/EntityMetadata';
import { deletionRefusal, type DeletableRecord, type HistoryHolder } from '@resacoop/domain';
import { HeldByHistory, RecordNotFound, VersionConflict } from '../common/app-exception';
import type { AuditTrail } from './audit-trail';
import type { BaseRecord } from '../common/base-record.entity';
import { runBuilt } from './built-statements';
import { runStatement } from '../database/statements';
import { isoTimestamp } from './iso-timestamp';
import { MemoByOwner } from './memo';
import { escapeLike, type FilterDefinition, type ListQuery, type ParsedFilter } from '../common/list-query';

/** A field as a list answers it: a timestamp as its ISO text (see `isoTimestamp`), the rest as is. */
type AsListed<V> = V extends Date ? string : V;

/** A record as a list answers it, with its timestamps as ISO text: what its JSON would say. */
export type Listed<T> = { [K in keyof T]: AsListed<T[K]> };

export interface Page<T> {
  rows: Listed<T>[];
  total: number;
  /** Index of the first row in the whole list. */
  offset: number;
  /** Whether `total` is PostgreSQL's estimate of a long list rather than an exact count. */
  estimated: boolean;
}

/** Restricts a list to what the caller may see (e.g. a relay's own cases). */
export type Scope<T extends ObjectLiteral> = (query: SelectQueryBuilder<T>, alias: string) => void;

function applyFilter<T extends ObjectLiteral>(query: SelectQueryBuilder<T>, alias: string, filter: ParsedFilter, index: number): void {
  const param = `f${index}`;
  const { definition, value } = filter;
  switch (definition.kind) {
    case 'equals':
      if (Array.isArray(value)) {
        if (value.length === 0) query.andWhere('false');
        else query.andWhere(`${alias}.${definition.column} IN (:...${param})`, { [param]: value });
      } else {
        query.andWhere(`${alias}.${definition.column} = :${param}`, { [param]: value });
      }
      return;
    case 'arrayContains':
      query.andWhere(`${alias}.${definition.column} && :${param}`, { [param]: Array.isArray(value) ? value : [value] });
      return;
    case 'isSet':
      query.andWhere(`${alias}.${definition.column} IS ${value ? 'NOT NULL' : 'NULL'}`);
      return;
    case 'flag':
      if (value) query.andWhere(definition.condition.replaceAll('$alias', alias));
      return;
    case 'matches':
      query.andWhere(definition.condition.replaceAll('$alias', alias).replaceAll(':value', `:${param}`), { [param]: value });
      return;
    case 'since':
      query.andWhere(`${alias}.${definition.column} >= :${param}`, { [param]: value });
      return;
    case 'until':
      query.andWhere(`${alias}.${definition.column} < :${param}`, { [param]: value });
      return;
    case 'search': {
      // Each word must appear somewhere, accents and case ignored; the trigram index serves the LIKE.
      const words = String(value).split(/\s+/).filter(Boolean).slice(0, 8);
      words.forEach((word, wordIndex) => {
        const wordParam = `${param}_${wordIndex}`;
        query.andWhere(`${definition.expression.replaceAll('$alias', alias)} LIKE '%' || f_unaccent(lower(:${wordParam})) || '%'`, {
          [wordParam]: escapeLike(word),
        });
      });
      return;
    }
  }
}

/**
 * Filters whose best plan depends on their value: PostgreSQL's generic plan takes any LIKE pattern
 * or array overlap for a rare one (see `runStatement`). A list using one is planned for its values
 * each time rather than kept prepared.
 */
const PLANNED_FOR_EACH_VALUE: ReadonlySet<FilterDefinition['kind']> = new Set(['search', 'arrayContains']);

/**
 * Whether a list's statements are kept prepared: the first page only (the page's offset is part of
 * the text), without a list of values (its length is too) nor a filter planned for each value. A
 * client paging through a list or asking for ids one list at a time never uses up the prepared
 * statements (MAX_PREPARED in database/statements.ts).
 */
function keepsPrepared(query: ListQuery): boolean {
  return (
    (query.range?.offset ?? 0) === 0 &&
    !query.filters.some((filter) => Array.isArray(filter.value) || PLANNED_FOR_EACH_VALUE.has(filter.definition.kind))
  );
}

/**
 * Text sorts as a French reader expects (É among the E, « Laos (Vénissieux) » before « Laos (Voiron) »), not by code
 * point as the databases' C collation does. The sort indexes of text columns are made with the same collation.
 */
export const TEXT_COLLATION = 'fr-x-icu';
const TEXT_TYPES: readonly unknown[] = ['text', 'varchar', 'character varying', String];

function sortExpression<T extends ObjectLiteral>(builder: SelectQueryBuilder<T>, alias: string, column: string): string {
  const type = builder.expressionMap.mainAlias?.metadata.findColumnWithPropertyName(column)?.type;
  return TEXT_TYPES.includes(type) ? `${alias}.${column} COLLATE "${TEXT_COLLATION}"` : `${alias}.${column}`;
}

/** Applies a parsed list query (filters, sort with a stable tie-break on id, page) to a query builder. */
export function applyListQuery<T extends ObjectLiteral>(
  builder: SelectQueryBuilder<T>,
  alias: string,
  query: ListQuery,
): SelectQueryBuilder<T> {
  query.filters.forEach((filter, index) => applyFilter(builder, alias, filter, index));
  builder.orderBy(sortExpression(builder, alias, query.sort.column), query.sort.order);
  if (query.sort.column !== 'id') builder.addOrderBy(`${alias}.id`, query.sort.order);
  if (query.range) builder.offset(query.range.offset).limit(query.range.limit);
  return builder;
}

/**
 * Lists longer than this get an estimated total (PostgreSQL's own row estimate): counting half a
 * million requests exactly costs hundreds of milliseconds, for a number nobody reads to the unit.
 */
export const EXACT_TOTAL_UP_TO = 10_000;

/**
 * One page and the list's total in one statement: the total is an uncorrelated subquery, which
 * PostgreSQL runs once (an InitPlan), counting at most EXACT_TOTAL_UP_TO + 1 rows; the rows are
 * read raw and turned into records here, without TypeORM's generic hydration, their timestamps as
 * text (a list's rows are only ever answered). A longer list, or a page past the end, needs a
 * second statement. Each statement is built once per shape (runBuilt).
 */
export async function fetchPage<T extends ObjectLiteral>(builder: SelectQueryBuilder<T>, query: ListQuery): Promise<Page<T>> {
  const offset = query.range?.offset ?? 0;
  const prepared = keepsPrepared(query);
  const matching = () => builder.clone().select('1').orderBy().offset(undefined).limit(undefined).getQuery();
  const raw = await runBuilt(
    builder,
    'page',
    () =>
      builder
        .clone()
        .addSelect(`(${countUpToCap(matching())})`, PAGE_TOTAL)
        .getQuery(),
    prepared,
  );
  const rows = raw.map(readerOf(builder, 'text')) as Listed<T>[];
  // A page past the end carries no total: count apart.
  const counted =
    raw.length > 0
      ? Number(raw[0][PAGE_TOTAL])
      : offset === 0
        ? 0
        : Number((await runBuilt(builder, 'count', () => countUpToCap(matching()), prepared))[0].total);
  if (counted <= EXACT_TOTAL_UP_TO) return { rows, total: counted, offset, estimated: false };
  const [{ 'QUERY PLAN': plan }] = (await runBuilt(builder, 'estimate', () => `EXPLAIN (FORMAT JSON) ${matching()}`, false)) as {
    'QUERY PLAN': { Plan: { 'Plan Rows': number } }[];
  }[];
  const estimate = Math.round(Number(plan[0].Plan['Plan Rows']));
  return { rows, total: Math.max(estimate, counted, offset + rows.length), offset, estimated: true };
}

const PAGE_TOTAL = 'page_total';

function countUpToCap(sql: string): string {
  return `SELECT count(*) AS total FROM (${sql} LIMIT ${EXACT_TOTAL_UP_TO + 1}) capped`;
}

/** The one record a query selects, read raw (see `fetchPage`), or null. */
export async function fetchOne<T extends ObjectLiteral>(builder: SelectQueryBuilder<T>): Promise<T | null> {
  const [row] = await runBuilt(builder.limit(1), 'rows', () => builder.getQuery(), true);
  return row ? readerOf(builder, 'dates')(row) : null;
}

/**
 * A query's rows in its order, batch by batch, read through a server-side cursor in one snapshot:
 * memory stays flat and no row is skipped or repeated, however long the list. Closing the
 * generator early (a client gone) ends the transaction and frees the connection.
 */
export async function* streamEntities<T extends ObjectLiteral>(
  dataSource: DataSource,
  build: (manager: EntityManager) => SelectQueryBuilder<T>,
  batchSize = 1000,
): AsyncGenerator<T[]> {
  const runner = dataSource.createQueryRunner();
  await runner.connect();
  try {
    await runner.startTransaction('REPEATABLE READ');
    const builder = build(runner.manager);
    const [sql, parameters] = builder.getQueryAndParameters();
    await runner.query(`DECLARE entity_stream NO SCROLL CURSOR FOR ${sql}`, parameters);
    for (;;) {
      const rows: Record<string, unknown>[] = await runner.query(`FETCH ${batchSize} FROM entity_stream`);
      if (rows.length > 0) yield rows.map(readerOf(builder, 'dates'));
      if (rows.length < batchSize) break;
    }
    await runner.commitTransaction();
  } finally {
    if (runner.isTransactionActive) await runner.rollbackTransaction().catch(() => undefined);
    await runner.release();
  }
}

type RowReader<T> = (row: Record<string, unknown>) => T;

/** Timestamps read as Date objects (an entity), or as the ISO text a JSON answer gives them. */
type Timestamps = 'dates' | 'text';

/** Readers by entity, by the naming of the row's keys and by timestamps: worked out once, used for every row. */
const rowReaders = new MemoByOwner<EntityMetadata, RowReader<unknown>>();

/**
 * Reads an entity from a raw row, each selectable column converted from PostgreSQL as TypeORM
 * would, timestamps as Dates or as ISO text. `alias`: the builder alias whose SQL made the row
 * (TypeORM names its columns `<alias>_<column>`), or null for a row a write returned (plain column
 * names). The keys are worked out once per entity and alias, not per row (TypeORM builds its
 * aliases for every row).
 */
function rowReader<T>(metadata: EntityMetadata, driver: Driver, alias: string | null, timestamps: Timestamps): RowReader<T> {
  return rowReaders.get(metadata, `${alias ?? ''} ${timestamps}`, () => {
    const fields = metadata.columns
      .filter((column) => column.isSelect)
      .map((column) => ({
        column,
        key: alias === null ? column.databaseName : DriverUtils.buildAlias(driver, undefined, alias, column.databaseName),
        asText: timestamps === 'text' && column.type === 'timestamptz',
      }));
    return (row) => {
      const record = metadata.create() as Record<string, unknown>;
      for (const { column, key, asText } of fields) {
        const value: unknown = driver.prepareHydratedValue(row[key], column);
        record[column.propertyName] = asText && value instanceof Date ? isoTimestamp(value) : value;
      }
      return record;
    };
  }) as RowReader<T>;
}

/** Reads rows a hand-written statement selected, named by their columns' database names, as entities (see `rowReader`). */
export function readEntities<T extends ObjectLiteral>(
  dataSource: DataSource,
  target: EntityTarget<T>,
  rows: Record<string, unknown>[],
): T[] {
  return rows.map(rowReader<T>(dataSource.getMetadata(target), dataSource.driver, null, 'dates'));
}

/** The reader of the rows of a builder's SQL (see `rowReader`). */
function readerOf<T extends ObjectLiteral>(builder: SelectQueryBuilder<T>, timestamps: Timestamps): RowReader<T> {
  return rowReader<T>(builder.expressionMap.mainAlias!.metadata, builder.connection.driver, builder.alias, timestamps);
}

/**
 * The columns a write returns: those an entity is read from (named, for a prepared statement); a
 * virtual column (`@VirtualColumn`) by its own subquery on the written row.
 */
function returnedColumns(metadata: EntityMetadata, driver: Driver): string {
  const table = driver.escape(metadata.tableName);
  return metadata.columns
    .filter((column) => column.isSelect)
    .map((column) => {
      const name = driver.escape(column.databaseName);
      return column.isVirtualProperty && column.query ? `(${column.query(table)}) AS ${name}` : name;
    })
    .join(', ');
}

/**
 * The `INSERT … RETURNING` of one record, as TypeORM's InsertQueryBuilder writes it: the columns
 * given, each value prepared by the driver, a new record's version at 1, the rest left to their
 * defaults. Written here because the builder prepares the values and builds the text in one
 * generic step that cost more than the insert itself (tests/perf/README.md).
 */
function insertStatement(
  metadata: EntityMetadata,
  driver: Driver,
  data: ObjectLiteral,
  onlyIf?: InsertGuard,
  unlessTaken?: string,
): [string, unknown[]] {
  const columns: string[] = [];
  const values: string[] = [];
  const parameters: unknown[] = [];
  for (const column of metadata.columns) {
    if (!column.isInsert || (column.isGenerated && column.generationStrategy === 'increment')) continue;
    const value: unknown = driver.preparePersistentValue(column.getEntityValue(data), column);
    if (value === undefined && !column.isVersion) continue;
    columns.push(driver.escape(column.databaseName));
    if (value === undefined) {
      values.push('1');
    } else {
      parameters.push(value);
      values.push(`$${parameters.length}`);
    }
  }
  const table = driver.escape(metadata.tableName);
  const conflict = unlessTaken
    ? `ON CONFLICT (${driver.escape(metadata.findColumnWithPropertyName(unlessTaken)!.databaseName)}) DO NOTHING `
    : '';
  const returning = `${conflict}RETURNING ${returnedColumns(metadata, driver)}`;
  if (onlyIf) {
    const guard = onlyIf((value) => `$${parameters.push(value)}`);
    return [`INSERT INTO ${table} (${columns.join(', ')}) SELECT ${values.join(', ')} ${guard} ${returning}`, parameters];
  }
  const sql =
    columns.length > 0
      ? `INSERT INTO ${table} (${columns.join(', ')}) VALUES (${values.join(', ')}) ${returning}`
      : `INSERT INTO ${table} DEFAULT VALUES ${returning}`;
  return [sql, parameters];
}

/**
 * The condition a creation depends on, as the `FROM … WHERE …` of an `INSERT … SELECT`: the row is
 * written only if the condition holds, in the same statement (e.g. a note only on a case that is
 * not closed, the case row locked `FOR SHARE` so that it cannot close meanwhile). `param` binds a
 * value and returns its placeholder.
 */
export type InsertGuard = (param: (value: unknown) => string) => string;

/**
 * The `UPDATE … RETURNING` of one record's changed fields, as TypeORM's save would write them
 * (each value prepared by the driver, the version incremented, the update time now), and only
 * if one of them differs from the stored value: PostgreSQL compares in the columns' own types, so
 * a save that changes nothing matches no row and leaves the version as it was.
 */
function updateStatement(
  metadata: EntityMetadata,
  driver: Driver,
  id: number,
  changes: ObjectLiteral,
  onlyIfChanged = true,
): [string, unknown[]] | null {
  const assignments: string[] = [];
  const differences: string[] = [];
  const parameters: unknown[] = [id];
  for (const column of metadata.columns) {
    if (!column.isUpdate || column.isPrimary || column.isVersion || column.isCreateDate || column.isUpdateDate) continue;
    const value: unknown = column.getEntityValue(changes);
    if (value === undefined) continue;
    parameters.push(driver.preparePersistentValue(value, column));
    const name = driver.escape(column.databaseName);
    assignments.push(`${name} = $${parameters.length}`);
    // citext compares without case: a corrected capital is still a change.
    const compared = column.type === 'citext' ? [`${name}::text`, `$${parameters.length}::citext::text`] : [name, `$${parameters.length}`];
    differences.push(`${compared[0]} IS DISTINCT FROM ${compared[1]}`);
  }
  if (assignments.length === 0 && onlyIfChanged) return null;
  const version = metadata.versionColumn && driver.escape(metadata.versionColumn.databaseName);
  const updatedAt = metadata.updateDateColumn && driver.escape(metadata.updateDateColumn.databaseName);
  if (version) assignments.push(`${version} = ${version} + 1`);
  if (updatedAt) assignments.push(`${updatedAt} = now()`);
  return [
    `UPDATE ${driver.escape(metadata.tableName)} SET ${assignments.join(', ')} WHERE id = $1${onlyIfChanged ? ` AND (${differences.join(' OR ')})` : ''} RETURNING ${returnedColumns(metadata, driver)}`,
    parameters,
  ];
}

/** A table whose rows referring to a record make it history. */
export interface HistoryLink {
  holder: HistoryHolder;
  table: string;
  column: string;
}

/** When a record may be deleted, and what its delete event keeps of it. */
export interface RemovalRules<T> {
  record: DeletableRecord;
  heldBy: readonly HistoryLink[];
  audited?: (current: T, tx: EntityManager) => Promise<object> | object;
}

/**
 * The reads of a table by the react-admin contract: a list page, the whole list as a stream, one
 * row by id; `scope` restricts each to what the caller may see. Rows are read as the entity.
 */
export class TableReads<T extends ObjectLiteral> {
  constructor(
    protected readonly dataSource: DataSource,
    protected readonly target: EntityTarget<T>,
    /** The kind of row in the singular, as audit events and "not found" answers name it. */
    readonly entityName: string,
  ) {}

  /** One neutral alias for every table, never an SQL keyword (a `user` alias would be one). */
  readonly alias = 'rec';

  protected get metadata(): EntityMetadata {
    return this.dataSource.getMetadata(this.target);
  }

  protected get driver(): Driver {
    return this.dataSource.driver;
  }

  listQuery(query: ListQuery, scope?: Scope<T>, manager: EntityManager = this.dataSource.manager): SelectQueryBuilder<T> {
    const alias = this.alias;
    const builder = manager.createQueryBuilder(this.target, alias);
    scope?.(builder, alias);
    return applyListQuery(builder, alias, query);
  }

  async list(query: ListQuery, scope?: Scope<T>): Promise<Page<T>> {
    return fetchPage(this.listQuery(query, scope), query);
  }

  /** The whole list in its order, batch by batch, in constant memory (see `streamEntities`). */
  stream(query: ListQuery, scope?: Scope<T>): AsyncGenerator<T[]> {
    return streamEntities(this.dataSource, (manager) => this.listQuery({ ...query, range: undefined }, scope, manager));
  }

  /** A row the caller may see: outside their scope it does not exist for them (404, no leak). */
  async findVisible(id: number, scope?: Scope<T>): Promise<T> {
    return this.findOne(id, this.dataSource.manager, scope);
  }

  async findOne(id: number, manager: EntityManager = this.dataSource.manager, scope?: Scope<T>): Promise<T> {
    const builder = manager.createQueryBuilder(this.target, this.alias).where(`${this.alias}.id = :id`, { id });
    scope?.(builder, this.alias);
    const record = await fetchOne(builder);
    if (!record) throw new RecordNotFound(this.entityName, id);
    return record;
  }
}

/**
 * The shared mechanics of a record resource: list by the react-admin contract, read, and writes
 * that check the optimistic version and write their audit event in the same transaction.
 * Feature services own the rules; this owns the plumbing.
 */
export class RecordStore<T extends BaseRecord> extends TableReads<T> {
  constructor(
    dataSource: DataSource,
    target: EntityTarget<T>,
    entityName: string,
    private readonly audit: AuditTrail,
  ) {
    super(dataSource, target, entityName);
  }

  /** The record as a write's `RETURNING` gave it. */
  private fromReturned(row: Record<string, unknown>): T {
    return rowReader<T>(this.metadata, this.driver, null, 'dates')(row);
  }

  async create(actorId: number | null, data: Partial<T>, manager: EntityManager = this.dataSource.manager): Promise<T> {
    const row = await this.audit.insertRecorded(
      manager,
      insertStatement(this.metadata, this.driver, data),
      this.metadata,
      actorId,
      this.entityName,
    );
    // An INSERT … VALUES always returns its row.
    return this.fromReturned(row!);
  }

  /**
   * Creates the record, with its audit event, only if `onlyIf` holds: one statement, atomic
   * without a transaction. Null when the condition did not hold (the caller says why).
   */
  async createIf(actorId: number | null, data: Partial<T>, onlyIf: InsertGuard): Promise<T | null> {
    const row = await this.audit.insertRecorded(
      this.dataSource.manager,
      insertStatement(this.metadata, this.driver, data, onlyIf),
      this.metadata,
      actorId,
      this.entityName,
    );
    return row ? this.fromReturned(row) : null;
  }

  /**
   * Creates the record with its audit event in the caller's transaction, unless a row already holds
   * its value of the unique field `unique` (`ON CONFLICT DO NOTHING`, in the same statement): null
   * then, and no event. For a record that may arrive twice at once (an e-mail read by two workers).
   */
  async createUnlessTaken(tx: EntityManager, actorId: number | null, data: Partial<T>, unique: keyof T & string): Promise<T | null> {
    const row = await this.audit.insertRecorded(
      tx,
      insertStatement(this.metadata, this.driver, data, undefined, unique),
      this.metadata,
      actorId,
      this.entityName,
    );
    return row ? this.fromReturned(row) : null;
  }

  /**
   * Creates records in one multi-row insert inside the caller's transaction (an import), reads
   * them back as stored and writes their creation events in one statement; returns their ids in order.
   */
  async createMany(tx: EntityManager, actorId: number | null, data: Partial<T>[]): Promise<number[]> {
    const { identifiers } = await tx.insert(this.target, data as QueryDeepPartialEntity<T>[]);
    const ids = identifiers.map((identifier) => identifier.id as number);
    await this.audit.recordCreations(tx, actorId, this.entityName, await tx.findBy(this.target, { id: In(ids) } as FindOptionsWhere<T>));
    return ids;
  }

  /**
   * Applies changes if `version` is still the record's version; otherwise 409 and nothing changes.
   * `prepare` sees the locked record before the change: it checks the rules, may write related
   * rows in the same transaction, and returns any fields the change implies.
   */
  async update(
    actorId: number | null,
    id: number,
    version: number,
    changes: Partial<T>,
    prepare?: (current: T, tx: EntityManager) => Promise<Partial<T> | void> | Partial<T> | void,
  ): Promise<T> {
    return this.dataSource.transaction(async (tx) => {
      const current = await this.lock(id, tx);
      if (current.version !== version) throw new VersionConflict();
      const implied = (await prepare?.(current, tx)) ?? {};
      return this.applyWithin(tx, actorId, current, { ...changes, ...implied });
    });
  }

  /**
   * Deletes a record that no history holds; otherwise 409 naming the holders, and nothing changes.
   * The record is locked first, so a holder added meanwhile waits for the delete and then fails on
   * its foreign key; the foreign keys refuse (RESTRICT) whatever this list would miss.
   * `audited`: what the delete event keeps of the record (by default all of it).
   */
  async remove(actorId: number | null, id: number, { record, heldBy, audited = (current) => current }: RemovalRules<T>): Promise<T> {
    return this.dataSource.transaction(async (tx) => {
      const current = await this.lock(id, tx);
      const holders = heldBy.length
        ? ((
            await tx.query(
              `SELECT ${heldBy.map(({ table, column }, index) => `(SELECT count(*)::int FROM ${table} WHERE ${column} = $1) AS "${index}"`).join(', ')}`,
              [id],
            )
          )[0] as Record<string, number>)
        : {};
      const refusal = deletionRefusal(record, Object.fromEntries(heldBy.map(({ holder }, index) => [holder, holders[index]])));
      if (refusal) throw new HeldByHistory(refusal);
      await tx.delete(this.target, id);
      await this.audit.record(tx, { actorId, action: 'delete', entity: this.entityName, entityId: id, before: await audited(current, tx) });
      return current;
    });
  }

  /** Reads a record and holds it until the transaction ends, so concurrent writers queue up. */
  async lock(id: number, tx: EntityManager): Promise<T> {
    const current = await tx.findOne(this.target, { where: { id } as never, lock: { mode: 'pessimistic_write' } });
    if (!current) throw new RecordNotFound(this.entityName, id);
    return current;
  }

  /**
   * Writes changes to a record locked in the caller's transaction as a new version, even when they
   * change nothing, without an audit event (the caller writes its own); returns the record as stored.
   * Not kept prepared: a rare write (a merge) whose many shapes would use up MAX_PREPARED.
   */
  async writeWithin(tx: EntityManager, id: number, changes: Partial<T>): Promise<T> {
    const [row] = await runStatement(this.dataSource, ...updateStatement(this.metadata, this.driver, id, changes, false)!, {
      queryRunner: tx.queryRunner,
      prepared: false,
    });
    return this.fromReturned(row);
  }

  /**
   * Writes changes to a record locked in the caller's transaction, with their audit event, and
   * returns the record as stored; changes that change nothing write nothing.
   */
  async applyWithin(tx: EntityManager, actorId: number | null, current: T, changes: Partial<T>): Promise<T> {
    const statement = updateStatement(this.metadata, this.driver, current.id, changes);
    if (!statement) return current;
    const [row] = await runStatement(this.dataSource, ...statement, { queryRunner: tx.queryRunner, prepared: true });
    if (!row) return current;
    const after = this.fromReturned(row);
    await this.audit.record(tx, {
      actorId,
      action: 'update',
      entity: this.entityName,
      entityId: current.id,
      before: current,
      after,
      written: changes,
    });
    return after;
  }
}
