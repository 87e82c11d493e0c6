#!/usr/bin/env node
// `npm test`: builds, makes sure Chromium and Dovecot are there, type-checks the suites, runs the Jest projects (unit, api, reliability, console)
// and prints one closing line computed from Jest's JSON results. The load test and the benchmark's smoke run
// (projects `load` and `perf`) take minutes: CI runs them after it (`npm run test:load`, `npm run test:bench`).
const { spawnSync } = require('node:child_process');
const { existsSync, mkdirSync } = require('node:fs');
const { join } = require('node:path');

const root = join(__dirname, '..');
const run = (command, args, options = {}) => spawnSync(command, args, { stdio: 'inherit', cwd: root, ...options });

/** A Debian package a suite needs: installed when run as root, otherwise the command to install it is printed. */
function ensurePackage(binary, pkg, purpose) {
  if (existsSync(binary)) return;
  if (process.getuid && process.getuid() === 0) {
    console.log(`${binary} is missing: installing Debian's ${pkg} package for ${purpose}…`);
    run('apt-get', ['update', '-qq']);
    if (run('apt-get', ['install', '-y', '-qq', '--no-install-recommends', pkg]).status === 0) return;
  }
  console.error(`${purpose} need ${binary}: run \`sudo apt-get install -y --no-install-recommends ${pkg}\` (Debian/Ubuntu).`);
  process.exit(1);
}

ensurePackage('/usr/bin/chromium', 'chromium', 'The browser tests');
// The e-mail suites run their own Dovecot on loopback (tests/api/support/imap-server.ts); the package's service stays off.
ensurePackage('/usr/sbin/dovecot', 'dovecot-imapd', 'The e-mail tests');
const build = run('npx', ['nx', 'run-many', '-t', 'build', '--outputStyle=static']);
if (build.status !== 0) process.exit(build.status ?? 1);
// Jest compiles with swc, which strips types without checking them: the suites are type-checked here, with the code they test.
const typecheck = run('npx', ['tsc', '-p', 'tsconfig.spec.json']);
if (typecheck.status !== 0) {
  console.error('The test suites do not type-check (tsc -p tsconfig.spec.json): fix the errors above.');
  process.exit(typecheck.status ?? 1);
}

mkdirSync(join(root, 'reports'), { recursive: true });
const resultsFile = join(root, 'reports', 'jest.json');
// Never `load` nor `perf`: see above.
const projects = ['--selectProjects', 'unit', 'api', 'reliability', 'console'];
const jest = run('npx', ['jest', '--json', `--outputFile=${resultsFile}`, ...process.argv.slice(2), ...projects]);

console.log('');
run(process.execPath, [join(__dirname, 'test-summary.js'), resultsFile]);
process.exit(jest.status ?? 1);
