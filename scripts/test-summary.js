#!/usr/bin/env node
// Prints `N passed, N failed` from one or more of Jest's JSON result files (a missing file is a failure).
const { existsSync, readFileSync } = require('node:fs');
const { join } = require('node:path');

const files = process.argv.length > 2 ? process.argv.slice(2) : [join(__dirname, '..', 'reports', 'jest.json')];
let passed = 0;
let failed = 0;
for (const file of files) {
  if (!existsSync(file)) {
    failed++;
    continue;
  }
  const results = JSON.parse(readFileSync(file, 'utf8'));
  // A suite that failed without a failing test (it could not run, or an error escaped its hooks) counts as one failure.
  const broken = results.testResults.filter(
    (suite) => suite.status === 'failed' && !suite.assertionResults.some((test) => test.status === 'failed'),
  ).length;
  passed += results.numPassedTests;
  failed += results.numFailedTests + broken;
}
console.log(`${passed} passed, ${failed} failed`);
process.exit(failed > 0 ? 1 : 0);
