import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * A request that became a support case is closed as `converted` (it must then point at its case),
 * and a case may be held by a private individual: `contact_id`, with `organisation_id` now optional
 * but one of the two required. Requests converted before this have their status and answer date
 * set from their case, so they leave the queues and the reminders.
 */
export class ConvertedRequestsIndividualCases1795880000000 implements MigrationInterface {
  name = 'ConvertedRequestsIndividualCases1795880000000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "requests" DROP CONSTRAINT "CHK_requests_status"`);
    await queryRunner.query(
      `ALTER TABLE "requests" ADD CONSTRAINT "CHK_requests_status" CHECK ("status" IN ('new', 'in_progress', 'waiting', 'answered', 'closed', 'converted'))`,
    );
    await queryRunner.query(
      `UPDATE "requests" r SET "status" = 'converted', "waiting_since" = NULL,
              "answered_at" = coalesce(r."answered_at", c."opened_at"), "first_response_at" = coalesce(r."first_response_at", c."opened_at")
         FROM "cases" c WHERE c."id" = r."case_id"`,
    );
    await queryRunner.query(
      `ALTER TABLE "requests" ADD CONSTRAINT "CHK_requests_converted" CHECK ("status" <> 'converted' OR "case_id" IS NOT NULL)`,
    );
    await queryRunner.query(`ALTER TABLE "cases" ADD "contact_id" integer`);
    await queryRunner.query(`ALTER TABLE "cases" ALTER COLUMN "organisation_id" DROP NOT NULL`);
    await queryRunner.query(`CREATE INDEX "IDX_cases_contact_id" ON "cases" ("contact_id") `);
    await queryRunner.query(
      `ALTER TABLE "cases" ADD CONSTRAINT "CHK_cases_holder" CHECK ("organisation_id" IS NOT NULL OR "contact_id" IS NOT NULL)`,
    );
    await queryRunner.query(
      `ALTER TABLE "cases" ADD CONSTRAINT "FK_235467ca40e0930d12441c0f373" FOREIGN KEY ("contact_id") REFERENCES "contacts"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "cases" DROP CONSTRAINT "FK_235467ca40e0930d12441c0f373"`);
    await queryRunner.query(`ALTER TABLE "cases" DROP CONSTRAINT "CHK_cases_holder"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_cases_contact_id"`);
    await queryRunner.query(`ALTER TABLE "cases" ALTER COLUMN "organisation_id" SET NOT NULL`);
    await queryRunner.query(`ALTER TABLE "cases" DROP COLUMN "contact_id"`);
    await queryRunner.query(`ALTER TABLE "requests" DROP CONSTRAINT "CHK_requests_converted"`);
    await queryRunner.query(`UPDATE "requests" SET "status" = 'closed' WHERE "status" = 'converted'`);
    await queryRunner.query(`ALTER TABLE "requests" DROP CONSTRAINT "CHK_requests_status"`);
    await queryRunner.query(
      `ALTER TABLE "requests" ADD CONSTRAINT "CHK_requests_status" CHECK ("status" IN ('new', 'in_progress', 'waiting', 'answered', 'closed'))`,
    );
  }
}
