// The API suites StrykerJS runs against the API's rules (`npm run test:mutation:api`), compiled by swc as in
// jest.config.js; stryker.api.config.mjs picks the suites of each area. Each Jest run, one per mutant, gets a fresh
// copy of a demo database made once per process.
const { projects } = require('./jest.config');

const api = projects.find((project) => project.displayName === 'api');

module.exports = {
  ...api,
  displayName: undefined,
  globalSetup: '<rootDir>/tests/api/support/mutation-global-setup.ts',
  testTimeout: 60000,
};
