#!/usr/bin/env node
// Prints `N passed, N failed` from one or more of Jest's JSON result files. A file that is missing, unreadable
// or holds no test at all counts as one failure: the run it stands for did not happen (a build that failed first,
// a crash), and CI must not read that as success. The reason goes to stderr; the last line on stdout is the count.
// A StrykerJS report (`npm run test:mutation`) counts as one test, passed when its mutation score reaches the
// report's break threshold; its score line is printed first.
const { existsSync, readFileSync } = require('node:fs');
const { join, relative } = require('node:path');
const { isMutationReport, mutationScore, scoreLine } = require('./mutation-score');

const files = process.argv.length > 2 ? process.argv.slice(2) : [join(__dirname, '..', 'reports', 'jest.json')];
let passed = 0;
let failed = 0;
for (const file of files) {
  const name = relative(process.cwd(), file) || file;
  if (!existsSync(file)) {
    console.error(`${name}: missing (counted as 1 failure)`);
    failed++;
    continue;
  }
  let results;
  try {
    results = JSON.parse(readFileSync(file, 'utf8'));
  } catch (error) {
    console.error(`${name}: unreadable (${error.message}; counted as 1 failure)`);
    failed++;
    continue;
  }
  if (isMutationReport(results)) {
    const score = mutationScore(results);
    console.log(scoreLine(score));
    if (score.passed) passed++;
    else failed++;
    continue;
  }
  if (!Array.isArray(results.testResults) || !(results.numTotalTests > 0)) {
    console.error(`${name}: no test ran (counted as 1 failure)`);
    failed++;
    continue;
  }
  // A suite that failed without a failing test (it could not run, or an error escaped its hooks) counts as one failure.
  const broken = results.testResults.filter(
    (suite) => suite.status === 'failed' && !(suite.assertionResults ?? []).some((test) => test.status === 'failed'),
  ).length;
  passed += results.numPassedTests;
  failed += results.numFailedTests + broken;
}
console.log(`${passed} passed, ${failed} failed`);
process.exit(failed > 0 ? 1 : 0);
