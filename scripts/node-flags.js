// The Node flags the API and the reminder worker run with in production: `npm start`
// (scripts/start.js), the Docker image and compose file (through start.js), and the benchmark
// (tests/perf/processes.ts), so that what is measured is what is deployed.
//
// An explicit V8 heap limit: without one, V8 lets its heap grow far past what is alive under a
// stream of short-lived objects (a CSV export of 500,000 rows raised the API's resident memory by
// 100-146 MB, of which 27 MB stay alive when the heap is capped). 192 MB leaves the API twice its
// live heap under load; argon2's 19 MiB per login is native memory, outside this limit.
const HEAP_LIMIT_MB = 192;
// The young generation (semi-spaces of 8 MB instead of V8's 16): an export's churn of short-lived
// rows then raises the resident size by about 40 MB instead of 60 from a freshly collected heap,
// with the same throughput on the benchmark's lists and writes (measured, tests/perf/README.md).
const SEMI_SPACE_MB = 8;
// No allocation-site pretenuring: V8 decides, from a few scavenges where a site's objects survived
// (the rows of the 32 requests in flight under load), to allocate everything that site makes
// straight in the old generation from then on. The rows PostgreSQL sends (pg's row objects, their
// dates and strings) are garbage a few milliseconds later, so the old generation filled with them:
// 15 full collections in 10 s on a case's timeline instead of 7, and 2.0-2.2 ms of CPU per request
// instead of 1.46 (the case record: 0.47 -> 0.30 ms). Measured, tests/perf/README.md.
const NO_PRETENURING = '--no-allocation-site-pretenuring';

module.exports = {
  HEAP_LIMIT_MB,
  API_NODE_FLAGS: [`--max-old-space-size=${HEAP_LIMIT_MB}`, `--max-semi-space-size=${SEMI_SPACE_MB}`, NO_PRETENURING],
  WORKER_NODE_FLAGS: [`--max-old-space-size=${HEAP_LIMIT_MB}`, NO_PRETENURING],
};
