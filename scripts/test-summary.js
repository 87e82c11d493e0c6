#!/usr/bin/env node
// Prints `N passed, N failed` from Jest's JSON results; a suite that could not run at all counts as one failure.
const { existsSync, readFileSync } = require('node:fs');
const { join } = require('node:path');

const file = process.argv[2] || join(__dirname, '..', 'reports', 'jest.json');
if (!existsSync(file)) {
  console.log('0 passed, 1 failed');
  process.exit(1);
}
const results = JSON.parse(readFileSync(file, 'utf8'));
const broken = results.testResults.filter((suite) => suite.status === 'failed' && suite.assertionResults.length === 0).length;
console.log(`${results.numPassedTests} passed, ${results.numFailedTests + broken} failed`);
