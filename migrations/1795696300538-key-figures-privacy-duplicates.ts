import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Key figures (published-year snapshots, indexes on the dates they count by), the GDPR (erased
 * contacts, relay users' reads of contacts) and duplicate detection (organisation names compared
 * without accents, case, punctuation, articles or legal forms, through a trigram index).
 */
export class KeyFiguresPrivacyDuplicates1795696300538 implements MigrationInterface {
  name = 'KeyFiguresPrivacyDuplicates1795696300538';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE OR REPLACE FUNCTION f_organisation_name_key(text) RETURNS text LANGUAGE sql IMMUTABLE PARALLEL SAFE STRICT AS $$ SELECT btrim(regexp_replace(regexp_replace(regexp_replace(f_unaccent(lower($1)), '[^a-z0-9]+', ' ', 'g'), '\\m(association|asso|ong|sarl|sasu|sas|sa|eurl|scop|scic|sci|gie|gip|fondation|les|le|la|l|des|de|du|d|et)\\M', ' ', 'g'), ' +', ' ', 'g')) $$`,
    );
    await queryRunner.query(
      `CREATE INDEX "IDX_organisations_name_key" ON "organisations" USING gin (f_organisation_name_key(name) gin_trgm_ops)`,
    );
    await queryRunner.query(
      `CREATE TABLE "personal_data_reads" ("id" BIGSERIAL NOT NULL, "user_id" integer NOT NULL, "contact_id" integer NOT NULL, "kind" text NOT NULL, "at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "CHK_personal_data_reads_kind" CHECK ("kind" IN ('read', 'list', 'export')), CONSTRAINT "PK_bc442c7e139a6ff9a0cd5938d79" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(`CREATE INDEX "IDX_personal_data_reads_at" ON "personal_data_reads" ("at") `);
    await queryRunner.query(`CREATE INDEX "IDX_personal_data_reads_user" ON "personal_data_reads" ("user_id", "at") `);
    await queryRunner.query(`CREATE INDEX "IDX_personal_data_reads_contact" ON "personal_data_reads" ("contact_id", "at") `);
    await queryRunner.query(
      `CREATE TABLE "key_figure_snapshots" ("year" integer NOT NULL, "figures" jsonb NOT NULL, "published_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "published_by_id" integer, CONSTRAINT "PK_39cb3d3b98f4dd019ff2b9bc02a" PRIMARY KEY ("year"))`,
    );
    await queryRunner.query(`ALTER TABLE "contacts" ADD "erased_at" TIMESTAMP WITH TIME ZONE`);
    await queryRunner.query(`CREATE INDEX "IDX_cases_closed_at" ON "cases" ("closed_at") `);
    await queryRunner.query(`CREATE INDEX "IDX_assignments_assigned_at" ON "assignments" ("assigned_at") `);
    await queryRunner.query(`CREATE INDEX "IDX_interactions_occurred_at" ON "interactions" ("occurred_at") `);
    await queryRunner.query(
      `ALTER TABLE "personal_data_reads" ADD CONSTRAINT "FK_fad8bd862295438b5e3b3aeb9ef" FOREIGN KEY ("user_id") REFERENCES "users"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "personal_data_reads" ADD CONSTRAINT "FK_b9ffa4d62739806664b1fda4a11" FOREIGN KEY ("contact_id") REFERENCES "contacts"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "key_figure_snapshots" ADD CONSTRAINT "FK_624baf5f9ec8c54a547dd10b566" FOREIGN KEY ("published_by_id") REFERENCES "users"("id") ON DELETE SET NULL ON UPDATE NO ACTION`,
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "key_figure_snapshots" DROP CONSTRAINT "FK_624baf5f9ec8c54a547dd10b566"`);
    await queryRunner.query(`ALTER TABLE "personal_data_reads" DROP CONSTRAINT "FK_b9ffa4d62739806664b1fda4a11"`);
    await queryRunner.query(`ALTER TABLE "personal_data_reads" DROP CONSTRAINT "FK_fad8bd862295438b5e3b3aeb9ef"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_interactions_occurred_at"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_assignments_assigned_at"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_cases_closed_at"`);
    await queryRunner.query(`ALTER TABLE "contacts" DROP COLUMN "erased_at"`);
    await queryRunner.query(`DROP TABLE "key_figure_snapshots"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_personal_data_reads_contact"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_personal_data_reads_user"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_personal_data_reads_at"`);
    await queryRunner.query(`DROP TABLE "personal_data_reads"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_organisations_name_key"`);
    await queryRunner.query(`DROP FUNCTION f_organisation_name_key(text)`);
  }
}
