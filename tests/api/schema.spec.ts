import { getQueueToken } from '@nestjs/bullmq';
import type { Queue } from 'bullmq';
import { ENTITIES } from '../../apps/api/src/cli/entities';
import { createDataSource } from '../../apps/api/src/database/data-source';
import { MAIL_QUEUE } from '../../apps/api/src/mail/jobs';
import { EMAIL_QUEUE, REMINDER_QUEUE } from '../../apps/api/src/reminders/jobs';
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
      // Closed while one of its queues still connects, the app would leave BullMQ reporting the closed
      // connection: every queue the app registers (the reminders', the e-mail channel's).
      for (const name of [REMINDER_QUEUE, EMAIL_QUEUE, MAIL_QUEUE]) await app.get<Queue>(getQueueToken(name)).waitUntilReady();
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
