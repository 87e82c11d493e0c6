/**
 * Browser tests of the information-request desk: the quick-entry form filled in with the keyboard
 * alone, the request page (assign, status moves, answer, timeline), the queue's views.
 * Same harness as directory.spec.ts: Chromium (Debian's) driven by playwright-core against the
 * built console served by the real API on a fresh, seeded database (see ./server).
 */
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { DEMO_PASSWORD, launchChromium, logInAs, newPage } from './browser';
import { REQUEST_STATUS_LABELS, REQUEST_TRANSITIONS } from '@resacoop/domain';
import { startServer } from './server';

jest.setTimeout(120_000);

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

/** A read of the API with the browser's session (the test's own setup, not what is under test). */
async function apiGet<T>(path: string, query: Record<string, unknown> = {}): Promise<{ body: T; total: number }> {
  const params = new URLSearchParams(Object.entries(query).map(([key, value]) => [key, JSON.stringify(value)]));
  const response = await page.request.get(`${server.baseUrl}/api/${path}?${params.toString()}`);
  if (!response.ok()) throw new Error(`GET ${path}: ${response.status()} ${await response.text()}`);
  const range = response.headers()['content-range'];
  return { body: (await response.json()) as T, total: range ? Number(range.split('/')[1]) : 0 };
}

/** Logs a request through the API (the CSRF check wants the app's own origin). */
async function apiCreateRequest(data: Record<string, unknown>): Promise<{ id: number; reference: string }> {
  const response = await page.request.post(`${server.baseUrl}/api/requests`, { data, headers: { Origin: server.baseUrl } });
  if (!response.ok()) throw new Error(`POST requests: ${response.status()} ${await response.text()}`);
  return (await response.json()) as { id: number; reference: string };
}

interface DemoContact {
  id: number;
  firstName: string;
  lastName: string;
  organisationId: number | null;
}

/**
 * A demo contact in an organisation, with what to type to find it: its first name and the start
 * of its last name, which the directory search must match for this contact alone.
 */
async function findDemoContact(): Promise<{ contact: DemoContact; typed: string; organisationName: string }> {
  const { body: contacts } = await apiGet<DemoContact[]>('contacts', { sort: ['id', 'ASC'], range: [0, 49] });
  for (const contact of contacts) {
    if (!contact.organisationId) continue;
    const typed = `${contact.firstName} ${contact.lastName.slice(0, Math.max(3, contact.lastName.length - 2))}`;
    const { total } = await apiGet<DemoContact[]>('contacts', { filter: { q: typed }, range: [0, 0] });
    if (total !== 1) continue;
    const organisation = await page.request.get(`${server.baseUrl}/api/organisations/${contact.organisationId}`);
    const { name } = (await organisation.json()) as { name: string };
    return { contact, typed, organisationName: name };
  }
  throw new Error('no demo contact with a unique name among the first 50');
}

/** Waits until the keyboard focus is on the form field named `name`. */
async function focusIsOn(name: string): Promise<void> {
  await page.waitForFunction((expected) => document.activeElement?.getAttribute('name') === expected, name);
}

/** Waits until the open suggestion list holds a single option, highlighted, that reads `text`. */
async function onlySuggestion(text: string): Promise<void> {
  await page.waitForFunction((expected) => {
    const options = [...document.querySelectorAll('[role="listbox"] [role="option"]')];
    return options.length === 1 && (options[0].textContent ?? '').includes(expected) && options[0].classList.contains('Mui-focused');
  }, text);
}

/** Waits until an input shows `value` (an autocomplete once its record is loaded). */
async function inputShows(name: string, value: string): Promise<void> {
  const input = await page.locator(`input[name="${name}"]`).elementHandle();
  await page.waitForFunction(([element, expected]) => (element as { value?: string } | null)?.value === expected, [input, value] as const);
}

/** The value shown under a label on a record's page. */
const shownField = (label: string) =>
  page.locator('.RaLabeled-label', { hasText: new RegExp(`^${label.replace(/[()]/g, '\\$&')}$`) }).locator('..');
const statusChip = (label: string) => page.locator('.MuiChip-root', { hasText: new RegExp(`^${label}$`) }).first();
const statusButton = (label: string) => page.getByRole('group', { name: 'Passer à :' }).getByRole('button', { name: label, exact: true });

describe('staff console: the information-request desk', () => {
  it('logs a request with the keyboard alone, then assigns, moves and answers it, and finds it in the queue', async () => {
    const stamp = String(Date.now());
    const subject = `Cofinancement d’un projet au Togo ${stamp}`;
    await logIn('lyon@resacoop.test');
    const { contact, typed, organisationName } = await findDemoContact();
    const contactName = `${contact.firstName} ${contact.lastName}`;

    // The quick-entry form is the first entry of the menu after the dashboard.
    await page.getByRole('menuitem', { name: 'Nouvelle demande' }).click();
    await page.waitForURL(/\/requests\/create$/);

    // The channel has the focus, "phone" already chosen; Tab goes through the form in order.
    await page.waitForFunction(() => (document.activeElement as HTMLInputElement | null)?.value === 'phone');
    await focusIsOn('channel');
    await page.keyboard.press('Tab');
    await focusIsOn('contactId');
    await page.keyboard.type(typed);
    await onlySuggestion(`${contactName} — ${organisationName}`);
    await page.keyboard.press('Enter');
    await inputShows('contactId', contactName);
    // Choosing the contact fills in their organisation.
    await inputShows('organisationId', organisationName);

    await page.keyboard.press('Tab');
    await focusIsOn('organisationId');
    await page.keyboard.press('Tab');
    await focusIsOn('requesterName');
    await page.keyboard.press('Tab');
    await focusIsOn('requesterEmail');
    await page.keyboard.press('Tab');
    await focusIsOn('topic');
    await page.keyboard.type('financ');
    await onlySuggestion('Financements');
    await page.keyboard.press('Enter');
    await inputShows('topic', 'Financements');
    await page.keyboard.press('Tab');
    await focusIsOn('subject');
    await page.keyboard.type(subject);
    await page.keyboard.press('Tab');
    await focusIsOn('question');
    await page.keyboard.type('Quels cofinancements pour un projet d’adduction d’eau au Togo ?');
    await page.keyboard.press('Tab');
    await focusIsOn('answer');
    await page.keyboard.press('Tab');
    await focusIsOn('minutesSpent');
    await page.keyboard.type('5');
    // Ctrl+Enter saves from any field.
    await page.keyboard.press('Control+Enter');

    // Saved as a new request: its page opens.
    await page.waitForURL(/\/requests\/\d+\/show$/);
    const heading = page.getByRole('heading', { level: 1, name: /^DI-\d{4}-\d{4}$/ });
    const reference = (await heading.innerText()).trim();
    await page.getByText(subject, { exact: true }).first().waitFor();
    await statusChip(REQUEST_STATUS_LABELS.new.fr).waitFor();
    await page.getByRole('link', { name: contactName }).waitFor();
    await page.getByRole('link', { name: organisationName }).waitFor();

    // Assign it to oneself: the button goes, the name shows.
    await page.getByRole('button', { name: 'M’attribuer' }).click();
    await page.getByRole('button', { name: 'M’attribuer' }).waitFor({ state: 'detached' });
    await page.getByText('Louise Lyonnais', { exact: true }).first().waitFor();

    // In progress.
    await statusButton('En cours').click();
    await statusChip('En cours').waitFor();
    await statusButton('En attente du demandeur').waitFor();
    await statusButton('En cours').waitFor({ state: 'detached' });

    // Answered: without an answer yet, a dialog asks for it.
    await statusButton('Répondue').click();
    const dialog = page.getByRole('dialog');
    await dialog.waitFor();
    await page.waitForFunction(() => document.activeElement?.getAttribute('name') === 'answer');
    await page.keyboard.type('Voir l’appel à projets de la Région et le FRIO ; rendez-vous proposé.');
    await dialog.getByRole('button', { name: 'Enregistrer la réponse' }).click();
    await dialog.waitFor({ state: 'detached' });
    await statusChip('Répondue').waitFor();
    await statusButton('Clôturée').waitFor();
    await page.getByText('Voir l’appel à projets de la Région et le FRIO ; rendez-vous proposé.', { exact: true }).waitFor();
    // Each move is on the timeline.
    const timeline = page.locator('section[aria-label="Fil de la demande"]');
    await timeline.getByText('Nouvelle → En cours').waitFor();
    await timeline.getByText('En cours → Répondue').waitFor();

    // In the queue, under "answered this month".
    await page.getByRole('menuitem', { name: 'Demandes', exact: true }).click();
    await page.waitForURL(/\/requests(\?.*)?$/);
    await page.getByRole('tab', { name: 'Répondues ce mois-ci' }).click();
    await page.locator('[role="tab"][aria-selected="true"]', { hasText: 'Répondues ce mois-ci' }).waitFor();
    await page.locator('table tbody tr', { hasText: reference }).waitFor();
    await page.locator('table tbody tr', { hasText: reference }).getByText(subject).waitFor();
  });

  it('answers and closes a request from the quick-entry form, only once the answer is typed', async () => {
    const stamp = String(Date.now());
    const subject = `Offres de stage en ONG ${stamp}`;
    const answer = 'Orientée vers la bourse aux stages du réseau.';
    await logIn('lyon@resacoop.test');
    await page.getByRole('menuitem', { name: 'Demandes', exact: true }).click();
    await page.waitForURL(/\/requests(\?.*)?$/);
    // From the queue, one click.
    await page.getByRole('link', { name: 'Nouvelle demande' }).click();
    await page.waitForURL(/\/requests\/create$/);
    await focusIsOn('channel');
    // Another channel, with the arrow keys.
    await page.keyboard.press('ArrowRight');
    await page.waitForFunction(() => (document.activeElement as HTMLInputElement | null)?.value === 'email');
    await page.locator('input[name="requesterName"]').fill('Camille Petit');
    await page.locator('input[name="topic"]').focus();
    await page.keyboard.type('stages');
    await onlySuggestion('Emplois et stages');
    await page.keyboard.press('Enter');
    await page.locator('input[name="subject"]').fill(subject);
    await page.locator('textarea[name="question"]').fill('Où trouver des offres de stage ?');

    // Without an answer, nothing is sent: the answer field says why and has the focus.
    await page.getByRole('button', { name: 'Répondre et clôturer' }).click();
    await page.locator('textarea[name="answer"][aria-invalid="true"]').waitFor();
    await focusIsOn('answer');
    expect(page.url()).toMatch(/\/requests\/create$/);

    await page.keyboard.type(answer);
    await page.getByRole('button', { name: 'Répondre et clôturer' }).click();
    await page.waitForURL(/\/requests\/\d+\/show$/);
    await page.getByText(subject, { exact: true }).first().waitFor();
    await statusChip(REQUEST_STATUS_LABELS.closed.fr).waitFor();
    await page.getByText(answer, { exact: true }).waitFor();
    await shownField('Canal').getByText('E-mail', { exact: true }).waitFor();
    // The API went through "answered" to "closed"; from closed, only reopening is offered.
    const timeline = page.locator('section[aria-label="Fil de la demande"]');
    await timeline.getByText('Nouvelle → Répondue').waitFor();
    await timeline.getByText('Répondue → Clôturée').waitFor();
    const offered = (await page.getByRole('group', { name: 'Passer à :' }).getByRole('button').allTextContents()).map((text) =>
      text.trim(),
    );
    expect(offered).toEqual(REQUEST_TRANSITIONS.closed.map((status) => REQUEST_STATUS_LABELS[status].fr));
  });

  it('adds a note with minutes to the timeline, and the minutes to the request', async () => {
    const stamp = String(Date.now());
    await logIn('lyon@resacoop.test');
    const request = await apiCreateRequest({
      channel: 'email',
      topic: 'volunteering',
      subject: `Volontariat en Bolivie ${stamp}`,
      question: 'Quelles structures d’envoi ?',
      requesterName: 'Jeanne Martin',
      minutesSpent: 10,
    });
    await page.goto(`${server.baseUrl}/requests/${request.id}/show`);
    await page.getByRole('heading', { level: 1, name: request.reference }).waitFor();
    const minutes = shownField('Temps passé (min)');
    await minutes.getByText('10', { exact: true }).waitFor();

    const box = page.locator('section[aria-label="Ajouter un échange"]');
    const note = `Rappelée : liste des structures d’envoi transmise ${stamp}`;
    await box.locator('textarea[name="body"]').fill(note);
    await box.locator('input[name="minutesSpent"]').fill('20');
    await box.getByRole('button', { name: 'Ajouter' }).click();

    const entry = page.locator('section[aria-label="Fil de la demande"] li', { hasText: note });
    await entry.waitFor();
    await entry.getByText('20 min').waitFor();
    await entry.getByText('Note', { exact: true }).waitFor();
    await entry.getByText('Louise Lyonnais').waitFor();
    // The request's time spent now counts the note's minutes; the box is empty again.
    await minutes.getByText('30', { exact: true }).waitFor();
    await page.waitForFunction(() => (document.querySelector('textarea[name="body"]') as HTMLTextAreaElement | null)?.value === '');
  });

  it('offers exactly the legal moves of a new request', async () => {
    await logIn('lyon@resacoop.test');
    const request = await apiCreateRequest({
      channel: 'phone',
      topic: 'other',
      subject: `Documentation ${Date.now()}`,
      question: 'Une question',
      requesterName: 'Paul Durand',
    });
    await page.goto(`${server.baseUrl}/requests/${request.id}/show`);
    await page.getByRole('heading', { level: 1, name: request.reference }).waitFor();
    const group = page.getByRole('group', { name: 'Passer à :' });
    await group.getByRole('button').first().waitFor();
    const offered = (await group.getByRole('button').allTextContents()).map((text) => text.trim());
    expect(offered).toEqual(REQUEST_TRANSITIONS.new.map((status) => REQUEST_STATUS_LABELS[status].fr));
  });

  it('shows the desk to staff, not to relay users', async () => {
    await logIn('lyon@resacoop.test');
    await page.getByRole('menuitem', { name: 'Demandes', exact: true }).waitFor();
    await page.getByRole('menuitem', { name: 'Nouvelle demande' }).waitFor();
    await context.close();

    ({ context, page } = await newPage(browser));
    await page.goto(`${server.baseUrl}/`);
    await page.waitForURL(/\/login$/);
    await page.locator('input[name="email"]').fill('isere@relais.test');
    await page.locator('input[name="password"]').fill(DEMO_PASSWORD);
    await page.getByRole('button', { name: 'Connexion' }).click();
    // A relay user's home is their own dashboard; the menu, built from the permissions, has no requests.
    await page.getByRole('heading', { name: /^Bonjour/ }).waitFor();
    await page.getByRole('menuitem', { name: 'Mes accompagnements' }).waitFor();
    expect(await page.getByRole('menuitem', { name: 'Demandes', exact: true }).count()).toBe(0);
    expect(await page.getByRole('menuitem', { name: 'Nouvelle demande' }).count()).toBe(0);
    // Nor can the pages be reached by their address.
    await page.goto(`${server.baseUrl}/requests/create`);
    await page.getByText('Page manquante').waitFor();
    expect(await page.locator('input[name="subject"]').count()).toBe(0);
  });
});
