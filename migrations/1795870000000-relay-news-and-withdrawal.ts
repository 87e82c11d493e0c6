import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The team may withdraw a proposal the relay has not answered (status `withdrawn`), and every
 * reconciliation reads the recent answers of relays to tell their advisers
 * (`assignments (acknowledged_at)`: a few index entries instead of every assignment).
 */
export class RelayNewsAndWithdrawal1795870000000 implements MigrationInterface {
  name = 'RelayNewsAndWithdrawal1795870000000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "assignments" DROP CONSTRAINT "CHK_assignments_status"`);
    await queryRunner.query(
      `ALTER TABLE "assignments" ADD CONSTRAINT "CHK_assignments_status" CHECK ("status" IN ('proposed', 'accepted', 'completed', 'declined', 'withdrawn'))`,
    );
    await queryRunner.query(`CREATE INDEX "IDX_assignments_acknowledged_at" ON "assignments" ("acknowledged_at")`);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP INDEX "public"."IDX_assignments_acknowledged_at"`);
    await queryRunner.query(`ALTER TABLE "assignments" DROP CONSTRAINT "CHK_assignments_status"`);
    await queryRunner.query(
      `ALTER TABLE "assignments" ADD CONSTRAINT "CHK_assignments_status" CHECK ("status" IN ('proposed', 'accepted', 'completed', 'declined'))`,
    );
  }
}
