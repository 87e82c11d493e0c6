import { prepareDataset } from './dataset';
import { snapshotBuild } from './paths';
import { readSettings } from './settings';

/** Generates (or checks) the bench dataset alone: `node dist/perf/generate.js [--regenerate]`, BENCH_SCALE=small for the small one. */
snapshotBuild()
  .then(() => prepareDataset(readSettings()))
  .catch((error: unknown) => {
    console.error(error instanceof Error ? error.message : error);
    process.exit(1);
  });
