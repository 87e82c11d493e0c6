/**
 * Browser tests of the reminders as a user meets them: the app bar's bell (unread count, latest
 * notifications, a click opens the record and marks it read) fed by the reminder worker that runs
 * beside the API (see ./server), and the daily digest preference.
 * Same harness as directory.spec.ts: Chromium (Debian's) driven by playwright-core against the
 * built console served by the real API on a fresh, seeded database.
 */
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { launchChromium, logInAs, newPage } from './browser';
import { startServer } from './server';

jest.setTimeout(120_000);

const SCREENSHOT = process.env.BELL_SCREENSHOT;

let server: { baseUrl: string; stop(): Promise<void> };
let browser: Browser;
let context: BrowserContext;
let page: Page;

beforeAll(async () => {
  server = await startServer();
  browser = await launchChromium();
}, 180_000);

afterAll(async () => {
  await browser?.close();
  await server?.stop();
});

beforeEach(async () => {
  ({ context, page } = await newPage(browser));
});

afterEach(async () => {
  await context?.close();
});

async function logIn(email: string): Promise<void> {
  return logInAs(page, server.baseUrl, email);
}

/** The bell of the app bar, once it knows the unread count. */
const bell = () => page.locator('header button[data-unread]');

async function unreadCount(): Promise<number> {
  return Number(await bell().getAttribute('data-unread'));
}

/** A call of the API from the logged-in page itself: its session cookie, its origin. */
function fromPage<T>(method: string, path: string, body?: unknown): Promise<T> {
  return page.evaluate(
    async ({ method, path, body }) => {
      const response = await fetch(`/api/${path}`, {
        method,
        credentials: 'include',
        headers: body === undefined ? {} : { 'Content-Type': 'application/json' },
        body: body === undefined ? undefined : JSON.stringify(body),
      });
      if (!response.ok) throw new Error(`${method} ${path}: ${response.status} ${await response.text()}`);
      return response.json();
    },
    { method, path, body },
  ) as Promise<T>;
}

test('the worker’s reminder shows in the bell, and a click opens its request and marks it read', async () => {
  await logIn('lyon@resacoop.test');
  await bell().waitFor();
  const before = await unreadCount();

  const me = await fromPage<{ id: number }>('GET', 'auth/me');
  const subject = `Rappel de test ${Date.now().toString(36)}`;
  const receivedAt = new Date(Date.now() - 30 * 24 * 3600 * 1000).toISOString();
  const created = await fromPage<{ id: number; reference: string }>('POST', 'requests', {
    channel: 'phone',
    topic: 'funding',
    subject,
    question: 'q',
    requesterName: 'X',
    assigneeId: me.id,
    receivedAt,
  });

  // Overdue at once: the worker's next reconciliation delivers the reminder; the bell asks every 20 s.
  await page.waitForFunction(
    (count) => Number(document.querySelector('header button[data-unread]')?.getAttribute('data-unread')) > count,
    before,
    {
      timeout: 60_000,
    },
  );

  await bell().click();
  const menu = page.getByRole('menu');
  // The request is also due "tomorrow" (a due date long past): the overdue reminder is the one to open.
  const item = menu.getByRole('menuitem').filter({ hasText: subject }).filter({ hasText: 'Demande en retard :' });
  await item.waitFor();
  await menu.getByText('Tout marquer comme lu').waitFor();
  if (SCREENSHOT) await page.screenshot({ path: SCREENSHOT });
  const opened = await unreadCount();
  await item.click();

  await page.waitForURL(new RegExp(`/requests/${created.id}/show$`));
  await page.getByText(subject).first().waitFor();
  await page.waitForFunction(
    (count) => Number(document.querySelector('header button[data-unread]')?.getAttribute('data-unread')) < count,
    opened,
  );

  // The notification is read, and the list page says so.
  await page.goto(`${server.baseUrl}/notifications`);
  const rows = page.locator('tbody tr').filter({ hasText: subject });
  const overdue = rows.filter({ hasText: 'Demande en retard :' });
  await overdue.getByText('Lue', { exact: true }).waitFor();
  // A request already overdue is never announced as "due tomorrow": that reminder expired unsent.
  expect(await rows.filter({ hasText: 'Demande à traiter pour demain :' }).count()).toBe(0);
});

test('the daily digest preference is saved and survives a reload', async () => {
  await logIn('lyon@resacoop.test');
  await page.getByRole('button', { name: /profil|profile/i }).click();
  await page.getByRole('menuitem', { name: 'Mes préférences' }).click();
  await page.waitForURL(/\/preferences$/);

  const toggle = page.getByLabel(/Recevoir le récapitulatif quotidien/);
  await page.locator('input[name="dailyDigest"]:not([disabled])').waitFor({ state: 'attached' });
  const initial = await toggle.isChecked();

  await toggle.click();
  await page.getByText('Préférences enregistrées.').waitFor();
  await page.waitForFunction(
    (wanted) => (document.querySelector('input[name="dailyDigest"]') as HTMLInputElement | null)?.checked === wanted,
    !initial,
  );

  await page.reload();
  await page.locator('input[name="dailyDigest"]:not([disabled])').waitFor({ state: 'attached' });
  await expect(toggle.isChecked()).resolves.toBe(!initial);
  const me = await fromPage<{ dailyDigest: boolean }>('GET', 'auth/me');
  expect(me.dailyDigest).toBe(!initial);
});

test('an administrator sees the queues page (counts, failed jobs); staff have no entry for it', async () => {
  await logIn('admin@resacoop.test');
  await page.getByRole('menuitem', { name: 'Files de tâches' }).click();
  await page.waitForURL(/\/queues$/);
  await page.getByText(/^Terminées : \d+$/).waitFor();
  await page.getByText(/^En échec : \d+$/).waitFor();
  await page.getByRole('heading', { name: 'Tâches en échec' }).waitFor();

  await context.clearCookies();
  await logIn('lyon@resacoop.test');
  await page.getByRole('menuitem', { name: 'Notifications' }).waitFor();
  expect(await page.getByRole('menuitem', { name: 'Files de tâches' }).count()).toBe(0);
});
