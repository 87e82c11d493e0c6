import type { MigrationInterface, QueryRunner } from 'typeorm';

/** The ticket desk: information requests, their timeline (interactions) and yearly reference counters. */
export class InformationRequests1795544706745 implements MigrationInterface {
  name = 'InformationRequests1795544706745';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE TABLE "requests" ("id" SERIAL NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "version" integer NOT NULL, "reference" text NOT NULL, "site" text NOT NULL, "channel" text NOT NULL, "topic" text NOT NULL, "subject" text NOT NULL, "question" text NOT NULL, "organisation_id" integer, "contact_id" integer, "requester_name" text, "requester_email" citext, "assignee_id" integer, "status" text NOT NULL DEFAULT 'new', "received_at" TIMESTAMP WITH TIME ZONE NOT NULL, "due_at" TIMESTAMP WITH TIME ZONE NOT NULL, "waiting_since" TIMESTAMP WITH TIME ZONE, "first_response_at" TIMESTAMP WITH TIME ZONE, "answered_at" TIMESTAMP WITH TIME ZONE, "answer" text, "minutes_spent" integer NOT NULL DEFAULT '0', CONSTRAINT "UQ_d475a5fed59d8ce5df073db58d8" UNIQUE ("reference"), CONSTRAINT "CHK_requests_answered" CHECK ("status" NOT IN ('answered', 'closed') OR "answered_at" IS NOT NULL), CONSTRAINT "CHK_requests_minutes" CHECK ("minutes_spent" >= 0), CONSTRAINT "CHK_requests_requester" CHECK ("organisation_id" IS NOT NULL OR "contact_id" IS NOT NULL OR "requester_name" IS NOT NULL), CONSTRAINT "CHK_requests_status" CHECK ("status" IN ('new', 'in_progress', 'waiting', 'answered', 'closed')), CONSTRAINT "CHK_requests_topic" CHECK ("topic" IN ('funding', 'partnership', 'project_design', 'volunteering', 'jobs_internships', 'training', 'ecsi', 'events', 'directory', 'other')), CONSTRAINT "CHK_requests_channel" CHECK ("channel" IN ('phone', 'email', 'walk_in', 'event', 'web_form', 'other')), CONSTRAINT "CHK_requests_site" CHECK ("site" IN ('lyon', 'clermont')), CONSTRAINT "PK_0428f484e96f9e6a55955f29b5f" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(`CREATE INDEX "IDX_requests_organisation_id" ON "requests" ("organisation_id") `);
    await queryRunner.query(`CREATE INDEX "IDX_requests_contact_id" ON "requests" ("contact_id") `);
    await queryRunner.query(`CREATE INDEX "IDX_requests_answered_at" ON "requests" ("answered_at") `);
    await queryRunner.query(`CREATE INDEX "IDX_requests_received_at" ON "requests" ("received_at") `);
    await queryRunner.query(`CREATE INDEX "IDX_requests_assignee_status" ON "requests" ("assignee_id", "status", "due_at") `);
    await queryRunner.query(`CREATE INDEX "IDX_requests_status_due" ON "requests" ("status", "due_at") `);
    await queryRunner.query(`CREATE INDEX "IDX_requests_site_status_due" ON "requests" ("site", "status", "due_at") `);
    await queryRunner.query(
      `CREATE TABLE "interactions" ("id" SERIAL NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "version" integer NOT NULL, "request_id" integer, "kind" text NOT NULL, "author_id" integer, "occurred_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "minutes_spent" integer NOT NULL DEFAULT '0', "body" text NOT NULL, CONSTRAINT "CHK_interactions_minutes" CHECK ("minutes_spent" >= 0), CONSTRAINT "CHK_interactions_kind" CHECK ("kind" IN ('note', 'call', 'email', 'meeting', 'status_change', 'stage_change')), CONSTRAINT "PK_911b7416a6671b4148b18c18ecb" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(`CREATE INDEX "IDX_interactions_request" ON "interactions" ("request_id", "occurred_at") `);
    await queryRunner.query(
      `CREATE TABLE "reference_counters" ("prefix" text NOT NULL, "year" integer NOT NULL, "last" integer NOT NULL, CONSTRAINT "PK_83ee81c1b99e135e3573fe30fe7" PRIMARY KEY ("prefix", "year"))`,
    );
    await queryRunner.query(
      `ALTER TABLE "requests" ADD CONSTRAINT "FK_909c7a47e6ffe8a791461db42eb" FOREIGN KEY ("organisation_id") REFERENCES "organisations"("id") ON DELETE SET NULL ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "requests" ADD CONSTRAINT "FK_cbe24466ed29224d1ed2a414dec" FOREIGN KEY ("contact_id") REFERENCES "contacts"("id") ON DELETE SET NULL ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "requests" ADD CONSTRAINT "FK_9d42803c550dc4f905e81355923" FOREIGN KEY ("assignee_id") REFERENCES "users"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "interactions" ADD CONSTRAINT "FK_3802864a5edd3ced750e9d64d5f" FOREIGN KEY ("request_id") REFERENCES "requests"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "interactions" ADD CONSTRAINT "FK_9773a7d09986c0403ff9a78ef65" FOREIGN KEY ("author_id") REFERENCES "users"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `CREATE INDEX "IDX_requests_search" ON "requests" USING gin (f_unaccent(lower(reference || ' ' || subject || ' ' || coalesce(requester_name, ''))) gin_trgm_ops)`,
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP INDEX "public"."IDX_requests_search"`);
    await queryRunner.query(`ALTER TABLE "interactions" DROP CONSTRAINT "FK_9773a7d09986c0403ff9a78ef65"`);
    await queryRunner.query(`ALTER TABLE "interactions" DROP CONSTRAINT "FK_3802864a5edd3ced750e9d64d5f"`);
    await queryRunner.query(`ALTER TABLE "requests" DROP CONSTRAINT "FK_9d42803c550dc4f905e81355923"`);
    await queryRunner.query(`ALTER TABLE "requests" DROP CONSTRAINT "FK_cbe24466ed29224d1ed2a414dec"`);
    await queryRunner.query(`ALTER TABLE "requests" DROP CONSTRAINT "FK_909c7a47e6ffe8a791461db42eb"`);
    await queryRunner.query(`DROP TABLE "reference_counters"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_interactions_request"`);
    await queryRunner.query(`DROP TABLE "interactions"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_requests_site_status_due"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_requests_status_due"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_requests_assignee_status"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_requests_received_at"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_requests_answered_at"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_requests_contact_id"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_requests_organisation_id"`);
    await queryRunner.query(`DROP TABLE "requests"`);
  }
}
