import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { chromium, type Browser, type Page } from 'playwright-core';
import { median } from './key-figures';
import { CONSOLE_BUILD, DEMO_PASSWORD } from './paths';
import type { Service } from './processes';
import { BENCH_USER } from './session';

export const CONSOLE_TARGET_MS = 1500;

export interface ConsoleFigures {
  /** From the click on "Connexion" to the first rows of the home page's lists (the console lands there after login). */
  toFirstRowsMs: number;
  /** Then from the click on "Demandes" in the menu to the first rows of the request list. */
  toRequestListMs: number;
  /** The API calls of the first attempt's login-to-home-page, slowest first: where the wait goes. */
  apiCalls: string[];
  attempts: number;
  initialJs: { files: number; bytes: number; gzipBytes: number };
}

/** Debian's Chromium, headless, with the flags of tests/console/browser.ts. */
function launchChromium(): Promise<Browser> {
  return chromium.launch({
    executablePath: '/usr/bin/chromium',
    headless: true,
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
    ],
  });
}

const visible = (page: Page, selector: string) => page.locator(selector).first().waitFor({ state: 'visible' });

async function timed(work: () => Promise<unknown>): Promise<number> {
  const started = performance.now();
  await work();
  return performance.now() - started;
}

/** Records how long each API call of the page takes (request sent to response read); returns the summary so far, slowest first. */
function recordApiCalls(page: Page): () => string[] {
  const calls: { label: string; ms: number }[] = [];
  page.on('requestfinished', (request) => {
    const url = new URL(request.url());
    // The login is timed from the click instead (logInAndOpenRequests), whether or not Playwright reports it here.
    if (!url.pathname.startsWith('/api/') || url.pathname === '/api/auth/login') return;
    const { requestStart, responseEnd } = request.timing();
    calls.push({ label: `${request.method()} ${url.pathname}`, ms: responseEnd - requestStart });
  });
  return () => [...calls].sort((a, b) => b.ms - a.ms).map((call) => `${call.label} ${call.ms.toFixed(0)} ms`);
}

/** One person opening the console: logged out, the login page, then the home page, then the request list. */
async function logInAndOpenRequests(
  browser: Browser,
  api: Service,
): Promise<{ toFirstRowsMs: number; toRequestListMs: number; apiCalls: string[] }> {
  // A fresh context each time: no cookie and an empty HTTP cache, as for someone opening the console in the morning.
  const context = await browser.newContext({ viewport: { width: 1400, height: 1000 }, locale: 'fr-FR' });
  try {
    const page = await context.newPage();
    page.setDefaultTimeout(30_000);
    await page.goto(`${api.origin}/`);
    await page.waitForURL(/\/login$/);
    await page.locator('input[name="email"]').fill(BENCH_USER);
    await page.locator('input[name="password"]').fill(DEMO_PASSWORD);
    const apiCallsSoFar = recordApiCalls(page);
    // Playwright reports no 'requestfinished' for a login whose answer is not read: it is timed from the click.
    let loginMs = 0;
    const toFirstRowsMs = await timed(async () => {
      const started = performance.now();
      const loggedIn = page.waitForResponse((response) => response.url().endsWith('/api/auth/login'));
      await page.getByRole('button', { name: 'Connexion' }).click();
      await loggedIn.then(() => (loginMs = performance.now() - started));
      await visible(page, 'section ul a');
    });
    const homePageCalls = [`POST /api/auth/login ${loginMs.toFixed(0)} ms (from the click)`, ...apiCallsSoFar()];
    const toRequestListMs = await timed(async () => {
      await page.getByRole('menuitem', { name: 'Demandes' }).click();
      await visible(page, 'table tbody tr');
    });
    return { toFirstRowsMs, toRequestListMs, apiCalls: homePageCalls };
  } finally {
    await context.close();
  }
}

/** The JavaScript a first visit needs: the entry chunk of index.html and everything it imports statically, raw and gzipped. */
export async function initialJavaScript(): Promise<ConsoleFigures['initialJs']> {
  const html = await readFile(join(CONSOLE_BUILD, 'index.html'), 'utf8');
  const entry = /<script[^>]*type="module"[^>]*src="\/([^"]+)"/.exec(html)?.[1];
  if (!entry) throw new Error('no module script in dist/console/index.html');
  const seen = new Set<string>();
  const pending = [entry];
  let bytes = 0;
  let gzipBytes = 0;
  while (pending.length > 0) {
    const file = pending.pop()!;
    if (seen.has(file)) continue;
    seen.add(file);
    const code = await readFile(join(CONSOLE_BUILD, file));
    bytes += code.byteLength;
    gzipBytes += gzipSync(code).byteLength;
    // Static `import … from "./x.js"`, `import "./x.js"`, `export … from "./x.js"`; a dynamic import("./x.js") is loaded later, not counted.
    for (const match of code
      .toString('utf8')
      .matchAll(/(?:^|[;\s}])(?:import|export)\s*(?:[^"'();]*?from\s*)?["'](\.{1,2}\/[^"']+\.js)["']/g)) {
      pending.push(join(file, '..', match[1]));
    }
  }
  return { files: seen.size, bytes, gzipBytes };
}

/** (g) Login to the first rows on screen in headless Chromium, a fresh browser context each attempt; medians are kept. */
export async function measureConsole(api: Service, attempts: number): Promise<ConsoleFigures> {
  const browser = await launchChromium();
  try {
    const runs = [];
    for (let attempt = 0; attempt < attempts; attempt++) runs.push(await logInAndOpenRequests(browser, api));
    return {
      toFirstRowsMs: median(runs.map((run) => run.toFirstRowsMs)),
      toRequestListMs: median(runs.map((run) => run.toRequestListMs)),
      apiCalls: runs[0].apiCalls,
      attempts,
      initialJs: await initialJavaScript(),
    };
  } finally {
    await browser.close();
  }
}
