import '../config/check-environment';
import { spawnSync } from 'node:child_process';
import { mkdirSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { loadConfig } from '../config/app-config';

/**
 * `npm run backup [-- <file>]`: a consistent snapshot of DATABASE_URL by pg_dump, in its custom
 * format (compressed, restorable table by table). Redis holds nothing that PostgreSQL cannot rebuild.
 */
function main(): void {
  const { DATABASE_URL } = loadConfig();
  const stamp = new Date().toISOString().replace(/[:.]/g, '-');
  const file = resolve(process.argv[2] ?? `backups/resacoop-${stamp}.dump`);
  mkdirSync(dirname(file), { recursive: true });
  const dump = spawnSync('pg_dump', ['--format=custom', '--no-owner', '--no-privileges', `--file=${file}`, `--dbname=${DATABASE_URL}`], {
    stdio: 'inherit',
  });
  if (dump.error) throw new Error(`pg_dump introuvable : installez le client PostgreSQL (postgresql-client). ${dump.error.message}`);
  if (dump.status !== 0) process.exit(dump.status ?? 1);
  console.log(`Sauvegarde écrite : ${file}`);
}

try {
  main();
} catch (error) {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
}
