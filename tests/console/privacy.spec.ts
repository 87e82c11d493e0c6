/**
 * Browser tests of the GDPR on a contact's page: consent shown with its date, the export of the
 * person's data, and the erasure by an administrator.
 */
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { launchChromium, logInAs, newPage } from './browser';
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

/** A contact created through the API with the logged-in user's session, as the console's own calls are. */
async function createContact(lastName: string): Promise<number> {
  const response = await page.request.post(`${server.baseUrl}/api/contacts`, {
    headers: { Origin: server.baseUrl },
    data: {
      firstName: 'Maëlle',
      lastName,
      email: `${lastName.toLowerCase()}@example.org`,
      phone: '04 73 00 00 42',
      newsletterConsentAt: '2024-03-12T10:00:00.000Z',
    },
  });
  expect(response.status()).toBe(201);
  return (await response.json()).id;
}

describe('console: GDPR on a contact', () => {
  it('lets an administrator erase a contact, after which the page says so and offers no edit', async () => {
    const lastName = `Oubli-${Date.now()}`;
    await logInAs(page, server.baseUrl, 'admin@resacoop.test');
    const id = await createContact(lastName);

    await page.goto(`${server.baseUrl}/contacts/${id}/show`);
    await page.getByText('Abonné·e à la lettre depuis le 12/03/2024').waitFor();
    await page.getByText(lastName, { exact: true }).waitFor();
    await page.getByRole('link', { name: 'Exporter les données (RGPD)' }).waitFor();
    await page.getByRole('link', { name: 'Éditer' }).waitFor();

    await page.getByRole('button', { name: 'Effacer (RGPD)' }).click();
    const dialog = page.getByRole('dialog', { name: `Effacer les données de Maëlle ${lastName} ?` });
    await dialog.getByText(/^Cette opération est définitive/).waitFor();
    await dialog.getByRole('button', { name: 'Effacer définitivement' }).click();

    await page.getByText(/^Données effacées le \d{2}\/\d{2}\/\d{4}/).waitFor();
    await page.getByText('Personne', { exact: true }).first().waitFor();
    await page.getByText('effacée', { exact: true }).first().waitFor();
    await page.getByText('Pas de consentement').waitFor();
    expect(await page.getByText(lastName).count()).toBe(0);
    expect(await page.getByRole('link', { name: 'Éditer' }).count()).toBe(0);
    expect(await page.getByRole('button', { name: 'Effacer (RGPD)' }).count()).toBe(0);
    await page.locator('section[aria-label="Historique"]', { hasText: 'Effacement (RGPD)' }).waitFor();
  });

  it('gives staff the export but not the erasure, and the review of inactive contacts', async () => {
    await logInAs(page, server.baseUrl, 'lyon@resacoop.test');
    const id = await createContact(`Garde-${Date.now()}`);

    await page.goto(`${server.baseUrl}/contacts/${id}/show`);
    const exportLink = page.getByRole('link', { name: 'Exporter les données (RGPD)' });
    await exportLink.waitFor();
    expect(await exportLink.getAttribute('href')).toBe(`/api/contacts/${id}/personal-data`);
    await page.getByRole('link', { name: 'Éditer' }).waitFor();
    expect(await page.getByRole('button', { name: 'Effacer (RGPD)' }).count()).toBe(0);
    expect(await page.locator('section[aria-label="Consultations par les relais"]').count()).toBe(0);

    await page.goto(`${server.baseUrl}/contacts?filter=${encodeURIComponent(JSON.stringify({ inactive: true }))}`);
    await page.getByLabel('Sans activité depuis 3 ans').waitFor();
    await page.locator('table tbody tr').first().waitFor();
  });
});
