import '../config/check-environment';
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { Client } from 'pg';
import { loadConfig } from '../config/app-config';
import { dropDatabase, ensureDatabase } from '../database/create-database';

const USAGE = 'npm run restore -- <fichier.dump> [--replace]';

async function holdsTables(databaseUrl: string): Promise<boolean> {
  const client = new Client({ connectionString: databaseUrl });
  await client.connect();
  try {
    const { rows } = await client.query(`SELECT count(*)::int AS count FROM pg_tables WHERE schemaname = 'public'`);
    return rows[0].count > 0;
  } finally {
    await client.end();
  }
}

/**
 * `npm run restore -- <file> [--replace]`: restores a backup into DATABASE_URL, in one transaction
 * (all or nothing). A database that already holds tables is kept unless `--replace` says to drop it
 * first: a restore never overwrites live data by accident. `npm start` then applies any migration
 * newer than the backup.
 */
async function main(): Promise<void> {
  const [file, ...flags] = process.argv.slice(2);
  if (!file || !existsSync(file)) throw new Error(`Fichier de sauvegarde introuvable. Usage : ${USAGE}`);
  const replace = flags.includes('--replace');
  const { DATABASE_URL } = loadConfig();
  if (!(await ensureDatabase(DATABASE_URL)) && (await holdsTables(DATABASE_URL))) {
    if (!replace) throw new Error(`La base cible contient déjà des données : ajoutez --replace pour la remplacer. Usage : ${USAGE}`);
    await dropDatabase(DATABASE_URL);
    await ensureDatabase(DATABASE_URL);
  }
  const restore = spawnSync(
    'pg_restore',
    ['--no-owner', '--no-privileges', '--exit-on-error', '--single-transaction', `--dbname=${DATABASE_URL}`, file],
    { stdio: 'inherit' },
  );
  if (restore.error)
    throw new Error(`pg_restore introuvable : installez le client PostgreSQL (postgresql-client). ${restore.error.message}`);
  if (restore.status !== 0) process.exit(restore.status ?? 1);
  console.log(`Sauvegarde restaurée dans ${new URL(DATABASE_URL).pathname.slice(1)}.`);
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
