/**
 * Browser tests of the reminders as a user meets them: the app bar's bell (unread count, latest
 * notifications, a click opens the record and marks it read) fed by the reminder worker that runs
 * beside the API (see ./server), and the daily digest preference.
 * Same harness as directory.spec.ts: Chromium (Debian's) driven by playwright-core against the
 * built console served by the real API on a fresh, seeded database.
 */
import { useConsole } from './harness';

const SCREENSHOT = process.env.BELL_SCREENSHOT;

const ui = useConsole();

/** The bell of the app bar, once it knows the unread count. */
const bell = () => ui.page.locator('header button[data-unread]');

async function unreadCount(): Promise<number> {
  return Number(await bell().getAttribute('data-unread'));
}

/** A call of the API from the logged-in page itself: its session cookie, its origin. */
function fromPage<T>(method: string, path: string, body?: unknown): Promise<T> {
  return ui.page.evaluate(
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
  await ui.logIn('lyon@resacoop.test');
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
  await ui.page.waitForFunction(
    (count) => Number(document.querySelector('header button[data-unread]')?.getAttribute('data-unread')) > count,
    before,
    {
      timeout: 60_000,
    },
  );

  await bell().click();
  const menu = ui.page.getByRole('menu');
  // The request is also due "tomorrow" (a due date long past): the overdue reminder is the one to open.
  const item = menu.getByRole('menuitem').filter({ hasText: subject }).filter({ hasText: 'Demande en retard :' });
  await item.waitFor();
  await menu.getByText('Tout marquer comme lu').waitFor();
  if (SCREENSHOT) await ui.page.screenshot({ path: SCREENSHOT });
  const opened = await unreadCount();
  await item.click();

  await ui.page.waitForURL(new RegExp(`/requests/${created.id}/show$`));
  await ui.page.getByText(subject).first().waitFor();
  await ui.page.waitForFunction(
    (count) => Number(document.querySelector('header button[data-unread]')?.getAttribute('data-unread')) < count,
    opened,
  );

  // The notification is read, and the list page says so.
  await ui.page.goto(`${ui.baseUrl}/notifications`);
  const rows = ui.page.locator('tbody tr').filter({ hasText: subject });
  const overdue = rows.filter({ hasText: 'Demande en retard :' });
  await overdue.getByText('Lue', { exact: true }).waitFor();
  // A request already overdue is never announced as "due tomorrow": that reminder expired unsent.
  expect(await rows.filter({ hasText: 'Demande à traiter pour demain :' }).count()).toBe(0);
});

test('the daily digest preference is saved and survives a reload', async () => {
  await ui.logIn('lyon@resacoop.test');
  // The user menu is named after the user, as its button reads.
  await ui.page.getByRole('button', { name: 'Louise Lyonnais' }).click();
  await ui.page.getByRole('menuitem', { name: 'Mes préférences' }).click();
  await ui.page.waitForURL(/\/preferences$/);

  const toggle = ui.page.getByLabel(/Recevoir le récapitulatif quotidien/);
  await ui.page.locator('input[name="dailyDigest"]:not([disabled])').waitFor({ state: 'attached' });
  const initial = await toggle.isChecked();

  await toggle.click();
  await ui.page.getByText('Préférences enregistrées.').waitFor();
  await ui.page.waitForFunction(
    (wanted) => (document.querySelector('input[name="dailyDigest"]') as HTMLInputElement | null)?.checked === wanted,
    !initial,
  );

  await ui.page.reload();
  await ui.page.locator('input[name="dailyDigest"]:not([disabled])').waitFor({ state: 'attached' });
  await expect(toggle.isChecked()).resolves.toBe(!initial);
  const me = await fromPage<{ dailyDigest: boolean }>('GET', 'auth/me');
  expect(me.dailyDigest).toBe(!initial);
});

test('an administrator sees the queues page (counts, failed jobs); staff have no entry for it', async () => {
  await ui.logIn('admin@resacoop.test');
  await ui.page.getByRole('menuitem', { name: 'Files de tâches' }).click();
  await ui.page.waitForURL(/\/queues$/);
  // One card per queue: the deliveries and their e-mails.
  await ui.page.getByRole('heading', { name: 'Rappels (calcul et envoi dans l’application)', exact: true }).waitFor();
  await ui.page.getByRole('heading', { name: 'E-mails de rappel', exact: true }).waitFor();
  expect(await ui.page.getByText(/^Terminées : \d+$/).count()).toBe(2);
  expect(await ui.page.getByText(/^En échec : \d+$/).count()).toBe(2);
  expect(await ui.page.getByRole('heading', { name: 'Tâches en échec' }).count()).toBe(2);

  await ui.context.clearCookies();
  await ui.logIn('lyon@resacoop.test');
  await ui.page.getByRole('menuitem', { name: 'Notifications' }).waitFor();
  expect(await ui.page.getByRole('menuitem', { name: 'Files de tâches' }).count()).toBe(0);
});
