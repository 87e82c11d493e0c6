import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * An answer the SMTP server kept refusing (issue 20): after its last retry it is `failed`, with the
 * reason in its note, no longer enqueued by the rounds, until someone sends it again.
 */
export class MailSendFailures1796610000000 implements MigrationInterface {
  name = 'MailSendFailures1796610000000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "mail_messages" DROP CONSTRAINT "CHK_mail_messages_outcome"`);
    await queryRunner.query(
      `ALTER TABLE "mail_messages" ADD CONSTRAINT "CHK_mail_messages_outcome" CHECK ("outcome" IN ('opened', 'joined', 'automated', 'unreadable', 'queued', 'sent', 'failed'))`,
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`UPDATE "mail_messages" SET "outcome" = 'queued' WHERE "outcome" = 'failed'`);
    await queryRunner.query(`ALTER TABLE "mail_messages" DROP CONSTRAINT "CHK_mail_messages_outcome"`);
    await queryRunner.query(
      `ALTER TABLE "mail_messages" ADD CONSTRAINT "CHK_mail_messages_outcome" CHECK ("outcome" IN ('opened', 'joined', 'automated', 'unreadable', 'queued', 'sent'))`,
    );
  }
}
