import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Collective events ("temps collectifs") and their registrations (issue 19): the event with its
 * kind, RESACOOP's role, period, place, themes, co-organisers, relay, site, capacity, head count
 * and a training's hours and trainer; a registration per person and event (by contact, and by
 * e-mail, once), with attendance and a trainee's evaluation. The event search runs on the title
 * without accents, indexed by trigrams.
 */
export class CollectiveEvents1796100000000 implements MigrationInterface {
  name = 'CollectiveEvents1796100000000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE TABLE "events" ("id" SERIAL NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "version" integer NOT NULL, "title" text NOT NULL, "kind" text NOT NULL, "role" text NOT NULL, "starts_at" TIMESTAMP WITH TIME ZONE NOT NULL, "ends_at" TIMESTAMP WITH TIME ZONE NOT NULL, "online" boolean NOT NULL DEFAULT false, "address" text, "departement" text, "themes" text array NOT NULL DEFAULT '{}', "sdgs" integer array NOT NULL DEFAULT '{}', "co_organiser_ids" integer array NOT NULL DEFAULT '{}', "relay_id" integer, "site" text, "capacity" integer, "public_description" text, "status" text NOT NULL DEFAULT 'draft', "head_count" integer NOT NULL DEFAULT '0', "hours" real, "trainer" text, "public_token" text, ` +
        `CONSTRAINT "CHK_events_published_token" CHECK ("status" <> 'published' OR "public_token" IS NOT NULL), ` +
        `CONSTRAINT "CHK_events_hours" CHECK ("hours" IS NULL OR ("hours" > 0 AND "hours" <= 1000)), ` +
        `CONSTRAINT "CHK_events_training" CHECK ("kind" = 'training' OR ("hours" IS NULL AND "trainer" IS NULL)), ` +
        `CONSTRAINT "CHK_events_head_count" CHECK ("head_count" >= 0), ` +
        `CONSTRAINT "CHK_events_capacity" CHECK ("capacity" IS NULL OR "capacity" > 0), ` +
        `CONSTRAINT "CHK_events_in_charge" CHECK ("site" IS NOT NULL OR "relay_id" IS NOT NULL), ` +
        `CONSTRAINT "CHK_events_place" CHECK ("online" OR "departement" IS NOT NULL), ` +
        `CONSTRAINT "CHK_events_period" CHECK ("ends_at" >= "starts_at"), ` +
        `CONSTRAINT "CHK_events_co_organisers" CHECK (array_position("co_organiser_ids", NULL) IS NULL AND cardinality("co_organiser_ids") <= 50), ` +
        `CONSTRAINT "CHK_events_sdgs" CHECK ("sdgs" <@ ARRAY[1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17]), ` +
        `CONSTRAINT "CHK_events_themes" CHECK ("themes" <@ ARRAY['ecsi', 'project_design', 'funding', 'partnership', 'youth_mobility', 'local_authorities', 'migration', 'climate', 'health', 'other']::text[]), ` +
        `CONSTRAINT "CHK_events_departement" CHECK ("departement" IS NULL OR "departement" IN ('01', '03', '07', '15', '26', '38', '42', '43', '63', '69D', '69M', '73', '74', 'outside_region')), ` +
        `CONSTRAINT "CHK_events_site" CHECK ("site" IS NULL OR "site" IN ('lyon', 'clermont')), ` +
        `CONSTRAINT "CHK_events_status" CHECK ("status" IN ('draft', 'published', 'held', 'cancelled')), ` +
        `CONSTRAINT "CHK_events_role" CHECK ("role" IN ('organised', 'co_organised', 'speaker', 'participant')), ` +
        `CONSTRAINT "CHK_events_kind" CHECK ("kind" IN ('workshop', 'training', 'working_group', 'regional_meeting', 'webinar', 'fair', 'festisol', 'other')), ` +
        `CONSTRAINT "PK_40731c7151fe4be3116e45ddf73" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(`CREATE UNIQUE INDEX "IDX_events_public_token" ON "events" ("public_token") `);
    await queryRunner.query(`CREATE INDEX "IDX_events_title" ON "events" ("title") `);
    await queryRunner.query(`CREATE INDEX "IDX_events_departement" ON "events" ("departement") `);
    await queryRunner.query(`CREATE INDEX "IDX_events_site_starts_at" ON "events" ("site", "starts_at") `);
    await queryRunner.query(`CREATE INDEX "IDX_events_relay_starts_at" ON "events" ("relay_id", "starts_at") `);
    await queryRunner.query(`CREATE INDEX "IDX_events_role_starts_at" ON "events" ("role", "starts_at") `);
    await queryRunner.query(`CREATE INDEX "IDX_events_kind_starts_at" ON "events" ("kind", "starts_at") `);
    await queryRunner.query(`CREATE INDEX "IDX_events_status_starts_at" ON "events" ("status", "starts_at") `);
    await queryRunner.query(`CREATE INDEX "IDX_events_starts_at" ON "events" ("starts_at") `);
    await queryRunner.query(`CREATE INDEX "IDX_events_search" ON "events" USING gin (f_unaccent(lower(title)) gin_trgm_ops)`);
    await queryRunner.query(
      `CREATE TABLE "registrations" ("id" SERIAL NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "version" integer NOT NULL, "event_id" integer NOT NULL, "contact_id" integer, "name" text, "email" citext, "organisation_id" integer, "organisation_name" text, "status" text NOT NULL DEFAULT 'registered', "consent_at" TIMESTAMP WITH TIME ZONE, "evaluation_score" integer, "evaluation_comment" text, ` +
        `CONSTRAINT "CHK_registrations_score" CHECK ("evaluation_score" IS NULL OR "evaluation_score" BETWEEN 1 AND 5), ` +
        `CONSTRAINT "CHK_registrations_person" CHECK ("contact_id" IS NOT NULL OR "name" IS NOT NULL), ` +
        `CONSTRAINT "CHK_registrations_status" CHECK ("status" IN ('registered', 'attended', 'absent')), ` +
        `CONSTRAINT "PK_6013e724d7b22929da9cd7282d1" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(`CREATE INDEX "IDX_registrations_contact_id" ON "registrations" ("contact_id") `);
    await queryRunner.query(`CREATE INDEX "IDX_registrations_organisation_id" ON "registrations" ("organisation_id") `);
    await queryRunner.query(
      `CREATE UNIQUE INDEX "IDX_registrations_event_email" ON "registrations" ("event_id", "email") WHERE "email" IS NOT NULL`,
    );
    await queryRunner.query(
      `CREATE UNIQUE INDEX "IDX_registrations_event_contact" ON "registrations" ("event_id", "contact_id") WHERE "contact_id" IS NOT NULL`,
    );
    await queryRunner.query(`CREATE INDEX "IDX_registrations_event_status" ON "registrations" ("event_id", "status") `);
    await queryRunner.query(
      `ALTER TABLE "events" ADD CONSTRAINT "FK_events_relay" FOREIGN KEY ("relay_id") REFERENCES "relays"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "registrations" ADD CONSTRAINT "FK_registrations_event" FOREIGN KEY ("event_id") REFERENCES "events"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "registrations" ADD CONSTRAINT "FK_registrations_contact" FOREIGN KEY ("contact_id") REFERENCES "contacts"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "registrations" ADD CONSTRAINT "FK_registrations_organisation" FOREIGN KEY ("organisation_id") REFERENCES "organisations"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "registrations" DROP CONSTRAINT "FK_registrations_organisation"`);
    await queryRunner.query(`ALTER TABLE "registrations" DROP CONSTRAINT "FK_registrations_contact"`);
    await queryRunner.query(`ALTER TABLE "registrations" DROP CONSTRAINT "FK_registrations_event"`);
    await queryRunner.query(`ALTER TABLE "events" DROP CONSTRAINT "FK_events_relay"`);
    await queryRunner.query(`DROP TABLE "registrations"`);
    await queryRunner.query(`DROP TABLE "events"`);
  }
}
