import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { createDataSource } from '../database/data-source';
import { ensureDatabase } from '../database/create-database';
import { ENTITIES } from './entities';

function migrationSource(className: string, up: string[], down: string[]): string {
  const lines = (queries: string[]) => queries.map((query) => `    await queryRunner.query(\`${query.replace(/`/g, '\\`')}\`);`).join('\n');
  return `import type { MigrationInterface, QueryRunner } from 'typeorm';

export class ${className} implements MigrationInterface {
  name = '${className}';

  public async up(queryRunner: QueryRunner): Promise<void> {
${lines(up)}
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
${lines(down)}
  }
}
`;
}

/**
 * Prints the SQL that would bring the migrated schema in line with the entities, or with a name
 * (`schema-diff.js AddRequests`) writes it as the next migration under migrations/ (then list it
 * in migrations/index.ts). Run on a scratch DATABASE_URL.
 */
async function main(): Promise<void> {
  const url = process.env.DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/resacoop_schema_diff';
  await ensureDatabase(url);
  const dataSource = createDataSource(url, ENTITIES);
  await dataSource.initialize();
  await dataSource.runMigrations();
  const sql = await dataSource.driver.createSchemaBuilder().log();
  await dataSource.destroy();
  const up = sql.upQueries.map((query) => query.query);
  const down = sql.downQueries.reverse().map((query) => query.query);
  const name = process.argv[2];
  if (!name) {
    console.log([...up, '--- down', ...down].join('\n'));
    return;
  }
  const timestamp = Date.now();
  const file = join(process.cwd(), 'migrations', `${timestamp}-${name.replace(/([a-z])([A-Z])/g, '$1-$2').toLowerCase()}.ts`);
  writeFileSync(file, migrationSource(`${name}${timestamp}`, up, down));
  console.log(`Wrote ${file}`);
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
