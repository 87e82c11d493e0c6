import type { MigrationInterface, QueryRunner } from 'typeorm';

/** Reminder occurrences (one row per rule, record, due instant and person) and the notifications they produce. */
export class Reminders1795547818694 implements MigrationInterface {
  name = 'Reminders1795547818694';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE TABLE "reminder_occurrences" ("id" BIGSERIAL NOT NULL, "rule" text NOT NULL, "entity" text NOT NULL, "entity_id" integer NOT NULL, "due_at" TIMESTAMP WITH TIME ZONE NOT NULL, "user_id" integer NOT NULL, "status" text NOT NULL DEFAULT 'scheduled', "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "settled_at" TIMESTAMP WITH TIME ZONE, CONSTRAINT "CHK_reminder_occurrences_status" CHECK ("status" IN ('scheduled', 'delivered', 'stale')), CONSTRAINT "PK_e60cb9d6ef20f7d9dc272150d01" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(`CREATE INDEX "IDX_reminder_occurrences_status" ON "reminder_occurrences" ("status", "due_at") `);
    await queryRunner.query(
      `CREATE UNIQUE INDEX "UQ_reminder_occurrences_key" ON "reminder_occurrences" ("rule", "entity", "entity_id", "due_at", "user_id") `,
    );
    await queryRunner.query(
      `CREATE TABLE "notifications" ("id" SERIAL NOT NULL, "user_id" integer NOT NULL, "rule" text NOT NULL, "entity" text NOT NULL, "entity_id" integer NOT NULL, "message" text NOT NULL, "occurrence_id" bigint NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "read_at" TIMESTAMP WITH TIME ZONE, "emailed_at" TIMESTAMP WITH TIME ZONE, "email_error" text, CONSTRAINT "PK_6a72c3c0f683f6462415e653c3a" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(`CREATE UNIQUE INDEX "UQ_notifications_occurrence" ON "notifications" ("occurrence_id") `);
    await queryRunner.query(`CREATE INDEX "IDX_notifications_user" ON "notifications" ("user_id", "read_at", "created_at") `);
    await queryRunner.query(
      `ALTER TABLE "notifications" ADD CONSTRAINT "FK_9a8a82462cab47c73d25f49261f" FOREIGN KEY ("user_id") REFERENCES "users"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "notifications" ADD CONSTRAINT "FK_6b726600e35f2e66ff6fd02a915" FOREIGN KEY ("occurrence_id") REFERENCES "reminder_occurrences"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "notifications" DROP CONSTRAINT "FK_6b726600e35f2e66ff6fd02a915"`);
    await queryRunner.query(`ALTER TABLE "notifications" DROP CONSTRAINT "FK_9a8a82462cab47c73d25f49261f"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_notifications_user"`);
    await queryRunner.query(`DROP INDEX "public"."UQ_notifications_occurrence"`);
    await queryRunner.query(`DROP TABLE "notifications"`);
    await queryRunner.query(`DROP INDEX "public"."UQ_reminder_occurrences_key"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_reminder_occurrences_status"`);
    await queryRunner.query(`DROP TABLE "reminder_occurrences"`);
  }
}
