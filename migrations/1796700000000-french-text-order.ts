import type { MigrationInterface, QueryRunner } from 'typeorm';

/** The sort indexes of the lists' text columns, in the French order the lists now sort them by (record-store.ts). */
const SORT_INDEXES: [name: string, table: string, columns: string[]][] = [
  ['IDX_organisations_name', 'organisations', ['name']],
  ['IDX_contacts_name', 'contacts', ['last_name', 'first_name']],
  ['IDX_users_full_name', 'users', ['full_name']],
  ['IDX_events_title', 'events', ['title']],
  ['IDX_answer_templates_title', 'answer_templates', ['title']],
];

export class FrenchTextOrder1796700000000 implements MigrationInterface {
  name = 'FrenchTextOrder1796700000000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    for (const [name, table, columns] of SORT_INDEXES) {
      await queryRunner.query(`DROP INDEX "${name}"`);
      const collated = columns.map((column) => `("${column}" COLLATE "fr-x-icu")`).join(', ');
      await queryRunner.query(`CREATE INDEX "${name}" ON "${table}" (${collated})`);
    }
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    for (const [name, table, columns] of SORT_INDEXES) {
      await queryRunner.query(`DROP INDEX "${name}"`);
      await queryRunner.query(`CREATE INDEX "${name}" ON "${table}" (${columns.map((column) => `"${column}"`).join(', ')})`);
    }
  }
}
