import type { INestApplication } from '@nestjs/common';
import type { DataSource, QueryRunner } from 'typeorm';
import type { Pool } from 'pg';
import { QueryFailedError, QueryRunnerAlreadyReleasedError } from 'typeorm';
import type { PostgresDriver } from 'typeorm/driver/postgres/PostgresDriver';
import { parseListQuery } from '../../apps/api/src/common/list-query';
import { applyListQuery, fetchOne, fetchPage } from '../../apps/api/src/database/record-store';
import { runStatement } from '../../apps/api/src/database/statements';
import { Organisation } from '../../apps/api/src/organisations/organisation.entity';
import { ORGANISATION_LIST } from '../../apps/api/src/organisations/organisations.service';
import { database, loginAs, startApp, unique } from './support/app';
import { createTestEnvironment, destroyTestEnvironment, type TestEnvironment } from './support/test-environment';

/**
 * The API keeps its statements prepared on each connection (database/statements.ts): PostgreSQL
 * plans them once instead of at every call. Which ones, and what must keep working around them.
 */
describe('prepared statements', () => {
  let app: INestApplication;
  let dataSource: DataSource;
  let runner: QueryRunner;

  /** The statements prepared on the runner's connection (PostgreSQL lists only a session's own). */
  const preparedOnConnection = async (): Promise<string[]> =>
    ((await runner.query('SELECT statement FROM pg_prepared_statements')) as { statement: string }[]).map((row) => row.statement);

  const listOrganisations = (filter: object, range = '[0,9]') => {
    const query = parseListQuery({ filter: JSON.stringify(filter), sort: '["name","ASC"]', range }, ORGANISATION_LIST);
    return fetchPage(applyListQuery(runner.manager.createQueryBuilder(Organisation, 'rec'), 'rec', query), query);
  };

  beforeAll(async () => {
    app = await startApp();
    dataSource = database(app);
    runner = dataSource.createQueryRunner();
    await runner.connect();
  });
  afterAll(async () => {
    await runner.release();
    await app.close();
  });

  it('keeps a list page and a record read prepared, and answers each call with its own values', async () => {
    const [first, second] = (await listOrganisations({ type: 'association' })).rows;
    const again = await listOrganisations({ type: 'local_authority' });
    expect(again.rows.length).toBeGreaterThan(0);
    expect(again.rows.every((organisation) => organisation.type === 'local_authority')).toBe(true);
    const read = (id: number) => fetchOne(runner.manager.createQueryBuilder(Organisation, 'rec').where('rec.id = :id', { id }));
    expect((await read(first.id))?.name).toBe(first.name);
    expect((await read(second.id))?.name).toBe(second.name);

    const prepared = await preparedOnConnection();
    expect(prepared.filter((statement) => statement.includes('FROM "organisations" "rec"'))).toHaveLength(2);
    expect(prepared.some((statement) => statement.includes('"rec"."type" = $1') && statement.includes('LIMIT 10'))).toBe(true);
  });

  it('plans a search by a name fragment for its pattern every time, never with a generic plan', async () => {
    const before = await preparedOnConnection();
    await listOrganisations({ q: 'solidarite' });
    expect(await preparedOnConnection()).toEqual(before);
    await listOrganisations({ type: 'association', membership: 'gip_member' });
    expect((await preparedOnConnection()).length).toBe(before.length + 1);
  });

  it('prepares no statement whose text a client varies: later pages, lists of ids', async () => {
    const before = await preparedOnConnection();
    for (let offset = 1; offset <= 3; offset++) await listOrganisations({ type: 'association' }, `[${offset},${offset}]`);
    for (let length = 1; length <= 3; length++) await listOrganisations({ id: Array.from({ length }, (_, index) => index + 1) });
    expect(await preparedOnConnection()).toEqual(before);
  });

  it('keeps the pool’s connection after a statement PostgreSQL refused, and refuses a released runner', async () => {
    const pool = (dataSource.driver as PostgresDriver).master as Pool;
    await runStatement(dataSource, 'SELECT 1 AS one', [], { prepared: true });
    const connections = pool.totalCount;
    const refused = runStatement(dataSource, 'SELECT 1 / $1::int AS one', [0], { prepared: true });
    await expect(refused).rejects.toMatchObject({ driverError: { code: '22012' } });
    expect(pool.totalCount).toBe(connections);
    expect(await runStatement(dataSource, 'SELECT 1 / $1::int AS one', [1], { prepared: true })).toEqual([{ one: 1 }]);

    const released = dataSource.createQueryRunner();
    await released.connect();
    await released.release();
    await expect(runStatement(dataSource, 'SELECT 1 AS one', [], { queryRunner: released, prepared: true })).rejects.toBeInstanceOf(
      QueryRunnerAlreadyReleasedError,
    );
  });

  it('reports what PostgreSQL refused as the error TypeORM would throw, with its code', async () => {
    const refused = runStatement(
      dataSource,
      'INSERT INTO interactions (version, case_id, kind, body) VALUES (1, $1, $2, $3) RETURNING id',
      [2_000_000_000, 'note', 'x'],
      {
        queryRunner: runner,
        prepared: true,
      },
    );
    await expect(refused).rejects.toBeInstanceOf(QueryFailedError);
    await expect(refused).rejects.toMatchObject({ driverError: { code: '23503' } });
  });

  describe('a column added by a migration while the API runs', () => {
    let environment: TestEnvironment;
    let own: INestApplication;

    beforeAll(async () => {
      environment = await createTestEnvironment('prepared');
      own = await startApp({ ...environment });
    });
    afterAll(async () => {
      await own.close();
      await destroyTestEnvironment(environment);
    });

    it('leaves reads, creations and edits of that table working', async () => {
      const staff = await loginAs(own, 'staff');
      const useTheTables = async () => {
        const organisation = await staff
          .post('/api/organisations')
          .send({ name: unique('Colonne ajoutée '), type: 'association' })
          .expect(201);
        await staff.put(`/api/organisations/${organisation.body.id}`).send({ city: 'Riom', version: 1 }).expect(200);
        await staff.get(`/api/organisations/${organisation.body.id}`).expect(200);
        await staff.get('/api/organisations?filter={"type":"association"}&range=[0,4]').expect(200);
        return organisation.body as Record<string, unknown>;
      };
      // Three times: each statement is then prepared and planned generically on the connections used.
      for (let round = 0; round < 3; round++) await useTheTables();
      await database(own).query('ALTER TABLE organisations ADD COLUMN added_by_a_migration text');
      await database(own).query('ALTER TABLE audit_events ADD COLUMN added_by_a_migration text');

      const afterwards = await useTheTables();
      expect(Object.keys(afterwards)).not.toContain('addedByAMigration');
      expect(afterwards.name).toMatch(/^Colonne ajoutée /);
    });
  });
});
