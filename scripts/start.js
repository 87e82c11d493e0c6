#!/usr/bin/env node
// `npm start`: prepares the database (create, migrate, demo data outside production), then serves
// API and console on one port and runs the reminder worker beside them, both with the production
// Node flags (scripts/node-flags.js).
//
//   node scripts/start.js          the database, then the API and the worker (npm start, the Docker image)
//   node scripts/start.js api      the database, then the API alone (docker/compose.yml's api service)
//   node scripts/start.js worker   the worker alone (docker/compose.yml's worker service)
const { spawnSync, spawn } = require('node:child_process');
const { join } = require('node:path');
const { API_NODE_FLAGS, WORKER_NODE_FLAGS } = require('./node-flags');

const role = process.argv[2] ?? 'all';
if (!['all', 'api', 'worker'].includes(role)) {
  console.error(`Unknown role "${role}": use api, worker or nothing (both).`);
  process.exit(2);
}

const dist = join(__dirname, '..', 'dist', 'api', 'apps', 'api', 'src');
const port = process.env.PORT || '3000';
if (role !== 'worker') {
  const prepared = spawnSync(process.execPath, [join(dist, 'cli', 'prepare-database.js')], { stdio: 'inherit' });
  if (prepared.status !== 0) process.exit(prepared.status ?? 1);
  console.log(`RESACOOP is starting on http://localhost:${port} (console at /, API at /api, OpenAPI at /api/docs)`);
}

// The API and the reminder worker: two processes of the same build, each scalable on its own.
const entries = [
  role !== 'worker' && [...API_NODE_FLAGS, join(dist, 'main.js')],
  role !== 'api' && [...WORKER_NODE_FLAGS, join(dist, 'worker.js')],
].filter(Boolean);
const children = entries.map((args) => spawn(process.execPath, args, { stdio: 'inherit' }));
for (const signal of ['SIGINT', 'SIGTERM']) process.on(signal, () => children.forEach((child) => child.kill(signal)));
for (const child of children) {
  child.on('exit', (code) => {
    children.forEach((other) => other !== child && other.kill('SIGTERM'));
    process.exit(code ?? 0);
  });
}

// The last line a person starting the app reads: when the console answers, not when it was launched.
if (role !== 'worker') {
  const ready = async () => {
    for (;;) {
      const answer = await fetch(`http://127.0.0.1:${port}/api/health`).catch(() => null);
      if (answer?.ok) return console.log(`RESACOOP is ready: open http://localhost:${port}`);
      await new Promise((resolve) => setTimeout(resolve, 250));
    }
  };
  void ready();
}
