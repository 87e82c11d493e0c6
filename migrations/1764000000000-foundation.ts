import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The foundation: extensions, the accent-free search function, users and their sessions, the
 * four departmental relays, the directory (organisations, contacts) and the audit trail.
 */
export class Foundation1764000000000 implements MigrationInterface {
  name = 'Foundation1764000000000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`CREATE EXTENSION IF NOT EXISTS unaccent`);
    await queryRunner.query(`CREATE EXTENSION IF NOT EXISTS pg_trgm`);
    await queryRunner.query(`CREATE EXTENSION IF NOT EXISTS citext`);
    // unaccent() is only STABLE; indexes need an IMMUTABLE wrapper with its dictionary pinned.
    await queryRunner.query(
      `CREATE OR REPLACE FUNCTION f_unaccent(text) RETURNS text LANGUAGE sql IMMUTABLE PARALLEL SAFE STRICT AS $$ SELECT public.unaccent('public.unaccent'::regdictionary, $1) $$`,
    );
    await queryRunner.query(
      `CREATE TABLE "audit_events" ("id" BIGSERIAL NOT NULL, "actor_id" integer, "action" text NOT NULL, "entity" text NOT NULL, "entity_id" integer NOT NULL, "changes" jsonb NOT NULL, "at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_910f64d901a5c3e9878f0d4a407" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(`CREATE INDEX "IDX_audit_events_at" ON "audit_events" ("at") `);
    await queryRunner.query(`CREATE INDEX "IDX_audit_events_actor" ON "audit_events" ("actor_id", "at") `);
    await queryRunner.query(`CREATE INDEX "IDX_audit_events_entity" ON "audit_events" ("entity", "entity_id", "at") `);
    await queryRunner.query(
      `CREATE TABLE "organisations" ("id" SERIAL NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "version" integer NOT NULL, "name" text NOT NULL, "acronym" text, "type" text NOT NULL, "siret" text, "rna" text, "departement" text, "postcode" text, "city" text, "address" text, "website" text, "email" citext, "phone" text, "membership" text NOT NULL DEFAULT 'none', "zones" text array NOT NULL DEFAULT '{}', "tags" text array NOT NULL DEFAULT '{}', "notes" text, CONSTRAINT "CHK_organisations_rna" CHECK ("rna" ~ '^W[0-9]{9}$'), CONSTRAINT "CHK_organisations_siret" CHECK ("siret" ~ '^[0-9]{14}$'), CONSTRAINT "PK_7bf54cba378d5b2f1d4c10ef4df" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(`CREATE INDEX "IDX_organisations_siret" ON "organisations" ("siret") `);
    await queryRunner.query(`CREATE INDEX "IDX_organisations_rna" ON "organisations" ("rna") `);
    await queryRunner.query(`CREATE INDEX "IDX_organisations_updated_at" ON "organisations" ("updated_at") `);
    await queryRunner.query(`CREATE INDEX "IDX_organisations_type" ON "organisations" ("type") `);
    await queryRunner.query(`CREATE INDEX "IDX_organisations_departement" ON "organisations" ("departement") `);
    await queryRunner.query(
      `CREATE TABLE "relays" ("id" SERIAL NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "version" integer NOT NULL, "name" text NOT NULL, "organisation_id" integer NOT NULL, "departements" text array NOT NULL DEFAULT '{}', CONSTRAINT "UQ_8b76d454fb5ee97ef7624aa4cb0" UNIQUE ("name"), CONSTRAINT "PK_edb2a59ea8ab0fdddd74ca949ab" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE TABLE "users" ("id" SERIAL NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "version" integer NOT NULL, "email" citext NOT NULL, "full_name" text NOT NULL, "role" text NOT NULL, "site" text, "relay_id" integer, "active" boolean NOT NULL DEFAULT true, "password_hash" text NOT NULL, CONSTRAINT "UQ_97672ac88f789774dd47f7c8be3" UNIQUE ("email"), CONSTRAINT "CHK_users_relay_relay" CHECK (("role" = 'relay') = ("relay_id" IS NOT NULL)), CONSTRAINT "CHK_users_staff_site" CHECK ("role" <> 'staff' OR "site" IS NOT NULL), CONSTRAINT "CHK_users_site" CHECK ("site" IS NULL OR "site" IN ('lyon', 'clermont')), CONSTRAINT "CHK_users_role" CHECK ("role" IN ('admin', 'staff', 'relay')), CONSTRAINT "PK_a3ffb1c0c8416b9fc6f907b7433" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(`CREATE INDEX "IDX_users_relay_id" ON "users" ("relay_id") `);
    await queryRunner.query(`CREATE INDEX "IDX_users_full_name" ON "users" ("full_name") `);
    await queryRunner.query(
      `CREATE TABLE "sessions" ("token_hash" text NOT NULL, "user_id" integer NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "last_seen_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "revoked_at" TIMESTAMP WITH TIME ZONE, "ip" text, "user_agent" text, CONSTRAINT "PK_abaa9e068cdd390bc5210f79884" PRIMARY KEY ("token_hash"))`,
    );
    await queryRunner.query(`CREATE INDEX "IDX_sessions_user_id" ON "sessions" ("user_id") `);
    await queryRunner.query(
      `CREATE TABLE "contacts" ("id" SERIAL NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "version" integer NOT NULL, "organisation_id" integer, "first_name" text NOT NULL, "last_name" text NOT NULL, "email" citext, "phone" text, "function" text, "newsletter_consent_at" TIMESTAMP WITH TIME ZONE, "notes" text, CONSTRAINT "PK_b99cd40cfd66a99f1571f4f72e6" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(`CREATE INDEX "IDX_contacts_organisation_id" ON "contacts" ("organisation_id") `);
    await queryRunner.query(`CREATE INDEX "IDX_contacts_email" ON "contacts" ("email") `);
    await queryRunner.query(`CREATE INDEX "IDX_contacts_updated_at" ON "contacts" ("updated_at") `);
    await queryRunner.query(`CREATE INDEX "IDX_contacts_name" ON "contacts" ("last_name", "first_name") `);
    await queryRunner.query(
      `ALTER TABLE "relays" ADD CONSTRAINT "FK_d1ead233abf3feaecf5a0a2fb71" FOREIGN KEY ("organisation_id") REFERENCES "organisations"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "users" ADD CONSTRAINT "FK_6954616c3af6ba3d41ac282d462" FOREIGN KEY ("relay_id") REFERENCES "relays"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "sessions" ADD CONSTRAINT "FK_085d540d9f418cfbdc7bd55bb19" FOREIGN KEY ("user_id") REFERENCES "users"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "contacts" ADD CONSTRAINT "FK_f27a0da182698132dd931238103" FOREIGN KEY ("organisation_id") REFERENCES "organisations"("id") ON DELETE SET NULL ON UPDATE NO ACTION`,
    );
    await queryRunner.query(`CREATE INDEX "IDX_organisations_name" ON "organisations" ("name") `);
    await queryRunner.query(
      `CREATE INDEX "IDX_organisations_search" ON "organisations" USING gin (f_unaccent(lower(name || ' ' || coalesce(acronym, '') || ' ' || coalesce(city, ''))) gin_trgm_ops)`,
    );
    await queryRunner.query(`CREATE INDEX "IDX_organisations_zones" ON "organisations" USING gin ("zones")`);
    await queryRunner.query(
      `CREATE INDEX "IDX_contacts_search" ON "contacts" USING gin (f_unaccent(lower(first_name || ' ' || last_name || ' ' || coalesce(email::text, ''))) gin_trgm_ops)`,
    );
    await this.seedRelays(queryRunner);
  }

  /** The four relays of the 2024 activity report, with their own organisation records. */
  private async seedRelays(queryRunner: QueryRunner): Promise<void> {
    const relays = [
      {
        relay: 'Francas de l’Isère',
        organisation: 'Les Francas de l’Isère',
        acronym: 'Francas 38',
        type: 'youth_education',
        departement: '38',
        city: 'Grenoble',
        postcode: '38000',
        membership: 'none',
        covers: ['38'],
      },
      {
        relay: 'SCD',
        organisation: 'Service de coopération au développement',
        acronym: 'SCD',
        type: 'association',
        departement: '69M',
        city: 'Lyon',
        postcode: '69007',
        membership: 'gip_member',
        covers: ['69D', '69M'],
      },
      {
        relay: 'UFCV Loire',
        organisation: 'Comité départemental Ufcv de la Loire',
        acronym: 'UFCV42',
        type: 'youth_education',
        departement: '42',
        city: 'Saint-Étienne',
        postcode: '42000',
        membership: 'none',
        covers: ['42'],
      },
      {
        relay: 'Romans International',
        organisation: 'Romans International',
        acronym: null,
        type: 'association',
        departement: '26',
        city: 'Romans-sur-Isère',
        postcode: '26100',
        membership: 'none',
        covers: ['26', '07'],
      },
    ];
    for (const item of relays) {
      const [organisation] = await queryRunner.query(
        `INSERT INTO organisations (version, name, acronym, type, departement, city, postcode, membership, zones, tags)
         VALUES (1, $1, $2, $3, $4, $5, $6, $7, '{france}', '{relais}') RETURNING id`,
        [item.organisation, item.acronym, item.type, item.departement, item.city, item.postcode, item.membership],
      );
      await queryRunner.query(`INSERT INTO relays (version, name, organisation_id, departements) VALUES (1, $1, $2, $3)`, [
        item.relay,
        organisation.id,
        item.covers,
      ]);
    }
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP INDEX "public"."IDX_contacts_search"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_organisations_zones"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_organisations_search"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_organisations_name"`);
    await queryRunner.query(`ALTER TABLE "contacts" DROP CONSTRAINT "FK_f27a0da182698132dd931238103"`);
    await queryRunner.query(`ALTER TABLE "sessions" DROP CONSTRAINT "FK_085d540d9f418cfbdc7bd55bb19"`);
    await queryRunner.query(`ALTER TABLE "users" DROP CONSTRAINT "FK_6954616c3af6ba3d41ac282d462"`);
    await queryRunner.query(`ALTER TABLE "relays" DROP CONSTRAINT "FK_d1ead233abf3feaecf5a0a2fb71"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_contacts_name"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_contacts_updated_at"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_contacts_email"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_contacts_organisation_id"`);
    await queryRunner.query(`DROP TABLE "contacts"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_sessions_user_id"`);
    await queryRunner.query(`DROP TABLE "sessions"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_users_full_name"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_users_relay_id"`);
    await queryRunner.query(`DROP TABLE "users"`);
    await queryRunner.query(`DROP TABLE "relays"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_organisations_departement"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_organisations_type"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_organisations_updated_at"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_organisations_rna"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_organisations_siret"`);
    await queryRunner.query(`DROP TABLE "organisations"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_audit_events_entity"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_audit_events_actor"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_audit_events_at"`);
    await queryRunner.query(`DROP TABLE "audit_events"`);
    await queryRunner.query(`DROP FUNCTION f_unaccent(text)`);
  }
}
