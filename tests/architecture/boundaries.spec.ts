import { spawnSync } from 'node:child_process';
import { join } from 'node:path';

/**
 * The import boundaries of architecture.md, checked by dependency-cruiser (.dependency-cruiser.cjs):
 * no cycle, libs/domain imports no app nor framework, the console and the API never import each
 * other, the shared layers import no feature, a feature reaches another only through its public
 * file. The violations found when the check came in were listed (.dependency-cruiser-known-violations.json),
 * a list now empty that must stay so; a fixture breaking each rule on purpose shows the check catches it.
 */

const ROOT = join(__dirname, '../..');
const CONFIG = join(ROOT, '.dependency-cruiser.cjs');
const DEPCRUISE = join(ROOT, 'node_modules/dependency-cruiser/bin/dependency-cruise.mjs');

interface Violation {
  from: string;
  to: string;
  rule: { name: string; severity: string };
}

function cruise(cwd: string, extra: string[] = []): Violation[] {
  const run = spawnSync(process.execPath, [DEPCRUISE, 'apps', 'libs', '--config', CONFIG, '--output-type', 'json', ...extra], {
    cwd,
    encoding: 'utf8',
    maxBuffer: 64 * 1024 * 1024,
  });
  if (!run.stdout) throw new Error(`dependency-cruiser: ${run.stderr}`);
  return (JSON.parse(run.stdout) as { summary: { violations: Violation[] } }).summary.violations;
}

describe('import boundaries', () => {
  it('hold across the code base, beyond the violations known when the check came in', () => {
    const violations = cruise(ROOT, ['--ignore-known', '.dependency-cruiser-known-violations.json']);
    const known = violations.filter((violation) => violation.rule.severity === 'ignore');
    const broken = violations.filter((violation) => violation.rule.severity !== 'ignore');
    console.log(`boundaries: ${broken.length} new violations, ${known.length} known ones left`);
    expect(broken.map(({ rule, from, to }) => `${rule.name}: ${from} → ${to}`)).toEqual([]);
  });

  it('catch each rule broken on purpose in a fixture', () => {
    const violations = cruise(join(__dirname, 'fixtures/broken'));
    expect(new Set(violations.map((violation) => violation.rule.name))).toEqual(
      new Set([
        'no-circular',
        'domain-is-pure',
        'console-apart-from-api',
        'core-imports-no-feature',
        'feature-through-its-public-file',
        'features-reach-postgres-through-the-core',
      ]),
    );
    // Through the public file (cases/index.ts) is allowed: only the import of the internal file is reported.
    expect(
      violations.filter((violation) => violation.from === 'apps/api/src/reports/reports.service.ts').map((violation) => violation.to),
    ).toEqual(['apps/api/src/cases/cases.service.ts']);
    // A cycle closed by a type-only import (timeline/entry.ts names the case it belongs to) is no cycle at run time.
    const typeOnlyCycle = /\/timeline\/|\/cases\/case\.ts$/;
    expect(
      violations.filter(({ rule, from, to }) => rule.name === 'no-circular' && (typeOnlyCycle.test(from) || typeOnlyCycle.test(to))),
    ).toEqual([]);
  });
});
