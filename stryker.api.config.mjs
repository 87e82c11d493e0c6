// Mutation testing of the API's rule-bearing services (`npm run test:mutation:api`; not in CI: each mutant costs a
// run of the API suites that hold its area). StrykerJS plants small bugs one at a time in the lines of one area and
// runs that area's suites against each, on the real PostgreSQL and Redis. Surviving mutants that are equivalent are
// listed, with the reason, in tests/api/MUTATION.md. One area: `MUTATION_AREA=sessions npx stryker run stryker.api.config.mjs`.

import process from 'node:process';

/** Each area: the lines holding its rules, and the API suites that exercise them. */
const AREAS = {
  // Requests' status moves: "answer now and close" paths, each move on the timeline, conversion, refusals.
  requests: {
    mutate: ['apps/api/src/requests/requests.service.ts:119-253'],
    suites: ['requests.spec.ts', 'request-clock.spec.ts', 'cases.spec.ts'],
  },
  // Sessions: idle and absolute expiry, the touch of activity; the login throttle's key and counters.
  sessions: {
    mutate: [
      'apps/api/src/auth/sessions.service.ts:48-109',
      'apps/api/src/auth/sessions.sql.ts:4-21',
      'apps/api/src/auth/login-rate-limiter.ts:22-58',
      'apps/api/src/auth/auth.service.ts:42-98',
    ],
    suites: ['auth.spec.ts', 'session-clock.spec.ts'],
  },
  // Relay scope: the allow-listed fields of every answer, the rows a relay may see.
  relay: {
    mutate: ['apps/api/src/auth/relay-view.interceptor.ts:7-30', 'apps/api/src/common/relay-scope.ts:5-32'],
    suites: ['permissions.spec.ts'],
  },
  // Reminders: what is due, what still holds at delivery, the facts read, the schedule.
  reminders: {
    mutate: [
      'apps/api/src/reminders/reminders.service.ts:165-317',
      'apps/api/src/reminders/reminder-facts.ts:5-85',
      'apps/api/src/reminders/reminders.sql.ts:4-44',
      'apps/api/src/reminders/reminder-scheduler.ts:16-42',
    ],
    suites: ['reminders.spec.ts'],
  },
  // Key figures: how the counts become the figures.
  reports: {
    mutate: ['apps/api/src/reports/key-figures.service.ts:31-119'],
    suites: ['reports.spec.ts'],
  },
};

const area = process.env.MUTATION_AREA ?? 'sessions';
if (!Object.hasOwn(AREAS, area)) throw new Error(`MUTATION_AREA must be one of ${Object.keys(AREAS).join(', ')}`);

/** @type {import('@stryker-mutator/api/core').PartialStrykerOptions} */
export default {
  testRunner: 'jest',
  jest: {
    configFile: 'jest.mutation.api.config.js',
    config: { testMatch: AREAS[area].suites.map((suite) => `<rootDir>/tests/api/${suite}`) },
    // Every API suite depends on every service through the app module: related-test lookup would select them all.
    enableFindRelatedTests: false,
  },
  plugins: ['@stryker-mutator/*', './stryker-label-ignorer.mjs'],
  ignorers: ['label-wording'],
  checkers: ['typescript'],
  tsconfigFile: 'apps/api/tsconfig.app.json',
  mutate: AREAS[area].mutate,
  coverageAnalysis: 'perTest',
  // Each test runner process has its own databases; one runner and the checker are what a 2-core machine bears.
  concurrency: 2,
  timeoutMS: 60000,
  reporters: ['clear-text', 'progress-append-only', 'json'],
  jsonReporter: { fileName: `reports/mutation/api-${area}.json` },
  thresholds: { high: 95, low: 90, break: null },
  tempDirName: '.stryker-tmp',
  cleanTempDir: 'always',
};
