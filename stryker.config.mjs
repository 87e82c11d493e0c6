// Mutation testing (`npm run test:mutation`): StrykerJS plants small bugs in the domain library's rules, one at a
// time, and runs the unit specs against each; a mutant no spec notices is a rule no test holds.
/** @type {import('@stryker-mutator/api/core').PartialStrykerOptions} */
export default {
  testRunner: 'jest',
  jest: { configFile: 'jest.mutation.config.js', enableFindRelatedTests: true },
  plugins: ['@stryker-mutator/*', './stryker-label-ignorer.mjs'],
  ignorers: ['label-wording'],
  checkers: ['typescript'],
  tsconfigFile: 'libs/domain/tsconfig.lib.json',
  mutate: ['libs/domain/src/**/*.ts', '!libs/domain/src/**/*.spec.ts', '!libs/domain/src/**/*.d.ts', '!libs/domain/src/index.ts'],
  coverageAnalysis: 'perTest',
  concurrency: 2,
  reporters: ['clear-text', 'progress-append-only', 'json'],
  jsonReporter: { fileName: 'reports/mutation/domain.json' },
  thresholds: { high: 95, low: 90, break: 90 },
  tempDirName: '.stryker-tmp',
  cleanTempDir: 'always',
};
