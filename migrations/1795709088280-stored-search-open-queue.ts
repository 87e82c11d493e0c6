import type { MigrationInterface, QueryRunner } from 'typeorm';

/** The four searches: the unaccented text each one reads, as its entity declares it (`asExpression`). */
const SEARCHES = [
  {
    table: 'organisations',
    expression: `f_unaccent(lower(name || ' ' || coalesce(acronym, '') || ' ' || coalesce(city, '')))`,
    replaces: 'IDX_organisations_search',
  },
  {
    table: 'contacts',
    expression: `f_unaccent(lower(first_name || ' ' || last_name || ' ' || coalesce(email::text, '')))`,
    replaces: 'IDX_contacts_search',
  },
  {
    table: 'cases',
    expression: `f_unaccent(lower(reference || ' ' || project_title))`,
    replaces: 'IDX_cases_search',
  },
  {
    table: 'requests',
    expression: `f_unaccent(lower(reference || ' ' || subject || ' ' || coalesce(requester_name, '')))`,
    replaces: 'IDX_requests_search',
  },
] as const;

/**
 * The schema half of the benchmark's plan (tests/perf/README.md, a, b, c):
 *
 * - searches: the unaccented text of organisations, contacts, cases and requests is stored once per
 *   write in a generated column `search_text`, indexed by trigrams, instead of an expression index
 *   whose recheck and filter called `f_unaccent` (an SQL function PostgreSQL cannot inline) for
 *   every row a search walked. `f_unaccent` is declared IMMUTABLE with its dictionary and function
 *   schema-qualified (foundation migration), as a generated column requires and pg_restore's empty
 *   search_path needs. TypeORM keeps a generated column's expression in `typeorm_metadata`, under
 *   the current database's name: these rows are what its schema diff compares the entities with.
 * - the open request queue (a site's, an adviser's) in due-date order: partial indexes on the open
 *   requests only, whose predicate is the API's `open` filter as written;
 * - timelines: (case_id | request_id, occurred_at, id), read backwards for "newest first" with the
 *   id tie-break, replace the two-column indexes they extend.
 *
 * Adding a stored column rewrites each table and the trigram indexes are built from scratch: on a
 * large database (the benchmark's 500,000 requests) this takes longer than the API's 30 s
 * statement_timeout, lifted for this migration's transaction alone.
 */
export class StoredSearchOpenQueue1795709088280 implements MigrationInterface {
  name = 'StoredSearchOpenQueue1795709088280';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`SET LOCAL statement_timeout = 0`);
    await queryRunner.query(`SET LOCAL maintenance_work_mem = '256MB'`);
    // TypeORM creates it before running migrations when an entity has a generated column; kept here so the migration stands alone.
    await queryRunner.query(
      `CREATE TABLE IF NOT EXISTS "typeorm_metadata" ("type" character varying NOT NULL, "database" character varying, "schema" character varying, "table" character varying, "name" character varying, "value" text)`,
    );
    for (const { table, expression, replaces } of SEARCHES) {
      await queryRunner.query(`DROP INDEX "public"."${replaces}"`);
      await queryRunner.query(`ALTER TABLE "${table}" ADD "search_text" text GENERATED ALWAYS AS (${expression}) STORED NOT NULL`);
      await queryRunner.query(
        `INSERT INTO "typeorm_metadata"("database", "schema", "table", "type", "name", "value") VALUES (current_database(), current_schema(), $1, 'GENERATED_COLUMN', 'search_text', $2)`,
        [table, expression],
      );
      await queryRunner.query(`CREATE INDEX "IDX_${table}_search_text" ON "${table}" USING gin ("search_text" gin_trgm_ops)`);
    }
    await queryRunner.query(
      `CREATE INDEX "IDX_requests_open_site_due" ON "requests" ("site", "due_at", "id") WHERE status IN ('new', 'in_progress', 'waiting')`,
    );
    await queryRunner.query(
      `CREATE INDEX "IDX_requests_open_assignee_due" ON "requests" ("assignee_id", "due_at", "id") WHERE status IN ('new', 'in_progress', 'waiting')`,
    );
    await queryRunner.query(`CREATE INDEX "IDX_interactions_case_timeline" ON "interactions" ("case_id", "occurred_at", "id") `);
    await queryRunner.query(`CREATE INDEX "IDX_interactions_request_timeline" ON "interactions" ("request_id", "occurred_at", "id") `);
    await queryRunner.query(`DROP INDEX "public"."IDX_interactions_case"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_interactions_request"`);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`SET LOCAL statement_timeout = 0`);
    await queryRunner.query(`CREATE INDEX "IDX_interactions_request" ON "interactions" ("request_id", "occurred_at") `);
    await queryRunner.query(`CREATE INDEX "IDX_interactions_case" ON "interactions" ("case_id", "occurred_at") `);
    await queryRunner.query(`DROP INDEX "public"."IDX_interactions_request_timeline"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_interactions_case_timeline"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_requests_open_assignee_due"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_requests_open_site_due"`);
    for (const { table, expression, replaces } of [...SEARCHES].reverse()) {
      await queryRunner.query(`DROP INDEX "public"."IDX_${table}_search_text"`);
      await queryRunner.query(
        `DELETE FROM "typeorm_metadata" WHERE "type" = 'GENERATED_COLUMN' AND "name" = 'search_text' AND "database" = current_database() AND "schema" = current_schema() AND "table" = $1`,
        [table],
      );
      await queryRunner.query(`ALTER TABLE "${table}" DROP COLUMN "search_text"`);
      await queryRunner.query(`CREATE INDEX "${replaces}" ON "${table}" USING gin (${expression} gin_trgm_ops)`);
    }
  }
}
