#!/usr/bin/env node
// The mutation score of a StrykerJS JSON report (`npm run test:mutation` writes reports/mutation/domain.json), as
// Stryker counts it: mutants detected (killed, or timed out) of those that ran (detected, survived, not covered);
// mutants that did not compile, errored or were ignored are left out. Run as a script, it prints one line per report,
// `mutation score: libs/domain 99.77 % (detected 442 of 443; threshold 90 %)`, and exits 1 when a score is under the
// report's break threshold. test-summary.js counts each report as one test, passed when it reaches the threshold.
const { readFileSync } = require('node:fs');
const { relative } = require('node:path');

const DETECTED = new Set(['Killed', 'Timeout']);
const UNDETECTED = new Set(['Survived', 'NoCoverage']);

/** Whether a parsed JSON file is a StrykerJS (mutation-testing-elements) report rather than Jest's results. */
function isMutationReport(report) {
  return typeof report?.schemaVersion === 'string' && typeof report.files === 'object' && report.files !== null;
}

/** What the report's mutated files have in common: `libs/domain` for libs/domain/src/**. */
function subjectOf(report) {
  const files = Object.keys(report.files).map((file) => relative(report.projectRoot ?? process.cwd(), file));
  if (files.length === 0) return 'nothing';
  const parts = files.map((file) => file.split('/'));
  const common = [];
  for (let index = 0; parts.every((path) => index < path.length - 1 && path[index] === parts[0][index]); index++)
    common.push(parts[0][index]);
  return (common.at(-1) === 'src' ? common.slice(0, -1) : common).join('/') || '.';
}

/** The score of a report: null when no mutant ran (which must count as a failure, not as 100 %). */
function mutationScore(report) {
  let detected = 0;
  let undetected = 0;
  for (const file of Object.values(report.files)) {
    for (const mutant of file.mutants) {
      if (DETECTED.has(mutant.status)) detected++;
      else if (UNDETECTED.has(mutant.status)) undetected++;
    }
  }
  const total = detected + undetected;
  const threshold = report.thresholds?.break ?? report.thresholds?.low ?? 0;
  return {
    subject: subjectOf(report),
    detected,
    total,
    // Rounded down, as shown: 89.999 % is not 90 %.
    percent: total === 0 ? null : Math.floor((detected * 10_000) / total) / 100,
    threshold,
    passed: total > 0 && detected * 100 >= threshold * total,
  };
}

function scoreLine({ subject, detected, total, percent, threshold }) {
  return percent === null
    ? `mutation score: ${subject}: no mutant ran (threshold ${threshold} %)`
    : `mutation score: ${subject} ${percent.toFixed(2)} % (detected ${detected} of ${total}; threshold ${threshold} %)`;
}

module.exports = { isMutationReport, mutationScore, scoreLine };

if (require.main === module) {
  let failed = false;
  for (const file of process.argv.slice(2)) {
    let report;
    try {
      report = JSON.parse(readFileSync(file, 'utf8'));
    } catch (error) {
      console.log(`mutation score: ${file} unreadable (${error.message})`);
      failed = true;
      continue;
    }
    if (!isMutationReport(report)) {
      console.log(`mutation score: ${file} is no StrykerJS report`);
      failed = true;
      continue;
    }
    const score = mutationScore(report);
    console.log(scoreLine(score));
    failed ||= !score.passed;
  }
  process.exit(failed ? 1 : 0);
}
