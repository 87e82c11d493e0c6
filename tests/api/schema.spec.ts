import { ENTITIES } from '../../apps/api/src/cli/entities';
import { createDataSource } from '../../apps/api/src/database/data-source';
import { database, startApp } from './support/app';

describe('database schema', () => {
  it('matches the entities exactly: a generated migration would be empty', async () => {
    const dataSource = createDataSource(process.env.DATABASE_URL!, ENTITIES);
    await dataSource.initialize();
    try {
      expect(await dataSource.showMigrations()).toBe(false);
      const pending = await dataSource.driver.createSchemaBuilder().log();
      expect(pending.upQueries.map((query) => query.query)).toEqual([]);
    } finally {
      await dataSource.destroy();
    }
  });

  it('is mapped outside Nest by the entities the feature modules register in the app', async () => {
    const app = await startApp();
    try {
      const registered = database(app).entityMetadatas.map((metadata) => metadata.target);
      expect(new Set(registered)).toEqual(new Set(ENTITIES));
    } finally {
      await app.close();
    }
  });

  it('has the extensions the search relies on', async () => {
    const dataSource = createDataSource(process.env.DATABASE_URL!, ENTITIES);
    await dataSource.initialize();
    try {
      const rows: { extname: string }[] = await dataSource.query(`SELECT extname FROM pg_extension`);
      expect(rows.map((row) => row.extname)).toEqual(expect.arrayContaining(['unaccent', 'pg_trgm', 'citext']));
    } finally {
      await dataSource.destroy();
    }
  });
});
