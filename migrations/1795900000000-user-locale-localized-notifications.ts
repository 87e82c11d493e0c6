import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Each user reads the API in their own language (`locale`, French by default), and a notification
 * keeps the catalogue key and parameters of its text so that it is rendered in the reader's
 * language when read or e-mailed. Notifications written before keep their French `message`.
 */
export class UserLocaleLocalizedNotifications1795900000000 implements MigrationInterface {
  name = 'UserLocaleLocalizedNotifications1795900000000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "users" ADD "locale" text NOT NULL DEFAULT 'fr'`);
    await queryRunner.query(`ALTER TABLE "users" ADD CONSTRAINT "CHK_users_locale" CHECK ("locale" IN ('fr', 'en'))`);
    await queryRunner.query(`ALTER TABLE "notifications" ADD "message_key" text`);
    await queryRunner.query(`ALTER TABLE "notifications" ADD "message_params" jsonb`);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "notifications" DROP COLUMN "message_params"`);
    await queryRunner.query(`ALTER TABLE "notifications" DROP COLUMN "message_key"`);
    await queryRunner.query(`ALTER TABLE "users" DROP CONSTRAINT "CHK_users_locale"`);
    await queryRunner.query(`ALTER TABLE "users" DROP COLUMN "locale"`);
  }
}
