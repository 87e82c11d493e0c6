import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Client } from 'pg';
import { dropDatabase } from '../../apps/api/src/database/create-database';
import { createTestEnvironment, destroyTestEnvironment, type TestEnvironment } from '../api/support/test-environment';

// Databases of its own, many requests: minutes on a loaded 2-core machine.
jest.setTimeout(300_000);

const CLI = join(__dirname, '../../dist/api/apps/api/src/cli');

/** Every table with its row count and an order-independent checksum of its rows. */
async function fingerprint(databaseUrl: string): Promise<Map<string, { rows: number; checksum: string }>> {
  const client = new Client({ connectionString: databaseUrl });
  await client.connect();
  try {
    const { rows: tables } = await client.query<{ name: string }>(
      `SELECT tablename AS name FROM pg_tables WHERE schemaname = 'public' ORDER BY 1`,
    );
    const result = new Map<string, { rows: number; checksum: string }>();
    for (const { name } of tables) {
      const { rows } = await client.query(
        `SELECT count(*)::int AS rows, coalesce(md5(string_agg(md5(t::text), '' ORDER BY md5(t::text))), '') AS checksum FROM "${name}" t`,
      );
      result.set(name, rows[0]);
    }
    return result;
  } finally {
    await client.end();
  }
}

function cli(script: string, args: string[], databaseUrl: string) {
  return spawnSync(process.execPath, [join(CLI, script), ...args], {
    env: { ...process.env, DATABASE_URL: databaseUrl, LOG_LEVEL: 'silent' },
    encoding: 'utf8',
  });
}

describe('backups', () => {
  let source: TestEnvironment;
  let restoredUrl: string;
  let directory: string;

  beforeAll(async () => {
    source = await createTestEnvironment('backup');
    restoredUrl = source.DATABASE_URL.replace(/resacoop_test_/, 'resacoop_test_restored_');
    directory = mkdtempSync(join(tmpdir(), 'resacoop-backup-'));
  });
  afterAll(async () => {
    await dropDatabase(restoredUrl);
    await destroyTestEnvironment(source);
    rmSync(directory, { recursive: true, force: true });
  });

  it('restores a backup into a fresh database and finds every record', async () => {
    const client = new Client({ connectionString: source.DATABASE_URL });
    await client.connect();
    await client.query(
      `INSERT INTO contacts (first_name, last_name, notes, version) VALUES ('Zoé', 'Ñúñez-Œuvray', E'deux\\nlignes, "guillemets" ; =formule', 1)`,
    );
    await client.end();
    const file = join(directory, 'resacoop.dump');
    const backup = cli('backup.js', [file], source.DATABASE_URL);
    expect(backup.status).toBe(0);

    const restore = cli('restore.js', [file], restoredUrl);
    expect(restore.stderr).toBe('');
    expect(restore.status).toBe(0);

    const [before, after] = await Promise.all([fingerprint(source.DATABASE_URL), fingerprint(restoredUrl)]);
    const count = (tables: Map<string, { rows: number }>) => [...tables.values()].reduce((sum, table) => sum + table.rows, 0);
    const records = count(before);
    const missing = [...before]
      .filter(([table, expected]) => JSON.stringify(after.get(table)) !== JSON.stringify(expected))
      .map(([table]) => table);
    console.log(`backup: tables ${before.size}, records ${records}, restored ${count(after)}, tables differing ${missing.length}`);
    expect(before.size).toBeGreaterThan(10);
    expect(records).toBeGreaterThan(1000);
    expect(missing).toEqual([]);
  });

  it('never restores over a database that holds data unless told to replace it', () => {
    const file = join(directory, 'resacoop.dump');
    const refused = cli('restore.js', [file], restoredUrl);
    expect(refused.status).not.toBe(0);
    expect(refused.stderr).toContain('--replace');
    const replaced = cli('restore.js', [file, '--replace'], restoredUrl);
    expect(replaced.status).toBe(0);
  });

  it('says what is wrong when the file is missing', () => {
    const result = cli('restore.js', [join(directory, 'absent.dump')], restoredUrl);
    expect(result.status).not.toBe(0);
    expect(result.stderr).toContain('introuvable');
  });
});
