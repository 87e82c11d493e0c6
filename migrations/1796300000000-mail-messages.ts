import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The e-mail channel (issue 20): every message of a request's thread, received from a mailbox or
 * sent from the desk, unique on its Message-ID (or digest) so that a message read twice is
 * processed once; the queued answers indexed for the worker that sends them; the files received
 * with them, kept in PostgreSQL.
 */
export class MailMessages1796300000000 implements MigrationInterface {
  name = 'MailMessages1796300000000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE TABLE "mail_messages" ("id" SERIAL NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "version" integer NOT NULL, "message_key" text NOT NULL, "direction" text NOT NULL, "outcome" text NOT NULL, "mailbox" text, "request_id" integer, "author_id" integer, "from_name" text, "from_address" citext, "to_address" citext, "subject" text NOT NULL, "text" text NOT NULL, "safe_html" text, "in_reply_to" text, "references" text, "note" text, "at" TIMESTAMP WITH TIME ZONE NOT NULL, "sent_at" TIMESTAMP WITH TIME ZONE, ` +
        `CONSTRAINT "UQ_mail_messages_message_key" UNIQUE ("message_key"), ` +
        `CONSTRAINT "CHK_mail_messages_outcome" CHECK ("outcome" IN ('opened', 'joined', 'automated', 'unreadable', 'queued', 'sent')), ` +
        `CONSTRAINT "CHK_mail_messages_direction" CHECK ("direction" IN ('in', 'out')), ` +
        `CONSTRAINT "PK_mail_messages" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(`CREATE INDEX "IDX_mail_messages_request" ON "mail_messages" ("request_id", "at") `);
    await queryRunner.query(`CREATE INDEX "IDX_mail_messages_unsent" ON "mail_messages" ("id") WHERE outcome = 'queued'`);
    await queryRunner.query(
      `ALTER TABLE "mail_messages" ADD CONSTRAINT "FK_mail_messages_request" FOREIGN KEY ("request_id") REFERENCES "requests"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `CREATE TABLE "mail_attachments" ("id" SERIAL NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "version" integer NOT NULL, "mail_message_id" integer NOT NULL, "request_id" integer NOT NULL, "file_name" text NOT NULL, "content_type" text NOT NULL, "size" integer NOT NULL, "content" bytea NOT NULL, CONSTRAINT "PK_mail_attachments" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(`CREATE INDEX "IDX_mail_attachments_request" ON "mail_attachments" ("request_id") `);
    await queryRunner.query(
      `ALTER TABLE "mail_attachments" ADD CONSTRAINT "FK_mail_attachments_message" FOREIGN KEY ("mail_message_id") REFERENCES "mail_messages"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "mail_attachments" ADD CONSTRAINT "FK_mail_attachments_request" FOREIGN KEY ("request_id") REFERENCES "requests"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "mail_messages" ADD CONSTRAINT "FK_mail_messages_author" FOREIGN KEY ("author_id") REFERENCES "users"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TABLE "mail_attachments"`);
    await queryRunner.query(`DROP TABLE "mail_messages"`);
  }
}
