import type { MigrationInterface, QueryRunner } from 'typeorm';

/** A foreign key of the history: `table.column` → `referenced`, and what a delete of the referenced row did until now. */
const HISTORY_LINKS = [
  { table: 'contacts', column: 'organisation_id', referenced: 'organisations', name: 'FK_f27a0da182698132dd931238103', was: 'SET NULL' },
  { table: 'requests', column: 'organisation_id', referenced: 'organisations', name: 'FK_909c7a47e6ffe8a791461db42eb', was: 'SET NULL' },
  { table: 'requests', column: 'contact_id', referenced: 'contacts', name: 'FK_cbe24466ed29224d1ed2a414dec', was: 'SET NULL' },
  { table: 'requests', column: 'case_id', referenced: 'cases', name: 'FK_e1c8e9ba604535e80ca232ddbce', was: 'SET NULL' },
  { table: 'interactions', column: 'request_id', referenced: 'requests', name: 'FK_3802864a5edd3ced750e9d64d5f', was: 'CASCADE' },
  { table: 'interactions', column: 'case_id', referenced: 'cases', name: 'FK_4c0f06002a6ac731e6aa7b3b9c8', was: 'CASCADE' },
  { table: 'assignments', column: 'case_id', referenced: 'cases', name: 'FK_2cb43f0f40e082d5baaef8db848', was: 'CASCADE' },
  { table: 'case_stage_changes', column: 'case_id', referenced: 'cases', name: 'FK_c4f622c0208236acdcbf0bbede6', was: 'CASCADE' },
  { table: 'personal_data_reads', column: 'contact_id', referenced: 'contacts', name: 'FK_b9ffa4d62739806664b1fda4a11', was: 'CASCADE' },
  { table: 'personal_data_reads', column: 'user_id', referenced: 'users', name: 'FK_fad8bd862295438b5e3b3aeb9ef', was: 'CASCADE' },
] as const;

/**
 * History is never unlinked nor deleted with what it refers to: deleting an organisation set its
 * requests' and contacts' organisation to null without a trace, deleting a contact erased the log
 * of relays' reads of them, and a deleted case or request would have taken its timeline along.
 * Every such foreign key now refuses the delete (RESTRICT); the API names the holders first (409),
 * and maps a refusal it did not foresee to a 409 as well.
 */
export class HistoryKeepsItsLinks1795830000000 implements MigrationInterface {
  name = 'HistoryKeepsItsLinks1795830000000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    for (const link of HISTORY_LINKS) await this.relink(queryRunner, link, 'RESTRICT');
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    for (const link of HISTORY_LINKS) await this.relink(queryRunner, link, link.was);
  }

  private async relink(
    queryRunner: QueryRunner,
    { table, column, referenced, name }: (typeof HISTORY_LINKS)[number],
    onDelete: string,
  ): Promise<void> {
    await queryRunner.query(
      `ALTER TABLE "${table}" DROP CONSTRAINT "${name}", ADD CONSTRAINT "${name}" FOREIGN KEY ("${column}") REFERENCES "${referenced}"("id") ON DELETE ${onDelete} ON UPDATE NO ACTION`,
    );
  }
}
