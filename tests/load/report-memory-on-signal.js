// Preloaded into the API by the load test (node --expose-gc --require): on SIGWINCH, a signal that
// Nest's shutdown hooks leave alone (unlike SIGUSR2), collect the garbage and write the memory
// figures to MEMORY_REPORT, so the test compares live memory, not what the allocator keeps.
const { writeFileSync } = require('node:fs');

process.on('SIGWINCH', () => {
  global.gc();
  writeFileSync(process.env.MEMORY_REPORT, JSON.stringify(process.memoryUsage()));
});
