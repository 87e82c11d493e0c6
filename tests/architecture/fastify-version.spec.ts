import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';

/**
 * Nest 11's Fastify adapter pins Fastify 5.11.3, whose body parser binds an AsyncResource per
 * request: on Node 20 that kept every write's request objects alive into V8's old generation
 * (tests/perf/README.md, "Measured choices"). package.json's `overrides` gives the adapter the
 * Fastify the project depends on; this fails the day the adapter runs another copy.
 */
const ROOT = join(__dirname, '../..');

const versionAt = (packageJson: string): string => (JSON.parse(readFileSync(packageJson, 'utf8')) as { version: string }).version;

describe('the Fastify the API runs on', () => {
  const chosen = (JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as { dependencies: Record<string, string> }).dependencies
    .fastify;

  it('is the one package.json chooses, from 5.12 on', () => {
    const [major, minor] = chosen.split('.').map(Number);
    expect(major * 1000 + minor).toBeGreaterThanOrEqual(5 * 1000 + 12);
    expect(versionAt(require.resolve('fastify/package.json', { paths: [ROOT] }))).toBe(chosen);
  });

  it('is the copy Nest’s adapter loads', () => {
    const adapter = dirname(require.resolve('@nestjs/platform-fastify/package.json', { paths: [ROOT] }));
    const fromAdapter = require.resolve('fastify/package.json', { paths: [adapter] });
    expect(fromAdapter).toBe(require.resolve('fastify/package.json', { paths: [ROOT] }));
    expect(versionAt(fromAdapter)).toBe(chosen);
  });
});
