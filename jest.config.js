// Pure unit specs, API end-to-end suites, reliability suites and browser suites run in `npm test`; the load test and the
// benchmark's smoke run in CI after it (`npm run test:load`, `npm run test:bench`).
const swc = [
  '@swc/jest',
  {
    jsc: {
      parser: { syntax: 'typescript', decorators: true },
      transform: { legacyDecorator: true, decoratorMetadata: true },
      target: 'es2022',
    },
    module: { type: 'commonjs' },
  },
];

/** ES modules in node_modules that Node loads with require() but Jest cannot: compiled to CommonJS like our own code. */
const ESM_DEPENDENCIES = ['content-disposition'];

const shared = {
  testEnvironment: 'node',
  transform: { '^.+\\.ts$': swc, [`/node_modules/(${ESM_DEPENDENCIES.join('|')})/.+\\.js$`]: swc },
  transformIgnorePatterns: [`/node_modules/(?!(@fastify/static/node_modules/)?(${ESM_DEPENDENCIES.join('|')})/)`],
  moduleNameMapper: { '^@resacoop/domain$': '<rootDir>/libs/domain/src/index.ts' },
  rootDir: __dirname,
  // StrykerJS's sandbox (npm run test:mutation) is a copy of the workspace: never one of its modules.
  modulePathIgnorePatterns: ['<rootDir>/.stryker-tmp'],
};

module.exports = {
  maxWorkers: 2,
  // End-to-end tests hash passwords with argon2 and start Nest apps: generous on a loaded 2-core machine.
  testTimeout: 60000,
  projects: [
    {
      ...shared,
      displayName: 'unit',
      testMatch: ['<rootDir>/libs/**/src/**/*.spec.ts', '<rootDir>/apps/api/src/**/*.spec.ts', '<rootDir>/tests/architecture/**/*.spec.ts'],
    },
    {
      ...shared,
      displayName: 'api',
      testMatch: ['<rootDir>/tests/api/**/*.spec.ts'],
      globalSetup: '<rootDir>/tests/api/support/global-setup.ts',
      globalTeardown: '<rootDir>/tests/api/support/global-teardown.ts',
    },
    // Each reliability suite builds the environment it needs (its own databases, processes).
    { ...shared, displayName: 'reliability', testMatch: ['<rootDir>/tests/reliability/**/*.spec.ts'] },
    // Minutes of load: CI runs it after `npm test` (`npm run test:load`).
    { ...shared, displayName: 'load', testMatch: ['<rootDir>/tests/load/**/*.spec.ts'] },
    {
      ...shared,
      displayName: 'console',
      testMatch: ['<rootDir>/tests/console/**/*.spec.ts'],
    },
    // `npm run bench` on the small dataset, every scenario, no timing asserted: CI runs it last (`npm run test:bench`, which
    // builds and compiles tests/perf into dist/perf first).
    { ...shared, displayName: 'perf', testMatch: ['<rootDir>/tests/perf/**/*.spec.ts'] },
  ],
};
