#!/usr/bin/env node
// `npm start`: prepares the database (create, migrate, demo data) then serves API and console on one port.
const { spawnSync, spawn } = require('node:child_process');
const { join } = require('node:path');

const dist = join(__dirname, '..', 'dist', 'api', 'apps', 'api', 'src');
const prepared = spawnSync(process.execPath, [join(dist, 'cli', 'prepare-database.js')], { stdio: 'inherit' });
if (prepared.status !== 0) process.exit(prepared.status ?? 1);

const port = process.env.PORT || '3000';
console.log(`RESACOOP is starting on http://localhost:${port} (console at /, API at /api, OpenAPI at /api/docs)`);
const api = spawn(process.execPath, [join(dist, 'main.js')], { stdio: 'inherit' });
for (const signal of ['SIGINT', 'SIGTERM']) process.on(signal, () => api.kill(signal));
api.on('exit', (code) => process.exit(code ?? 0));
