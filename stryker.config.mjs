// Mutation testing (`npm run test:mutation`): StrykerJS plants small bugs in the domain library's rules, one at a
// time, and runs the unit specs against each; a mutant no spec notices is a rule no test holds.
//
// Static mutants (a change to a table evaluated once at module load: the zones of the countries, the permission
// matrix, the request transitions) cannot use per-test coverage: each reruns every spec, and they are half the
// mutants and most of the time. The specs hold those tables whole against written-out copies, so the run skips
// them (4 minutes here for a full run, seconds when the incremental file below is up to date);
// `MUTATION_STATIC=1 npm run test:mutation` runs them too (4-6 minutes).
import process from 'node:process';

const withStatic = process.env.MUTATION_STATIC === '1';

/** @type {import('@stryker-mutator/api/core').PartialStrykerOptions} */
export default {
  testRunner: 'jest',
  jest: { configFile: 'jest.mutation.config.js', enableFindRelatedTests: true },
  plugins: ['@stryker-mutator/*', './stryker-label-ignorer.mjs'],
  ignorers: ['label-wording'],
  ignoreStatic: !withStatic,
  // The mutants of code and specs unchanged since the committed file was written keep their result (`--force` runs them
  // all); run `npm run test:mutation` after changing libs/domain and commit the file it rewrites.
  incremental: !withStatic,
  incrementalFile: 'mutation/domain-incremental.json',
  checkers: ['typescript'],
  tsconfigFile: 'libs/domain/tsconfig.lib.json',
  mutate: ['libs/domain/src/**/*.ts', '!libs/domain/src/**/*.spec.ts', '!libs/domain/src/**/*.d.ts', '!libs/domain/src/index.ts'],
  coverageAnalysis: 'perTest',
  concurrency: 2,
  // The specs run in milliseconds: a mutant that loops forever is known after 2 seconds, not the default 5.
  timeoutMS: 2000,
  reporters: ['clear-text', 'progress-append-only', 'json'],
  jsonReporter: { fileName: withStatic ? 'reports/mutation/domain-with-static.json' : 'reports/mutation/domain.json' },
  thresholds: { high: 95, low: 90, break: 90 },
  // The sandbox needs the library, its specs and the root configs: not the apps, the other suites or a build (CI
  // has built everything by then).
  ignorePatterns: ['/apps', '/tests', '/docs', '/docker', '/migrations', '/dist', '/.nx', '/reports'],
  tempDirName: '.stryker-tmp',
  cleanTempDir: 'always',
};
