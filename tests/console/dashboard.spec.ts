/**
 * Browser tests of the home page: what is late or due soon for the logged-in user, the relay
 * proposals not answered yet and, for the team, this year's headline figures.
 * Same harness as directory.spec.ts: Chromium (Debian's) driven by playwright-core against the
 * built console served by the real API on a fresh, seeded database (see ./server).
 */
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { launchChromium, logInAs, newPage } from './browser';
import { startServer } from './server';

jest.setTimeout(120_000);

const STAFF = 'lyon@resacoop.test';
const ISERE_RELAY = 'isere@relais.test';

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
async function apiGet<T>(path: string): Promise<T> {
  const response = await page.request.get(`${server.baseUrl}/api/${path}`);
  if (!response.ok()) throw new Error(`GET ${path}: ${response.status()} ${await response.text()}`);
  return (await response.json()) as T;
}

/** A write through the API (the CSRF check wants the app's own origin). */
async function apiPost<T>(path: string, data: Record<string, unknown>): Promise<T> {
  const response = await page.request.post(`${server.baseUrl}/api/${path}`, { data, headers: { Origin: server.baseUrl } });
  if (!response.ok()) throw new Error(`POST ${path}: ${response.status()} ${await response.text()}`);
  return (await response.json()) as T;
}

interface Dashboard {
  requests: { overdueCount: number; dueSoonCount: number };
  followUps: { overdueCount: number; dueSoonCount: number };
  assignments: { count: number };
  figures: { year: number; requests: number } | null;
}

const section = (title: string) => page.getByRole('region', { name: title, exact: true });

/** The total a section shows beside its title. */
const countOf = (title: string) =>
  section(title)
    .getByLabel(/^Total : \d+$/)
    .innerText();

describe('dashboard', () => {
  it('shows a staff member their late and due-soon work with counts, and opens an overdue request in one click', async () => {
    await logIn(STAFF);
    const me = await apiGet<{ id: number }>('auth/me');
    // Received long ago and still open: overdue, and first of the list (oldest due date first).
    const overdue = await apiPost<{ id: number; reference: string }>('requests', {
      channel: 'email',
      topic: 'partnership',
      subject: 'Partenaire au Burkina Faso, toujours sans réponse',
      question: 'Connaissez-vous des associations partenaires à Bobo-Dioulasso ?',
      requesterName: 'Jeanne Martin',
      assigneeId: me.id,
      status: 'in_progress',
      receivedAt: '2020-01-06T09:00:00.000Z',
    });
    const expected = await apiGet<Dashboard>('dashboard');
    expect(expected.requests.overdueCount).toBeGreaterThan(0);
    await page.reload();

    await expect(countOf('Mes demandes en retard')).resolves.toBe(String(expected.requests.overdueCount));
    await expect(countOf('Mes demandes à échéance proche')).resolves.toBe(String(expected.requests.dueSoonCount));
    await expect(countOf('Mes relances de suivi')).resolves.toBe(String(expected.followUps.overdueCount + expected.followUps.dueSoonCount));
    await expect(countOf('Propositions de relais non confirmées')).resolves.toBe(String(expected.assignments.count));
    const year = new Date().getFullYear();
    const figures = section(`Chiffres clés de l’année ${year}`);
    await figures.getByText(String(expected.figures?.requests), { exact: true }).waitFor();
    await figures.getByRole('link', { name: 'Voir les chiffres clés' }).waitFor();

    const seeAll = section('Mes demandes en retard').getByRole('link', { name: 'Tout voir' });
    expect(decodeURIComponent((await seeAll.getAttribute('href')) ?? '')).toBe(`/requests?filter={"assigneeId":${me.id},"overdue":true}`);

    await section('Mes demandes en retard')
      .getByRole('link', { name: new RegExp(`^${overdue.reference} · Partenaire au Burkina Faso`) })
      .click();
    await page.waitForURL(new RegExp(`/requests/${overdue.id}/show$`));
    await page.getByRole('heading', { name: overdue.reference, exact: true }).waitFor();
  });

  it('shows a relay user their follow-ups and the proposals awaiting their answer, without requests or figures', async () => {
    await logIn(ISERE_RELAY);
    const expected = await apiGet<Dashboard>('dashboard');
    await expect(countOf('Mes relances de suivi')).resolves.toBe(String(expected.followUps.overdueCount + expected.followUps.dueSoonCount));
    await expect(countOf('Propositions en attente de votre réponse')).resolves.toBe(String(expected.assignments.count));
    await expect(section('Mes demandes en retard').count()).resolves.toBe(0);
    await expect(page.getByRole('region', { name: /^Chiffres clés/ }).count()).resolves.toBe(0);
    await expect(page.getByRole('menuitem', { name: 'Chiffres clés' }).count()).resolves.toBe(0);
    await page.getByRole('menuitem', { name: 'Mes accompagnements' }).click();
    await page.waitForURL(/\/cases/);
  });
});
