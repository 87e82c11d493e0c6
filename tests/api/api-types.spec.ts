import { spawnSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { INestApplication } from '@nestjs/common';
import { client, startApp } from './support/app';

const GENERATOR = join(__dirname, '../../scripts/api-types.mjs');
const GENERATED_FILE = join(__dirname, '../../apps/console/src/providers/api.generated.ts');

/**
 * The console's types of the API are the OpenAPI document's: `npm run api-types` writes them (the
 * generator runs in a process of its own: prettier, which it uses, cannot load inside Jest), this fails
 * when they drift.
 */
describe('the console’s API types', () => {
  let app: INestApplication;

  beforeAll(async () => {
    app = await startApp();
  });
  afterAll(() => app.close());

  it('are generated from the current OpenAPI document', async () => {
    const document = (await client(app).get('/api/docs-json').expect(200)).text;
    const generated = spawnSync(process.execPath, [GENERATOR], { input: document, encoding: 'utf8' });
    expect(generated.stderr).toBe('');
    if (process.env.UPDATE_API_TYPES === '1') writeFileSync(GENERATED_FILE, generated.stdout);
    // On a mismatch: `npm run api-types` writes the file from the API as it is.
    expect(readFileSync(GENERATED_FILE, 'utf8')).toBe(generated.stdout);
  });
});
