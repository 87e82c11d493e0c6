// Mutation testing of the API's rule-bearing services (`npm run test:mutation:api`; not in CI: each mutant costs a
// run of the API suites that hold its area). StrykerJS plants small bugs one at a time in the files of one area and
// runs that area's suites against each, on the real PostgreSQL and Redis. Surviving mutants that are equivalent are
// listed, with the reason, in tests/api/MUTATION.md, or marked where they are (`// Stryker disable next-line …: why`).
// One area: `MUTATION_AREA=sessions npx stryker run stryker.api.config.mjs`.
//
// Areas name whole files, so that they survive the code moving inside them (a statement moved to the feature's
// `*.sql.ts` is still mutated); a line range is kept only where the rest of the file is not the area's rules.

import process from 'node:process';

/** Each area: the files holding its rules (whole, or the lines of the rules), and the suites that exercise them. */
const AREAS = {
  // Requests' status moves: "answer now and close" paths, each move on the timeline, conversion, refusals. The lines of
  // the service's methods: above them, the list's filters and the export's columns (held by the lists' suites).
  requests: {
    mutate: ['apps/api/src/requests/requests.service.ts:119-253'],
    suites: ['tests/api/requests.spec.ts', 'tests/api/request-clock.spec.ts', 'tests/api/cases.spec.ts'],
  },
  // Sessions: idle and absolute expiry, the touch of activity; the login throttle's key and counters.
  sessions: {
    mutate: [
      'apps/api/src/auth/sessions.service.ts',
      'apps/api/src/auth/login-rate-limiter.ts',
      'apps/api/src/auth/auth.service.ts',
      'apps/api/src/auth/*.sql.ts',
    ],
    suites: ['tests/api/auth.spec.ts', 'tests/api/session-clock.spec.ts'],
  },
  // Relay scope: the allow-listed fields of every answer, the rows a relay may see.
  relay: {
    mutate: ['apps/api/src/auth/relay-view.ts', 'apps/api/src/http/answer-filter.ts', 'apps/api/src/common/relay-scope.ts'],
    suites: ['tests/api/permissions.spec.ts'],
  },
  // Reminders: what is due, what still holds at delivery, the facts read, the schedule, the batched statements; the
  // e-mails in their reader's language (i18n); the event reminders (the team's and the registrants'), whose facts and
  // statements are in the same files.
  reminders: {
    mutate: [
      'apps/api/src/reminders/reminders.service.ts',
      'apps/api/src/reminders/reminder-facts.ts',
      'apps/api/src/reminders/reminder-scheduler.ts',
      'apps/api/src/reminders/batcher.ts',
      'apps/api/src/reminders/*.sql.ts',
    ],
    suites: [
      'tests/api/reminders.spec.ts',
      'tests/api/reminder-scheduler.spec.ts',
      'tests/api/event-reminders.spec.ts',
      'tests/api/i18n.spec.ts',
      'apps/api/src/reminders/batcher.spec.ts',
    ],
  },
  // Key figures: what the statements count and how the counts become the figures.
  reports: {
    mutate: ['apps/api/src/reports/key-figures.service.ts', 'apps/api/src/reports/key-figures.sql.ts'],
    suites: ['tests/api/reports.spec.ts'],
  },
};

const area = process.env.MUTATION_AREA ?? 'sessions';
if (!Object.hasOwn(AREAS, area)) throw new Error(`MUTATION_AREA must be one of ${Object.keys(AREAS).join(', ')}`);

/** @type {import('@stryker-mutator/api/core').PartialStrykerOptions} */
export default {
  testRunner: 'jest',
  jest: {
    configFile: 'jest.mutation.api.config.js',
    config: { testMatch: AREAS[area].suites.map((suite) => `<rootDir>/${suite}`) },
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
  // The event recorder writes each mutant's result as it comes, so that a run stopped before its end keeps them.
  reporters: ['clear-text', 'progress-append-only', 'json', 'event-recorder'],
  jsonReporter: { fileName: `reports/mutation/api-${area}.json` },
  eventReporter: { baseDir: `reports/mutation/api-${area}-events` },
  thresholds: { high: 95, low: 90, break: null },
  tempDirName: '.stryker-tmp',
  cleanTempDir: 'always',
};
