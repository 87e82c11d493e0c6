import type { ClassConstructor } from 'class-transformer';
import type { RegistrationsService } from '../events';
import type { BaseRecord } from '../common/base-record.entity';
import type { Database, RecordTarget, Transaction } from '../database/database';
import type { ImportField } from './import-fields';
import type { ImportRow } from './import-rows';

export const IMPORT_RESOURCES = ['organisations', 'contacts'] as const;
export type ImportResourceName = (typeof IMPORT_RESOURCES)[number];

/** The other features an import's records may affect. */
export interface ImportFeatures {
  registrations: RegistrationsService;
}

/** What an import needs to know of a resource; the steps are the same for all. */
export interface ImportResource {
  name: ImportResourceName;
  /** The record kind in the singular, as audit events name it. */
  entityName: string;
  target: RecordTarget<BaseRecord>;
  /** The create DTO: a row is valid when a form sending its values would be. */
  dto: ClassConstructor<object>;
  fields: readonly ImportField[];
  /**
   * The rules that need the database (duplicates, related records), over all rows at once, never
   * one query per row. They add errors to rows and may fill fields (a contact's organisation).
   */
  check(rows: ImportRow[], db: Database, tx?: Transaction): Promise<void>;
  /** What the records created imply beyond themselves, in the import's transaction (contacts take the registrations made under their e-mail). */
  created?(
    records: readonly { id: number; record: Record<string, unknown> }[],
    features: ImportFeatures,
    tx: Transaction,
    actorId: number,
  ): Promise<void>;
}
