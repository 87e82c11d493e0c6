/**
 * No label over nothing: on every record page a staff member and a relay user open, each labelled
 * field shows a value (or says what its absence means). A new request, without an answer yet, is
 * the page with the most empty fields. And no progress indicator without a name while a page loads.
 */
import type { Page } from 'playwright-core';
import { accessibilityViolations } from './accessibility';
import { useConsole } from './harness';

const ui = useConsole();

/** The labels on the page whose field shows no text nor icon. */
function emptyLabels(page: Page): Promise<string[]> {
  return page.locator('.RaLabeled-label').evaluateAll((labels) =>
    labels.flatMap((label) => {
      const value = [...(label.parentElement?.childNodes ?? [])].filter((node) => node !== label);
      const shows = value.some(
        (node) => (node.textContent ?? '').trim() !== '' || (node instanceof Element && node.querySelector('svg, img')),
      );
      return shows ? [] : [label.textContent ?? '(no label)'];
    }),
  );
}

/** Opens a record's page and waits until its fields and references are drawn. */
async function open(path: string): Promise<void> {
  await ui.page.goto(`${ui.baseUrl}${path}`);
  await ui.page.locator('.RaLabeled-label').first().waitFor();
  await ui.page.waitForLoadState('networkidle');
}

describe('record pages', () => {
  it('show no label over nothing to a staff member, a brand-new request included', async () => {
    await ui.logIn('lyon@resacoop.test');
    const request = await ui.apiPost<{ id: number }>('requests', {
      channel: 'email',
      topic: 'other',
      subject: 'Sans réponse encore',
      question: 'Une question posée à l’instant.',
      requesterName: 'Camille Martin',
    });
    const first = async (resource: string) => (await ui.apiGet<{ id: number }[]>(resource, { range: [0, 0], sort: ['id', 'ASC'] }))[0].id;
    const pages = [
      `/requests/${request.id}/show`,
      `/requests/${await first('requests')}/show`,
      `/cases/${await first('cases')}/show`,
      `/organisations/${await first('organisations')}/show`,
      `/contacts/${await first('contacts')}/show`,
      `/events/${await first('events')}/show`,
    ];
    for (const path of pages) {
      await open(path);
      expect([path, await emptyLabels(ui.page)]).toEqual([path, []]);
    }
  });

  it('show no label over nothing to a relay user on its case, its holder and its relay’s event', async () => {
    await ui.logIn('isere@relais.test');
    const [kase] = await ui.apiGet<{ id: number; organisationId: number }[]>('cases', { range: [0, 0] });
    const [event] = await ui.apiGet<{ id: number }[]>('events', { range: [0, 0] });
    for (const path of [`/cases/${kase.id}/show`, `/organisations/${kase.organisationId}/show`, `/events/${event.id}/show`]) {
      await open(path);
      expect([path, await emptyLabels(ui.page)]).toEqual([path, []]);
    }
  });
});

describe('a page while it loads', () => {
  it('names its progress indicators, react-admin’s own included, which axe finds named', async () => {
    await ui.logIn('lyon@resacoop.test');
    // The cases' list is held back by the test until the indicators have been checked: meanwhile the app bar's
    // spinner (react-admin's RaLoadingIndicator) turns.
    let release = () => {};
    const held = new Promise<void>((resolve) => (release = resolve));
    let arrived = () => {};
    const listRequested = new Promise<void>((resolve) => (arrived = resolve));
    await ui.page.route(/\/api\/cases\?/, async (route) => {
      arrived();
      await held;
      // The page may have given the request up meanwhile (a query replaced by the next one).
      await route.continue().catch(() => undefined);
    });
    await ui.page.goto(`${ui.baseUrl}/cases`);
    const indicators = ui.page.getByRole('progressbar');
    // Earlier queries also turn the spinner, which may stop before the list's starts: only once the list's request is
    // held does it stay.
    await listRequested;
    await ui.page.locator('.RaLoadingIndicator-loader').waitFor();
    const names = await indicators.evaluateAll((elements) => elements.map((element) => element.getAttribute('aria-label')));
    expect(names.length).toBeGreaterThan(0);
    expect(names.filter((name) => name !== 'Chargement')).toEqual([]);
    // Other parts of the page may still be fading in: only the indicators' own rule is asked of axe here.
    const violations = await accessibilityViolations(ui.page);
    expect(violations.filter(({ rule }) => rule === 'aria-progressbar-name')).toEqual([]);
    release();
    await ui.page.unrouteAll({ behavior: 'wait' });
    await ui.page.locator('.RaLoadingIndicator-loader').waitFor({ state: 'detached' });
  });
});
