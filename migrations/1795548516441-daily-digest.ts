import type { MigrationInterface, QueryRunner } from 'typeorm';

/** Users may opt out of the daily digest of their due and overdue items. */
export class DailyDigest1795548516441 implements MigrationInterface {
  name = 'DailyDigest1795548516441';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "users" ADD "daily_digest" boolean NOT NULL DEFAULT true`);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "users" DROP COLUMN "daily_digest"`);
  }
}
