import { access, cp, readFile, rm } from 'node:fs/promises';
import { join, resolve } from 'node:path';

/** The benchmark runs from dist/perf; everything it starts is the production build beside it. */
export const REPO_ROOT = resolve(__dirname, '..', '..');
export const PERF_BUILD = __dirname;

/**
 * A private copy of the build, taken when the run starts: another build of the shared dist/ in
 * the middle of a run (an engineer's, a test's) must not pull files from under the API or the
 * worker. It stays inside the repository so that node_modules resolve as from dist/.
 */
const SNAPSHOT = join(PERF_BUILD, 'snapshot');
export const API_BUILD = join(SNAPSHOT, 'api', 'apps', 'api', 'src');
export const CONSOLE_BUILD = join(SNAPSHOT, 'console');

export const DEMO_PASSWORD = process.env.DEMO_PASSWORD ?? 'resacoop-demo';

async function consoleIsComplete(dir: string): Promise<boolean> {
  try {
    const html = await readFile(join(dir, 'index.html'), 'utf8');
    const entry = /<script[^>]*type="module"[^>]*src="\/([^"]+)"/.exec(html)?.[1];
    if (!entry) return false;
    await access(join(dir, entry));
    return true;
  } catch {
    return false;
  }
}

/** Copies dist/api and dist/console aside (retrying while a concurrent build is rewriting them). */
export async function snapshotBuild(): Promise<void> {
  for (let attempt = 1; ; attempt++) {
    await rm(SNAPSHOT, { recursive: true, force: true });
    await cp(join(REPO_ROOT, 'dist', 'api'), join(SNAPSHOT, 'api'), { recursive: true });
    await cp(join(REPO_ROOT, 'dist', 'console'), CONSOLE_BUILD, { recursive: true });
    if (await consoleIsComplete(CONSOLE_BUILD)) return;
    if (attempt === 10) throw new Error('dist/console is incomplete: build it first (npm run build)');
    await new Promise((done) => setTimeout(done, 3000));
  }
}
