import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Indexes for the queries added with the cheap dashboard and the e-mail recovery, each measured
 * on the benchmark's dataset (EXPLAIN ANALYZE, in a rolled-back transaction):
 *
 * - `notifications (id) WHERE emailed_at IS NULL`: every reconciliation looks for notifications
 *   not yet e-mailed; without it a sequential scan of all notifications (34.5 ms on 23,000 rows,
 *   and the table only grows), with it a few index entries (0.04 ms);
 * - `assignments (assigned_at, id) WHERE status = 'proposed'`: the dashboard's unanswered
 *   proposals in their order, without walking every assignment (4.4 → 1.9 ms);
 * - `requests (received_at) INCLUDE (answered_at, due_at)` replaces `(received_at)`: the year's
 *   headline request figures from the index alone (Index Only Scan, 19.9 → 6.9 ms); the key
 *   figures' year scans use it as they used the narrower one.
 */
export class DashboardAndEmailRecoveryIndexes1795712131715 implements MigrationInterface {
  name = 'DashboardAndEmailRecoveryIndexes1795712131715';

  public async up(queryRunner: QueryRunner): Promise<void> {
    // Building these on a large table may take longer than the API's statement timeout.
    await queryRunner.query(`SET LOCAL statement_timeout = 0`);
    await queryRunner.query(`CREATE INDEX "IDX_notifications_unsent" ON "notifications" ("id") WHERE emailed_at IS NULL`);
    await queryRunner.query(`CREATE INDEX "IDX_assignments_proposed" ON "assignments" ("assigned_at", "id") WHERE status = 'proposed'`);
    await queryRunner.query(
      `CREATE INDEX "IDX_requests_received_covering" ON "requests" ("received_at") INCLUDE ("answered_at", "due_at")`,
    );
    await queryRunner.query(`DROP INDEX "public"."IDX_requests_received_at"`);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`CREATE INDEX "IDX_requests_received_at" ON "requests" ("received_at")`);
    await queryRunner.query(`DROP INDEX "public"."IDX_requests_received_covering"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_assignments_proposed"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_notifications_unsent"`);
  }
}
