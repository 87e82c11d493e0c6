import type { MigrationInterface, QueryRunner } from 'typeorm';

/** Support cases across the project cycle, their stage history, relay assignments, and links from requests and timelines. */
export class SupportCases1795545993866 implements MigrationInterface {
  name = 'SupportCases1795545993866';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE TABLE "cases" ("id" SERIAL NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "version" integer NOT NULL, "reference" text NOT NULL, "organisation_id" integer NOT NULL, "project_title" text NOT NULL, "project_summary" text, "countries" text array NOT NULL DEFAULT '{}', "zones" text array NOT NULL DEFAULT '{}', "sdgs" integer array NOT NULL DEFAULT '{}', "adviser_id" integer NOT NULL, "site" text NOT NULL, "stage" text NOT NULL DEFAULT 'design', "status" text NOT NULL DEFAULT 'open', "outcome" text, "next_follow_up_at" date, "funding_sought_eur" integer NOT NULL DEFAULT '0', "funding_obtained_eur" integer NOT NULL DEFAULT '0', "funders" text array NOT NULL DEFAULT '{}', "opened_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "closed_at" TIMESTAMP WITH TIME ZONE, CONSTRAINT "UQ_54644dc5f4b6350d047ab0ce40a" UNIQUE ("reference"), CONSTRAINT "CHK_cases_funding" CHECK ("funding_sought_eur" >= 0 AND "funding_obtained_eur" >= 0), CONSTRAINT "CHK_cases_closed_at" CHECK (("status" = 'closed') = ("closed_at" IS NOT NULL)), CONSTRAINT "CHK_cases_follow_up" CHECK ("status" <> 'open' OR "next_follow_up_at" IS NOT NULL), CONSTRAINT "CHK_cases_outcome_value" CHECK ("outcome" IS NULL OR "outcome" IN ('funded', 'completed', 'redirected', 'abandoned')), CONSTRAINT "CHK_cases_outcome" CHECK (("status" = 'closed') = ("outcome" IS NOT NULL)), CONSTRAINT "CHK_cases_status" CHECK ("status" IN ('open', 'on_hold', 'closed')), CONSTRAINT "CHK_cases_stage" CHECK ("stage" IN ('design', 'funding_search', 'partner_search', 'implementation', 'reporting', 'communication')), CONSTRAINT "CHK_cases_site" CHECK ("site" IN ('lyon', 'clermont')), CONSTRAINT "PK_264acb3048c240fb89aa34626db" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(`CREATE INDEX "IDX_cases_organisation_id" ON "cases" ("organisation_id") `);
    await queryRunner.query(`CREATE INDEX "IDX_cases_opened_at" ON "cases" ("opened_at") `);
    await queryRunner.query(`CREATE INDEX "IDX_cases_next_follow_up" ON "cases" ("next_follow_up_at") `);
    await queryRunner.query(`CREATE INDEX "IDX_cases_site_status" ON "cases" ("site", "status", "next_follow_up_at") `);
    await queryRunner.query(`CREATE INDEX "IDX_cases_adviser_status" ON "cases" ("adviser_id", "status", "next_follow_up_at") `);
    await queryRunner.query(`CREATE INDEX "IDX_cases_status_stage" ON "cases" ("status", "stage") `);
    await queryRunner.query(
      `CREATE TABLE "assignments" ("id" SERIAL NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "version" integer NOT NULL, "case_id" integer NOT NULL, "relay_id" integer NOT NULL, "status" text NOT NULL DEFAULT 'proposed', "decline_reason" text, "assigned_by_id" integer, "assigned_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "acknowledged_at" TIMESTAMP WITH TIME ZONE, "acknowledged_by_id" integer, "completed_at" TIMESTAMP WITH TIME ZONE, CONSTRAINT "CHK_assignments_decline_reason" CHECK ("status" <> 'declined' OR "decline_reason" IS NOT NULL), CONSTRAINT "CHK_assignments_status" CHECK ("status" IN ('proposed', 'accepted', 'completed', 'declined')), CONSTRAINT "PK_c54ca359535e0012b04dcbd80ee" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(`CREATE INDEX "IDX_assignments_relay" ON "assignments" ("relay_id", "status") `);
    await queryRunner.query(`CREATE INDEX "IDX_assignments_case" ON "assignments" ("case_id", "status") `);
    await queryRunner.query(
      `CREATE TABLE "case_stage_changes" ("id" SERIAL NOT NULL, "case_id" integer NOT NULL, "from_stage" text, "to_stage" text NOT NULL, "changed_by_id" integer, "changed_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_12d913a738f1bc578fe61206afb" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(`CREATE INDEX "IDX_case_stage_changes_case" ON "case_stage_changes" ("case_id", "changed_at") `);
    await queryRunner.query(`ALTER TABLE "requests" ADD "case_id" integer`);
    await queryRunner.query(`ALTER TABLE "interactions" ADD "case_id" integer`);
    await queryRunner.query(`CREATE INDEX "IDX_requests_case_id" ON "requests" ("case_id") `);
    await queryRunner.query(`CREATE INDEX "IDX_interactions_case" ON "interactions" ("case_id", "occurred_at") `);
    await queryRunner.query(
      `ALTER TABLE "interactions" ADD CONSTRAINT "CHK_interactions_subject" CHECK (("request_id" IS NULL) <> ("case_id" IS NULL))`,
    );
    await queryRunner.query(
      `ALTER TABLE "cases" ADD CONSTRAINT "FK_7637dde4a13e5c3c858309f2bef" FOREIGN KEY ("organisation_id") REFERENCES "organisations"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "cases" ADD CONSTRAINT "FK_b9e9a360f3cfdb68a51f7b169bd" FOREIGN KEY ("adviser_id") REFERENCES "users"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "assignments" ADD CONSTRAINT "FK_2cb43f0f40e082d5baaef8db848" FOREIGN KEY ("case_id") REFERENCES "cases"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "assignments" ADD CONSTRAINT "FK_a4e09b360c21044024f0abb0c50" FOREIGN KEY ("relay_id") REFERENCES "relays"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "assignments" ADD CONSTRAINT "FK_a76bdbfeb13c3a195855993eaa5" FOREIGN KEY ("assigned_by_id") REFERENCES "users"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "case_stage_changes" ADD CONSTRAINT "FK_c4f622c0208236acdcbf0bbede6" FOREIGN KEY ("case_id") REFERENCES "cases"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "case_stage_changes" ADD CONSTRAINT "FK_5b552e92a5c1bf46d8667029cf6" FOREIGN KEY ("changed_by_id") REFERENCES "users"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "requests" ADD CONSTRAINT "FK_e1c8e9ba604535e80ca232ddbce" FOREIGN KEY ("case_id") REFERENCES "cases"("id") ON DELETE SET NULL ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "interactions" ADD CONSTRAINT "FK_4c0f06002a6ac731e6aa7b3b9c8" FOREIGN KEY ("case_id") REFERENCES "cases"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `CREATE INDEX "IDX_cases_search" ON "cases" USING gin (f_unaccent(lower(reference || ' ' || project_title)) gin_trgm_ops)`,
    );
    await queryRunner.query(`CREATE INDEX "IDX_cases_zones" ON "cases" USING gin ("zones")`);
    await queryRunner.query(
      `CREATE UNIQUE INDEX "UQ_assignments_live" ON "assignments" ("case_id", "relay_id") WHERE status IN ('proposed', 'accepted')`,
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP INDEX "public"."UQ_assignments_live"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_cases_zones"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_cases_search"`);
    await queryRunner.query(`ALTER TABLE "interactions" DROP CONSTRAINT "FK_4c0f06002a6ac731e6aa7b3b9c8"`);
    await queryRunner.query(`ALTER TABLE "requests" DROP CONSTRAINT "FK_e1c8e9ba604535e80ca232ddbce"`);
    await queryRunner.query(`ALTER TABLE "case_stage_changes" DROP CONSTRAINT "FK_5b552e92a5c1bf46d8667029cf6"`);
    await queryRunner.query(`ALTER TABLE "case_stage_changes" DROP CONSTRAINT "FK_c4f622c0208236acdcbf0bbede6"`);
    await queryRunner.query(`ALTER TABLE "assignments" DROP CONSTRAINT "FK_a76bdbfeb13c3a195855993eaa5"`);
    await queryRunner.query(`ALTER TABLE "assignments" DROP CONSTRAINT "FK_a4e09b360c21044024f0abb0c50"`);
    await queryRunner.query(`ALTER TABLE "assignments" DROP CONSTRAINT "FK_2cb43f0f40e082d5baaef8db848"`);
    await queryRunner.query(`ALTER TABLE "cases" DROP CONSTRAINT "FK_b9e9a360f3cfdb68a51f7b169bd"`);
    await queryRunner.query(`ALTER TABLE "cases" DROP CONSTRAINT "FK_7637dde4a13e5c3c858309f2bef"`);
    await queryRunner.query(`ALTER TABLE "interactions" DROP CONSTRAINT "CHK_interactions_subject"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_interactions_case"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_requests_case_id"`);
    await queryRunner.query(`ALTER TABLE "interactions" DROP COLUMN "case_id"`);
    await queryRunner.query(`ALTER TABLE "requests" DROP COLUMN "case_id"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_case_stage_changes_case"`);
    await queryRunner.query(`DROP TABLE "case_stage_changes"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_assignments_case"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_assignments_relay"`);
    await queryRunner.query(`DROP TABLE "assignments"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_cases_status_stage"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_cases_adviser_status"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_cases_site_status"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_cases_next_follow_up"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_cases_opened_at"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_cases_organisation_id"`);
    await queryRunner.query(`DROP TABLE "cases"`);
  }
}
