import type { MigrationInterface, QueryRunner } from 'typeorm';

/** Saved answers (issue 20): the wording an e-mail answer starts from, filled with the request's fields. */
export class AnswerTemplates1796500000000 implements MigrationInterface {
  name = 'AnswerTemplates1796500000000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE TABLE "answer_templates" ("id" SERIAL NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "version" integer NOT NULL, "title" text NOT NULL, "body" text NOT NULL, "active" boolean NOT NULL DEFAULT true, CONSTRAINT "PK_answer_templates" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(`CREATE INDEX "IDX_answer_templates_title" ON "answer_templates" ("title") `);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TABLE "answer_templates"`);
  }
}
