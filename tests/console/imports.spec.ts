/**
 * Browser test of the CSV import: Chromium (Debian's) driven by playwright-core against the built
 * console served by the real API on a fresh, seeded database (see ./server).
 */
import { useConsole } from './harness';

const ui = useConsole();

/** Chooses a CSV file in the import page, as a person picking it from their disk. */
async function chooseFile(lines: string[]): Promise<void> {
  await ui.page.locator('input[type="file"]').setInputFiles({
    name: 'organisations.csv',
    mimeType: 'text/csv',
    buffer: Buffer.from(lines.join('\r\n'), 'utf8'),
  });
}

describe('staff console: CSV import', () => {
  it('previews a file with a bad row, takes the corrected file and a changed mapping, imports it', async () => {
    const stamp = String(Date.now());
    const [first, second] = [`Jumelage Grenoble-Ouaga ${stamp}`, `Solidarité Drôme-Sahel ${stamp}`];

    await ui.logIn('lyon@resacoop.test');
    await ui.page.getByRole('menuitem', { name: 'Organisations' }).click();
    await ui.page.waitForURL(/\/organisations$/);
    await ui.page.getByRole('link', { name: 'Importer' }).click();
    await ui.page.waitForURL(/\/import\/organisations$/);

    // A département that does not exist: the row is shown in error and nothing can be imported.
    await chooseFile(['Nom;Type;Département;Ville', `${first};Association / ONG;38 Isère;Grenoble`, `${second};association;99;Valence`]);
    const errors = ui.page.getByRole('table', { name: 'Erreurs' });
    await errors.getByRole('row', { name: /^3 Département valeur non autorisée$/ }).waitFor();
    await ui.page.getByRole('status').getByText('2 lignes : 1 valide, 1 en erreur').waitFor();
    expect(await ui.page.getByRole('button', { name: 'Importer 1 ligne' }).isDisabled()).toBe(true);

    // The corrected file titles its name column differently: it is mapped by hand.
    await chooseFile([
      'Structure;Type;Département;Ville',
      `${first};Association / ONG;38 Isère;Grenoble`,
      `${second};association;26;Valence`,
    ]);
    await ui.page.getByRole('status').getByText('2 lignes : 0 valide, 2 en erreur').waitFor();
    await ui.page.getByRole('combobox', { name: 'Structure' }).click();
    await ui.page.getByRole('option', { name: 'Nom', exact: true }).click();
    await ui.page.getByRole('status').getByText('2 lignes : 2 valides, 0 en erreur').waitFor();
    await ui.page.getByRole('table', { name: 'Aperçu des premières lignes' }).getByRole('cell', { name: second }).waitFor();

    await ui.page.getByRole('button', { name: 'Importer 2 lignes' }).click();
    await ui.page.getByText('2 fiches importées.').waitFor();
    await ui.page.waitForURL(/\/organisations(\?.*)?$/);

    // The new organisations are in the directory, with their département.
    await ui.page.locator('input[name="q"]').fill(`Drome Sahel ${stamp}`);
    const row = ui.page.locator('table tbody tr', { hasText: second });
    await row.waitFor();
    expect(await row.innerText()).toContain('26 Drôme');
  });
});
