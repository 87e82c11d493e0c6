import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * pg_restore runs with an empty search_path: a function used by an index must name every function
 * it calls by schema, or a backup cannot be restored (found by the backup restore test).
 */
export class QualifiedNameKeyFunction1795696963587 implements MigrationInterface {
  name = 'QualifiedNameKeyFunction1795696963587';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE OR REPLACE FUNCTION public.f_organisation_name_key(text) RETURNS text LANGUAGE sql IMMUTABLE PARALLEL SAFE STRICT AS $$ SELECT btrim(regexp_replace(regexp_replace(regexp_replace(public.f_unaccent(lower($1)), '[^a-z0-9]+', ' ', 'g'), '\\m(association|asso|ong|sarl|sasu|sas|sa|eurl|scop|scic|sci|gie|gip|fondation|les|le|la|l|des|de|du|d|et)\\M', ' ', 'g'), ' +', ' ', 'g')) $$`,
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE OR REPLACE FUNCTION public.f_organisation_name_key(text) RETURNS text LANGUAGE sql IMMUTABLE PARALLEL SAFE STRICT AS $$ SELECT btrim(regexp_replace(regexp_replace(regexp_replace(f_unaccent(lower($1)), '[^a-z0-9]+', ' ', 'g'), '\\m(association|asso|ong|sarl|sasu|sas|sa|eurl|scop|scic|sci|gie|gip|fondation|les|le|la|l|des|de|du|d|et)\\M', ' ', 'g'), ' +', ' ', 'g')) $$`,
    );
  }
}
