import type { Browser, BrowserContext, Page } from 'playwright-core';
import { launchChromium, logInAs, newPage } from './browser';
import { startServer } from './server';

type Server = Awaited<ReturnType<typeof startServer>>;

export interface ConsoleHarness {
  /** The API serving the built console (see ./server), started once for the file. */
  readonly server: Server;
  /** `server.baseUrl`: where the console is served. */
  readonly baseUrl: string;
  /** The current test's browser context: its own cookies. */
  readonly context: BrowserContext;
  /** The current test's page, in `context`. */
  readonly page: Page;
  /** Logs in on the current page and waits for the home page. */
  logIn(email: string): Promise<void>;
  /** Closes the current context and opens a fresh one (no cookies): the next login is a session of its own. */
  newSession(): Promise<void>;
  /** A read of the API with the page's session (a test's own setup, not what is under test); query values JSON-encoded. */
  apiGet<T>(path: string, query?: Record<string, unknown>): Promise<T>;
  /** A write through the API with the page's session (the CSRF check wants the app's own origin). */
  apiPost<T>(path: string, data: Record<string, unknown>): Promise<T>;
}

/**
 * The harness of a browser suite: the built console served by the real API on a fresh, seeded
 * database and Debian's Chromium, started once for the file (beforeAll, 180 s), and a fresh
 * context and page for each test (closed after it), `width` pixels wide (1400 unless told); `env`,
 * read when the server starts, adds settings for the API and the worker. Call it
 * at the top of a spec file; the getters give the current values inside a test or hook.
 */
export function useConsole({ width, env }: { width?: number; env?: () => Record<string, string> } = {}): ConsoleHarness {
  jest.setTimeout(120_000);

  let server: Server | undefined;
  let browser: Browser | undefined;
  let current: { context: BrowserContext; page: Page } | undefined;

  const started = () => {
    if (!server || !browser) throw new Error('the console harness is only ready inside a test or hook');
    return { server, browser };
  };
  const session = () => {
    if (!current) throw new Error('no page: the console harness opens one per test');
    return current;
  };
  const newSession = async () => {
    await current?.context.close();
    current = undefined;
    current = await newPage(started().browser, width);
  };

  beforeAll(async () => {
    server = await startServer({ env: env?.() });
    browser = await launchChromium();
  }, 180_000);

  afterAll(async () => {
    await browser?.close();
    await server?.stop();
  });

  beforeEach(newSession);

  afterEach(async () => {
    await current?.context.close();
    current = undefined;
  });

  return {
    get server() {
      return started().server;
    },
    get baseUrl() {
      return started().server.baseUrl;
    },
    get context() {
      return session().context;
    },
    get page() {
      return session().page;
    },
    logIn: (email) => logInAs(session().page, started().server.baseUrl, email),
    newSession,
    async apiGet<T>(path: string, query: Record<string, unknown> = {}) {
      const params = new URLSearchParams(Object.entries(query).map(([key, value]) => [key, JSON.stringify(value)])).toString();
      const response = await session().page.request.get(`${started().server.baseUrl}/api/${path}${params ? `?${params}` : ''}`);
      if (!response.ok()) throw new Error(`GET ${path}: ${response.status()} ${await response.text()}`);
      return (await response.json()) as T;
    },
    async apiPost<T>(path: string, data: Record<string, unknown>) {
      const { baseUrl } = started().server;
      const response = await session().page.request.post(`${baseUrl}/api/${path}`, { data, headers: { Origin: baseUrl } });
      if (!response.ok()) throw new Error(`POST ${path}: ${response.status()} ${await response.text()}`);
      return (await response.json()) as T;
    },
  };
}
