import { Injectable } from '@nestjs/common';
import { DataSource, type EntityManager, type EntityTarget, type ObjectLiteral } from 'typeorm';
import type { IsolationLevel } from 'typeorm/driver/types/IsolationLevel';
import type { BaseRecord } from '../common/base-record.entity';
import { AuditTrail } from './audit-trail';
import { fetchOne, readEntities, RecordStore, TableReads } from './record-store';
import { runForResult } from './statements';

/** A kind of record as features name it to the core: its entity class. */
export type RecordTarget<T> = EntityTarget<T>;

/** Any row or record. */
export type { ObjectLiteral };

/**
 * A transaction in progress: what `Database.transaction` hands its work, and what the record
 * store and the statements below take to run inside it.
 */
export type Transaction = EntityManager;

/**
 * A hand-written statement kept prepared by PostgreSQL (see `runStatement`): for fixed text on a
 * measured path, naming its result columns, whose best plan does not depend on its values.
 */
export interface PreparedStatement {
  readonly text: string;
  readonly prepared: true;
}

export function prepared(text: string): PreparedStatement {
  return { text, prepared: true };
}

/** A feature's hand-written statement: a named constant of its own `*.sql.ts`, planned at each run unless `prepared`. */
export type Statement = string | PreparedStatement;

/**
 * The one way features reach PostgreSQL: records through their store, a table's reads through
 * `TableReads`, hand-written statements through `rows`/`one`/`execute`/`entities`, and transactions
 * through `transaction`. Nothing outside `database/` touches TypeORM's or pg's own interfaces.
 */
@Injectable()
export class Database {
  constructor(
    private readonly dataSource: DataSource,
    private readonly audit: AuditTrail,
  ) {}

  /** The store of a kind of record: its lists, reads and audited writes. */
  store<T extends BaseRecord>(target: EntityTarget<T>, entityName: string): RecordStore<T> {
    return new RecordStore(this.dataSource, target, entityName, this.audit);
  }

  /** The reads of a table whose rows are not edited as records (audit events, notifications). */
  reads<T extends ObjectLiteral>(target: EntityTarget<T>, entityName: string): TableReads<T> {
    return new TableReads(this.dataSource, target, entityName);
  }

  /** The record of this kind and id, or null: a link checked, a related record read. */
  find<T extends ObjectLiteral>(target: EntityTarget<T>, id: number, tx: Transaction = this.dataSource.manager): Promise<T | null> {
    return fetchOne(tx.createQueryBuilder(target, 'rec').where('rec.id = :id', { id }));
  }

  /** Whether a record of this kind and id exists (its id alone is read). */
  async exists<T extends ObjectLiteral>(target: EntityTarget<T>, id: number, tx: Transaction = this.dataSource.manager): Promise<boolean> {
    const row: unknown = await tx.createQueryBuilder(target, 'rec').select('rec.id').where('rec.id = :id', { id }).getRawOne();
    return row !== undefined;
  }

  /** Runs `work` in one transaction: committed when it resolves, rolled back when it throws. */
  transaction<T>(work: (tx: Transaction) => Promise<T>, isolation?: IsolationLevel): Promise<T> {
    return isolation ? this.dataSource.transaction(isolation, work) : this.dataSource.transaction(work);
  }

  /** The rows a statement returns, in `tx` or on a connection of the pool. */
  async rows<Row extends object>(statement: Statement, values: readonly unknown[] = [], tx?: Transaction): Promise<Row[]> {
    return (await this.run(statement, values, tx)).rows as Row[];
  }

  /** The first row a statement returns, if any. */
  async one<Row extends object>(statement: Statement, values: readonly unknown[] = [], tx?: Transaction): Promise<Row | undefined> {
    return (await this.run(statement, values, tx)).rows[0] as Row | undefined;
  }

  /** Runs a statement for what it writes; returns how many rows it wrote. */
  async execute(statement: Statement, values: readonly unknown[] = [], tx?: Transaction): Promise<number> {
    return (await this.run(statement, values, tx)).rowCount ?? 0;
  }

  /** The rows a statement returns, named by their columns' database names, read as entities (typed as TypeORM reads them). */
  async entities<T extends ObjectLiteral>(
    target: EntityTarget<T>,
    statement: Statement,
    values: readonly unknown[] = [],
    tx?: Transaction,
  ): Promise<T[]> {
    return readEntities(this.dataSource, target, await this.rows(statement, values, tx));
  }

  private run(statement: Statement, values: readonly unknown[], tx: Transaction | undefined) {
    const text = typeof statement === 'string' ? statement : statement.text;
    const prepared = typeof statement !== 'string' && statement.prepared;
    return runForResult(this.dataSource, text, values as unknown[], { queryRunner: tx?.queryRunner, prepared });
  }
}
