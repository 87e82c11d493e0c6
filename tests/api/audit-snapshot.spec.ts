import type { INestApplication } from '@nestjs/common';
import type { DataSource } from 'typeorm';
import { snapshot, snapshotSql } from '../../apps/api/src/database/audit-snapshot';
import { database, loginAs, startApp, unique } from './support/app';

/**
 * A record's creation event is written by SQL in the same statement as the record (a CTE), its
 * updates by JavaScript: both must describe a record the same way, or its history would show
 * changes that never happened.
 */
describe('audit snapshots', () => {
  let app: INestApplication;
  let dataSource: DataSource;

  beforeAll(async () => {
    app = await startApp();
    dataSource = database(app);
  });
  afterAll(() => app.close());

  it('builds in SQL, for every record of every audited table, the snapshot JavaScript builds', async () => {
    const audited = dataSource.entityMetadatas.filter((metadata) => metadata.columns.some((column) => column.propertyName === 'version'));
    expect(audited.map((metadata) => metadata.tableName)).toEqual(
      expect.arrayContaining(['organisations', 'contacts', 'requests', 'cases', 'interactions', 'assignments', 'users']),
    );
    let compared = 0;
    // One snapshot of the database for both reads: other suites write meanwhile.
    await dataSource.transaction('REPEATABLE READ', async (tx) => {
      for (const metadata of audited) {
        const records = await tx.find(metadata.target, { order: { id: 'DESC' }, take: 200 });
        const fromSql: { id: number; snapshot: Record<string, unknown> }[] = await tx.query(
          `SELECT r.id, ${snapshotSql(metadata, 'r')} AS snapshot FROM "${metadata.tableName}" r WHERE r.id = ANY($1) ORDER BY r.id DESC`,
          [records.map((record) => (record as { id: number }).id)],
        );
        expect(fromSql.map((row) => row.snapshot)).toEqual(records.map((record) => snapshot(record)));
        compared += records.length;
      }
    });
    expect(compared).toBeGreaterThan(500);
  });

  it('writes a creation event equal to the record created, in the same statement', async () => {
    const staff = await loginAs(app, 'staff');
    const [openCase] = await dataSource.query(`SELECT id FROM cases WHERE status = 'open' ORDER BY id LIMIT 1`);
    const created = await staff
      .post('/api/interactions')
      .send({ caseId: openCase.id, kind: 'call', minutesSpent: 15, body: 'Appel de suivi' })
      .expect(201);
    const events = await staff
      .get(`/api/audit-events?filter=${JSON.stringify({ entity: 'interaction', entityId: created.body.id })}`)
      .expect(200);
    expect(events.body).toHaveLength(1);
    const { updatedAt, version, ...fields } = created.body;
    expect({ updatedAt, version }).toEqual({ updatedAt: expect.any(String), version: 1 });
    expect(events.body[0]).toMatchObject({ action: 'create', changes: { before: null, after: fields } });
  });

  it('answers a note on a case that does not exist with a 400 naming the case, and writes nothing', async () => {
    const staff = await loginAs(app, 'staff');
    const body = unique('Note perdue ');
    const refused = await staff.post('/api/interactions').send({ caseId: 2_000_000_000, kind: 'note', body }).expect(400);
    expect(refused.body.errors).toEqual({ caseId: 'accompagnement introuvable' });
    const written = await dataSource.query(
      `SELECT 1 FROM audit_events WHERE entity = 'interaction' AND changes -> 'after' ->> 'body' = $1`,
      [body],
    );
    expect(written).toHaveLength(0);
  });
});
