/**
 * Every page each role is shown, visited in Chromium: axe-core finds no critical nor serious
 * violation (the RGAA applies to RESACOOP, a public body), and no page answers an error it does
 * not explain (any 5xx, or a 4xx the page does not show).
 */
import { join } from 'node:path';
import type { Page, Response } from 'playwright-core';
import { accessibilityViolations, blocking, type AccessibilityViolation } from './accessibility';
import { useConsole } from './harness';

const ui = useConsole({ width: 1440 });

interface Visit {
  path: string;
  violations: AccessibilityViolation[];
  failures: string[];
}

/** Waits until react-admin has drawn the page: the network quiet, no progress indicator left. */
async function settled(page: Page): Promise<void> {
  await page.waitForLoadState('networkidle');
  // Whatever still loads (a reference's bar, a chart) is waited for; one that never ends is axe's to judge.
  await page
    .locator('[role="progressbar"]')
    .first()
    .waitFor({ state: 'detached', timeout: 30_000 })
    .catch(() => undefined);
}

/**
 * The page of each role the README shows, saved while the tour passes by when SCREENSHOTS_DIR is
 * set (`npm run screenshots`).
 */
const README_SCREENSHOTS: Record<string, string> = { admin: '/reports', staff: '/requests', relay: '/cases' };

async function visit(page: Page, baseUrl: string, path: string): Promise<Visit> {
  const failures: string[] = [];
  const onResponse = (response: Response) => {
    if (response.url().includes('/api/') && response.status() >= 400)
      failures.push(`${response.status()} ${response.url().replace(baseUrl, '')}`);
  };
  page.on('response', onResponse);
  await page.goto(`${baseUrl}${path}`);
  await settled(page);
  page.off('response', onResponse);
  return { path, violations: await accessibilityViolations(page), failures };
}

/** The pages of collective events: the list, the form, an event's page, its form and its attendance list. */
const eventPages = (eventId: number) => [
  '/events',
  '/events/create',
  `/events/${eventId}/show`,
  `/events/${eventId}`,
  `/events/${eventId}/attendance`,
];

async function pagesOf(role: 'admin' | 'staff' | 'relay'): Promise<string[]> {
  const first = async (resource: string, filter: Record<string, unknown> = {}) =>
    (await ui.apiGet<{ id: number }[]>(resource, { range: [0, 0], filter }))[0]?.id;
  if (role === 'relay') {
    const caseId = await first('cases');
    const kase = await ui.apiGet<{ organisationId: number }>(`cases/${caseId}`);
    const contactId = await first('contacts', { organisationId: kase.organisationId });
    const eventId = await first('events');
    return [
      '/',
      '/cases',
      `/cases/${caseId}/show`,
      `/organisations/${kase.organisationId}/show`,
      `/contacts/${contactId}/show`,
      ...eventPages(eventId),
      '/notifications',
      '/preferences',
    ];
  }
  const [requestId, caseId, organisationId, contactId, eventId] = [
    await first('requests'),
    await first('cases'),
    await first('organisations'),
    await first('contacts'),
    await first('events'),
  ];
  const staffPages = [
    '/',
    '/requests',
    '/requests/create',
    `/requests/${requestId}/show`,
    `/requests/${requestId}`,
    '/cases',
    '/cases/board',
    '/cases/create',
    `/cases/${caseId}/show`,
    `/cases/${caseId}`,
    '/organisations',
    '/organisations/create',
    `/organisations/${organisationId}/show`,
    `/organisations/${organisationId}`,
    '/contacts',
    '/contacts/create',
    `/contacts/${contactId}/show`,
    `/contacts/${contactId}`,
    ...eventPages(eventId),
    '/notifications',
    '/preferences',
    '/reports',
    '/import/organisations',
    '/import/contacts',
  ];
  if (role === 'staff') return staffPages;
  const userId = await first('users');
  const relayId = await first('relays');
  const answerTemplateId = await first('answer-templates');
  return [
    ...staffPages,
    '/users',
    '/users/create',
    `/users/${userId}`,
    '/relays',
    `/relays/${relayId}`,
    '/answer-templates',
    '/answer-templates/create',
    `/answer-templates/${answerTemplateId}`,
    '/queues',
  ];
}

const LOGINS = { admin: 'admin@resacoop.test', staff: 'lyon@resacoop.test', relay: 'isere@relais.test' } as const;

describe('every page of every role', () => {
  it('the login page', async () => {
    const login = await visit(ui.page, ui.baseUrl, '/login');
    expect(blocking(login.violations)).toEqual([]);
  });

  it('the public registration page of a published event, without an account', async () => {
    await ui.logIn(LOGINS.staff);
    const start = new Date(Date.now() + 30 * 86_400_000).toISOString();
    const created = await ui.apiPost<{ id: number; version: number }>('events', {
      title: 'Atelier ouvert au public',
      kind: 'workshop',
      role: 'organised',
      startsAt: start,
      endsAt: start,
      departement: '63',
      publicDescription: 'Une matinée pour découvrir les financements.',
    });
    const { publicToken } = await ui.apiPost<{ publicToken: string }>(`events/${created.id}/publish`, { version: created.version });
    await ui.newSession();
    const page = await visit(ui.page, ui.baseUrl, `/inscription/${publicToken}`);
    await ui.page.getByRole('button', { name: 'M’inscrire' }).waitFor();
    expect(blocking(page.violations)).toEqual([]);
    expect(page.failures).toEqual([]);
  });

  it.each(Object.keys(LOGINS) as (keyof typeof LOGINS)[])(
    'as %s',
    async (role) => {
      await ui.logIn(LOGINS[role]);
      const visits: Visit[] = [];
      for (const path of await pagesOf(role)) {
        visits.push(await visit(ui.page, ui.baseUrl, path));
        if (process.env.SCREENSHOTS_DIR && README_SCREENSHOTS[role] === path)
          await ui.page.screenshot({ path: join(process.env.SCREENSHOTS_DIR, `${role}.png`) });
      }
      const serious = visits.flatMap(({ path, violations }) =>
        blocking(violations).map(({ rule, targets }) => `${path} ${rule}: ${targets.join(', ')}`),
      );
      const all = visits.reduce((count, { violations }) => count + violations.length, 0);
      const failures = visits.flatMap(({ path, failures }) => failures.map((failure) => `${path}: ${failure}`));
      console.log(
        `accessibility, ${role}: pages ${visits.length}, critical or serious ${serious.length}, moderate or minor ${all - serious.length}; unexplained errors ${failures.length}`,
      );
      expect(serious).toEqual([]);
      expect(failures).toEqual([]);
    },
    300_000,
  );
});
