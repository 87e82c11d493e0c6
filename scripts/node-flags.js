// The Node flags the API and the reminder worker run with in production: `npm start`
// (scripts/start.js), the Docker image and compose file (through start.js), and the benchmark
// (tests/perf/processes.ts), so that what is measured is what is deployed.
//
// Why each flag, briefly; what each was measured to do is in tests/perf/README.md.
//
// An explicit V8 heap limit: without one, V8 lets its heap grow far past what is alive under a
// stream of short-lived objects (a CSV export); this leaves the API about twice its live heap
// under load. argon2's memory per login is native, outside this limit.
const HEAP_LIMIT_MB = 192;
// A smaller young generation than V8's default: the same throughput, less resident memory
// under an export's churn.
const SEMI_SPACE_MB = 8;
// No allocation-site pretenuring: under load V8 would decide that the rows PostgreSQL sends live
// long (those of the requests in flight survive a scavenge) and allocate them straight in the old
// generation, which then fills with garbage that only full collections free.
const NO_PRETENURING = '--no-allocation-site-pretenuring';

module.exports = {
  HEAP_LIMIT_MB,
  API_NODE_FLAGS: [`--max-old-space-size=${HEAP_LIMIT_MB}`, `--max-semi-space-size=${SEMI_SPACE_MB}`, NO_PRETENURING],
  WORKER_NODE_FLAGS: [`--max-old-space-size=${HEAP_LIMIT_MB}`, NO_PRETENURING],
};
