#!/usr/bin/env node
// Prints `N passed, N failed` from Jest's JSON results.
const { existsSync, readFileSync } = require('node:fs');
const { join } = require('node:path');

const file = process.argv[2] || join(__dirname, '..', 'reports', 'jest.json');
if (!existsSync(file)) {
  console.log('0 passed, 1 failed');
  process.exit(1);
}
const results = JSON.parse(readFileSync(file, 'utf8'));
// A suite that failed without a failing test (it could not run, or an error escaped its hooks) counts as one failure.
const broken = results.testResults.filter(
  (suite) => suite.status === 'failed' && !suite.assertionResults.some((test) => test.status === 'failed'),
).length;
console.log(`${results.numPassedTests} passed, ${results.numFailedTests + broken} failed`);
