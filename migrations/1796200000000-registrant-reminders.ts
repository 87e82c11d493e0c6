import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Reminders to registrants (issue 19): each registration gets the unguessable key of its
 * unsubscribe link and the instant its person opted out of reminders; a registrant's reminder
 * occurrence keeps when its e-mail left (a registrant has no notification to hold it).
 */
export class RegistrantReminders1796200000000 implements MigrationInterface {
  name = 'RegistrantReminders1796200000000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `ALTER TABLE "registrations" ADD "reminders_opted_out_at" TIMESTAMP WITH TIME ZONE, ADD "unsubscribe_token" uuid NOT NULL DEFAULT gen_random_uuid()`,
    );
    await queryRunner.query(`CREATE UNIQUE INDEX "IDX_registrations_unsubscribe_token" ON "registrations" ("unsubscribe_token") `);
    await queryRunner.query(`ALTER TABLE "reminder_occurrences" ADD "emailed_at" TIMESTAMP WITH TIME ZONE`);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "reminder_occurrences" DROP COLUMN "emailed_at"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_registrations_unsubscribe_token"`);
    await queryRunner.query(`ALTER TABLE "registrations" DROP COLUMN "unsubscribe_token", DROP COLUMN "reminders_opted_out_at"`);
  }
}
