import type { INestApplication } from '@nestjs/common';
import { In } from 'typeorm';
import { Database, prepared } from '../../apps/api/src/database/database';
import { Organisation } from '../../apps/api/src/organisations/organisation.entity';
import { database, startApp, unique } from './support/app';

/**
 * The one way features reach PostgreSQL (database/database.ts): named statements, records read
 * from them, and transactions that the record store and the statements share.
 */
describe('the data-access core', () => {
  let app: INestApplication;
  let db: Database;

  beforeAll(async () => {
    app = await startApp();
    db = app.get(Database);
  });
  afterAll(() => app.close());

  it('answers a statement with its rows, its first row, or the count of rows it wrote', async () => {
    await db.transaction(async (tx) => {
      await db.execute('CREATE TEMPORARY TABLE core_probe (n int) ON COMMIT DROP', [], tx);
      expect(await db.execute('INSERT INTO core_probe SELECT generate_series(1, $1)', [3], tx)).toBe(3);
      expect(await db.execute('UPDATE core_probe SET n = n * 10 WHERE n > $1', [1], tx)).toBe(2);
      expect(await db.rows('SELECT n FROM core_probe ORDER BY n', [], tx)).toEqual([{ n: 1 }, { n: 20 }, { n: 30 }]);
      expect(await db.one('SELECT n FROM core_probe WHERE n = $1', [20], tx)).toEqual({ n: 20 });
      expect(await db.one('SELECT n FROM core_probe WHERE n = $1', [2], tx)).toBeUndefined();
    });
  });

  it('rolls back a record written through the store and a statement together when the work throws', async () => {
    const name = unique('Rolled back ');
    const abandoned = db.transaction(async (tx) => {
      const organisation = await db.store(Organisation, 'organisation').create(null, { name, type: 'association' }, tx);
      await db.execute(`UPDATE organisations SET notes = 'written' WHERE id = $1`, [organisation.id], tx);
      expect(await db.one('SELECT notes FROM organisations WHERE id = $1', [organisation.id], tx)).toEqual({ notes: 'written' });
      throw new Error('abandoned');
    });
    await expect(abandoned).rejects.toThrow('abandoned');
    expect(await db.rows('SELECT id FROM organisations WHERE name = $1', [name])).toEqual([]);
    expect(await db.rows(`SELECT id FROM audit_events WHERE entity = 'organisation' AND changes->'after'->>'name' = $1`, [name])).toEqual(
      [],
    );
  });

  it('runs a transaction at the isolation level asked for', async () => {
    const level = (isolation?: 'REPEATABLE READ') =>
      db.transaction((tx) => db.one<{ level: string }>(`SELECT current_setting('transaction_isolation') AS level`, [], tx), isolation);
    expect(await level()).toEqual({ level: 'read committed' });
    expect(await level('REPEATABLE READ')).toEqual({ level: 'repeatable read' });
  });

  it('keeps a statement marked prepared prepared on its connection, and only that one', async () => {
    const kept = `SELECT $1::int AS ${unique('kept_')}`;
    const planned = `SELECT $1::int AS ${unique('planned_')}`;
    await db.transaction(async (tx) => {
      expect(await db.one(prepared(kept), [7], tx)).toEqual({ [kept.split(' AS ')[1]]: 7 });
      await db.one(planned, [7], tx);
      const statements = (await db.rows<{ statement: string }>('SELECT statement FROM pg_prepared_statements', [], tx)).map(
        (row) => row.statement,
      );
      expect(statements).toContain(kept);
      expect(statements).not.toContain(planned);
    });
  });

  it('reads records from a hand-written statement, and by id, as TypeORM reads them', async () => {
    const read = await db.entities(Organisation, 'SELECT * FROM organisations ORDER BY id LIMIT 3');
    expect(read).toHaveLength(3);
    const ids = read.map((organisation) => organisation.id);
    expect(read).toEqual(await database(app).manager.find(Organisation, { where: { id: In(ids) }, order: { id: 'ASC' } }));
    expect(await db.find(Organisation, ids[1])).toEqual(read[1]);
    expect(await db.exists(Organisation, ids[2])).toBe(true);
    expect(await db.find(Organisation, -1)).toBeNull();
    expect(await db.exists(Organisation, -1)).toBe(false);
  });
});
