/**
 * Browser test of the CSV import: Chromium (Debian's) driven by playwright-core against the built
 * console served by the real API on a fresh, seeded database (see ./server).
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

/** Chooses a CSV file in the import page, as a person picking it from their disk. */
async function chooseFile(lines: string[]): Promise<void> {
  await page.locator('input[type="file"]').setInputFiles({
    name: 'organisations.csv',
    mimeType: 'text/csv',
    buffer: Buffer.from(lines.join('\r\n'), 'utf8'),
  });
}

describe('staff console: CSV import', () => {
  it('previews a file with a bad row, takes the corrected file and a changed mapping, imports it', async () => {
    const stamp = String(Date.now());
    const [first, second] = [`Jumelage Grenoble-Ouaga ${stamp}`, `Solidarité Drôme-Sahel ${stamp}`];

    await logInAs(page, server.baseUrl, 'lyon@resacoop.test');
    await page.getByRole('menuitem', { name: 'Organisations' }).click();
    await page.waitForURL(/\/organisations$/);
    await page.getByRole('link', { name: 'Importer' }).click();
    await page.waitForURL(/\/import\/organisations$/);

    // A département that does not exist: the row is shown in error and nothing can be imported.
    await chooseFile(['Nom;Type;Département;Ville', `${first};Association / ONG;38 Isère;Grenoble`, `${second};association;99;Valence`]);
    const errors = page.getByRole('table', { name: 'Erreurs' });
    await errors.getByRole('row', { name: /^3 Département valeur non autorisée$/ }).waitFor();
    await page.getByRole('status').getByText('2 lignes : 1 valides, 1 en erreur').waitFor();
    expect(await page.getByRole('button', { name: 'Importer 1 ligne' }).isDisabled()).toBe(true);

    // The corrected file titles its name column differently: it is mapped by hand.
    await chooseFile([
      'Structure;Type;Département;Ville',
      `${first};Association / ONG;38 Isère;Grenoble`,
      `${second};association;26;Valence`,
    ]);
    await page.getByRole('status').getByText('2 lignes : 0 valides, 2 en erreur').waitFor();
    await page.getByRole('combobox', { name: 'Structure' }).click();
    await page.getByRole('option', { name: 'Nom', exact: true }).click();
    await page.getByRole('status').getByText('2 lignes : 2 valides, 0 en erreur').waitFor();
    await page.getByRole('table', { name: 'Aperçu des premières lignes' }).getByRole('cell', { name: second }).waitFor();

    await page.getByRole('button', { name: 'Importer 2 lignes' }).click();
    await page.getByText('2 fiches importées.').waitFor();
    await page.waitForURL(/\/organisations(\?.*)?$/);

    // The new organisations are in the directory, with their département.
    await page.locator('input[name="q"]').fill(`Drome Sahel ${stamp}`);
    const row = page.locator('table tbody tr', { hasText: second });
    await row.waitFor();
    expect(await row.innerText()).toContain('26 Drôme');
  });
});
