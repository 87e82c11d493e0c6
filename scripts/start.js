#!/usr/bin/env node
// `npm start`: prepares the database (create, migrate, demo data), then serves API and console on one port
// and runs the reminder worker beside them.
const { spawnSync, spawn } = require('node:child_process');
const { join } = require('node:path');

const dist = join(__dirname, '..', 'dist', 'api', 'apps', 'api', 'src');
const prepared = spawnSync(process.execPath, [join(dist, 'cli', 'prepare-database.js')], { stdio: 'inherit' });
if (prepared.status !== 0) process.exit(prepared.status ?? 1);

const port = process.env.PORT || '3000';
console.log(`RESACOOP is starting on http://localhost:${port} (console at /, API at /api, OpenAPI at /api/docs)`);
// The API and the reminder worker: two processes of the same build, each scalable on its own.
const children = ['main.js', 'worker.js'].map((entry) => spawn(process.execPath, [join(dist, entry)], { stdio: 'inherit' }));
for (const signal of ['SIGINT', 'SIGTERM']) process.on(signal, () => children.forEach((child) => child.kill(signal)));
for (const child of children) {
  child.on('exit', (code) => {
    children.forEach((other) => other !== child && other.kill('SIGTERM'));
    process.exit(code ?? 0);
  });
}
