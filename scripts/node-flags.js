// The Node flags the API and the reminder worker run with in production: `npm start`
// (scripts/start.js), the Docker image and compose file (through start.js), and the benchmark
// (tests/perf/processes.ts), so that what is measured is what is deployed.
//
// An explicit V8 heap limit: without one, V8 lets its heap grow far past what is alive under a
// stream of short-lived objects (a CSV export of 500,000 rows raised the API's resident memory by
// 100-146 MB, of which 27 MB stay alive when the heap is capped). 192 MB leaves the API twice its
// live heap under load; argon2's 64 MiB per login is native memory, outside this limit.
const HEAP_LIMIT_MB = 192;

module.exports = {
  HEAP_LIMIT_MB,
  API_NODE_FLAGS: [`--max-old-space-size=${HEAP_LIMIT_MB}`],
  WORKER_NODE_FLAGS: [`--max-old-space-size=${HEAP_LIMIT_MB}`],
};
