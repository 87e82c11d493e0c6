/**
 * Browser tests of the key-figures page ("Chiffres clés"): the 2024 figures of the demo data as the
 * annual report printed them, the comparison with 2023, the CSV export, the print layout, and an
 * administrator publishing 2024 (frozen figures, today's beside them once they move).
 * Same harness as directory.spec.ts: Chromium (Debian's) driven by playwright-core against the
 * built console served by the real API on a fresh, seeded database (see ./server).
 */
import { readFile } from 'node:fs/promises';
import { useConsole } from './harness';

const STAFF = 'lyon@resacoop.test';
const ADMIN = 'admin@resacoop.test';

const ui = useConsole();

/** A headline card of the page, by its label. */
const headline = (label: string) => ui.page.getByRole('region', { name: label, exact: true });

const REQUESTS = 'demandes d’information ponctuelles traitées par l’équipe';
const LED_BY_TEAM = 'accompagnements personnalisés de porteurs de projets';
const THROUGH_RELAY = 'accompagnements dans les départements régionaux';
const RELAY_ZONES = 'Accompagnements dans les départements, par zone du monde';

async function openYear(year: number): Promise<void> {
  await ui.page.getByRole('menuitem', { name: 'Chiffres clés' }).click();
  await ui.page.waitForURL(/\/reports/);
  await ui.page.getByRole('combobox', { name: 'Année' }).click();
  await ui.page.getByRole('option', { name: String(year), exact: true }).click();
  await ui.page.waitForURL(new RegExp(`from=${year}-01-01&to=${year}-12-31`));
  await ui.page.getByRole('heading', { name: `Chiffres clés ${year}`, exact: true }).waitFor();
}

describe('key figures', () => {
  it('shows the 2024 figures as the annual report printed them, compares them with 2023 and exports them', async () => {
    const scripts: string[] = [];
    ui.page.on('request', (request) => {
      if (request.resourceType() === 'script') scripts.push(request.url());
    });
    await ui.logIn(STAFF);
    // The page and its charts library are loaded only when the page is opened.
    expect(scripts.some((url) => url.includes('KeyFiguresPage'))).toBe(false);

    await openYear(2024);
    expect(scripts.some((url) => url.includes('KeyFiguresPage'))).toBe(true);
    await headline(REQUESTS).getByText('350', { exact: true }).waitFor();
    await headline(LED_BY_TEAM).getByText('180', { exact: true }).waitFor();
    await headline(THROUGH_RELAY).getByText('134', { exact: true }).waitFor();

    const relayZones = ui.page.getByRole('region', { name: RELAY_ZONES });
    await relayZones.getByText('57% France (77)', { exact: true }).waitFor();
    await relayZones.getByText('35% Afrique subsaharienne et océan Indien (47)', { exact: true }).waitFor();
    const france = relayZones.getByRole('table').getByRole('row', { name: /^France / });
    await expect(france.getByRole('cell').allInnerTexts()).resolves.toEqual(['France', '77', '57\u00a0%']);
    await expect(relayZones.locator('svg').count()).resolves.toBeGreaterThan(0);
    // A case counts in every zone of its project, as the zone tables say; the charts' labels are whole.
    await relayZones.getByText(/plusieurs zones compte dans chacune/).waitFor();
    await ui.page
      .getByRole('region', { name: 'Accompagnements par zone du monde' })
      .getByText(/plusieurs zones compte dans chacune/)
      .waitFor();
    await relayZones.locator('svg text', { hasText: 'Afrique subsaharienne et océan Indien' }).first().waitFor();
    expect((await ui.page.locator('main svg text').allTextContents()).filter((text) => text.includes('…'))).toEqual([]);
    // "Opened in 2024" and "active in 2024": the period says why the two numbers differ.
    const opened = await headline('accompagnements ouverts en 2024').locator('p').first().innerText();
    const active = await headline('accompagnements actifs en 2024 (ouverts ou en pause à un moment)').locator('p').first().innerText();
    expect(Number(opened.replace(/\D/g, ''))).toBeLessThanOrEqual(Number(active.replace(/\D/g, '')));
    await ui.page
      .getByRole('region', { name: 'Mois par mois' })
      .getByRole('row', { name: /^janv\. 2024 / })
      .waitFor();
    // Staff read and export; publishing is for administrators.
    await expect(ui.page.getByRole('button', { name: /^Publier/ }).count()).resolves.toBe(0);

    await ui.page.getByLabel('Comparer avec la période précédente').check();
    await ui.page.waitForURL(/compare=1/);
    await headline(REQUESTS)
      .getByText(/par rapport à 2023/)
      .waitFor();
    await relayZones.getByRole('columnheader', { name: '2023' }).waitFor();

    const [download] = await Promise.all([
      ui.page.waitForEvent('download'),
      ui.page.getByRole('link', { name: 'Exporter en CSV' }).click(),
    ]);
    expect(download.suggestedFilename()).toBe('chiffres-cles-2024-01-01-2024-12-31.csv');
    const csv = await readFile(await download.path(), 'utf8');
    expect(csv.charCodeAt(0)).toBe(0xfeff);
    expect(csv).toContain('350');

    // On paper: the figures alone, without the app bar, the menu, the picker or the buttons.
    await ui.page.emulateMedia({ media: 'print' });
    await expect(ui.page.locator('header').isHidden()).resolves.toBe(true);
    await expect(ui.page.getByRole('menuitem', { name: 'Chiffres clés' }).isHidden()).resolves.toBe(true);
    await expect(ui.page.getByRole('button', { name: 'Imprimer' }).isHidden()).resolves.toBe(true);
    await expect(ui.page.getByRole('combobox', { name: 'Année' }).isHidden()).resolves.toBe(true);
    await expect(headline(REQUESTS).isVisible()).resolves.toBe(true);
    // Charts take the printed page's width, beside their tables.
    const chart = relayZones.locator('svg').first();
    await expect(chart.isVisible()).resolves.toBe(true);
    const box = await chart.boundingBox();
    expect(box?.width).toBeLessThanOrEqual(330);
    expect(box?.height).toBeGreaterThan(0);
  });

  it('shows any period from one day to another, and says why the API refuses one', async () => {
    await ui.logIn(STAFF);
    await ui.page.getByRole('menuitem', { name: 'Chiffres clés' }).click();
    await ui.page.getByRole('combobox', { name: 'Année' }).click();
    await ui.page.getByRole('option', { name: 'Période personnalisée' }).click();
    await ui.page.locator('input[name="from"]').fill('2024-03-01');
    await ui.page.locator('input[name="to"]').fill('2024-06-30');
    await ui.page.waitForURL(/from=2024-03-01&to=2024-06-30/);
    await ui.page.getByRole('heading', { name: 'Chiffres clés du 01/03/2024 au 30/06/2024', exact: true }).waitFor();
    await ui.page
      .getByRole('region', { name: 'Mois par mois' })
      .getByRole('row', { name: /^juin 2024 / })
      .waitFor();
    await expect(
      ui.page
        .getByRole('region', { name: 'Mois par mois' })
        .getByRole('row', { name: /^juil\. 2024 / })
        .count(),
    ).resolves.toBe(0);

    await ui.page.locator('input[name="to"]').fill('2024-01-31');
    await ui.page.getByText('la fin de la période précède son début').waitFor();
    await ui.page.getByText('Impossible de calculer les chiffres de cette période.').waitFor();
  });

  it('lets an administrator publish 2024: the page then shows the frozen figures, and today’s beside them once they move', async () => {
    await ui.logIn(ADMIN);
    await openYear(2024);
    await ui.page.getByRole('button', { name: 'Publier l’année 2024' }).click();
    const dialog = ui.page.getByRole('dialog', { name: 'Publier les chiffres de 2024 ?' });
    await dialog.getByText(/seront figés/).waitFor();
    await dialog.getByRole('button', { name: 'Publier', exact: true }).click();

    const banner = ui.page.getByRole('status').filter({ hasText: 'Chiffres publiés le' });
    await banner.getByText(/par Claire Coordination, figés\./).waitFor();
    await expect(ui.page.getByRole('button', { name: 'Publier l’année 2024' }).count()).resolves.toBe(0);
    await headline(REQUESTS).getByText('350', { exact: true }).waitFor();

    // A request of 2024 noted late changes the live figures, never the published ones.
    await ui.apiPost('requests', {
      site: 'lyon',
      channel: 'phone',
      topic: 'funding',
      subject: 'Demande de 2024 notée après la publication',
      question: 'Quels financements pour un projet au Sénégal ?',
      requesterName: 'Particulier (appel)',
      receivedAt: '2024-06-14T09:30:00.000Z',
    });
    await ui.page.reload();
    await banner.getByText(/Les chiffres actuels diffèrent/).waitFor();
    await headline(REQUESTS).getByText('350', { exact: false }).first().waitFor();
    await headline(REQUESTS).getByText('actuel : 351', { exact: true }).waitFor();
  });
});
