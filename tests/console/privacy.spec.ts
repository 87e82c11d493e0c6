/**
 * Browser tests of the GDPR on a contact's page: consent shown with its date, the export of the
 * person's data, and the erasure by an administrator.
 */
import { useConsole } from './harness';

const ui = useConsole();

/** A contact created through the API with the logged-in user's session, as the console's own calls are. */
async function createContact(lastName: string): Promise<number> {
  const response = await ui.page.request.post(`${ui.baseUrl}/api/contacts`, {
    headers: { Origin: ui.baseUrl },
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
    await ui.logIn('admin@resacoop.test');
    const id = await createContact(lastName);

    await ui.page.goto(`${ui.baseUrl}/contacts/${id}/show`);
    await ui.page.getByText('Abonné·e à la lettre depuis le 12/03/2024').waitFor();
    await ui.page.getByText(lastName, { exact: true }).waitFor();
    await ui.page.getByRole('link', { name: 'Exporter les données (RGPD)' }).waitFor();
    await ui.page.getByRole('link', { name: 'Éditer' }).waitFor();

    await ui.page.getByRole('button', { name: 'Effacer (RGPD)' }).click();
    const dialog = ui.page.getByRole('dialog', { name: `Effacer les données de Maëlle ${lastName} ?` });
    await dialog.getByText(/^Cette opération est définitive/).waitFor();
    await dialog.getByRole('button', { name: 'Effacer définitivement' }).click();

    await ui.page.getByText(/^Données effacées le \d{2}\/\d{2}\/\d{4}/).waitFor();
    await ui.page.getByText('Personne', { exact: true }).first().waitFor();
    await ui.page.getByText('effacée', { exact: true }).first().waitFor();
    await ui.page.getByText('Pas de consentement').waitFor();
    expect(await ui.page.getByText(lastName).count()).toBe(0);
    expect(await ui.page.getByRole('link', { name: 'Éditer' }).count()).toBe(0);
    expect(await ui.page.getByRole('button', { name: 'Effacer (RGPD)' }).count()).toBe(0);
    await ui.page.locator('section[aria-label="Historique"]', { hasText: 'Effacement (RGPD)' }).waitFor();
  });

  it('gives staff the export but not the erasure, and the review of inactive contacts', async () => {
    await ui.logIn('lyon@resacoop.test');
    const id = await createContact(`Garde-${Date.now()}`);

    await ui.page.goto(`${ui.baseUrl}/contacts/${id}/show`);
    const exportLink = ui.page.getByRole('link', { name: 'Exporter les données (RGPD)' });
    await exportLink.waitFor();
    expect(await exportLink.getAttribute('href')).toBe(`/api/contacts/${id}/personal-data`);
    await ui.page.getByRole('link', { name: 'Éditer' }).waitFor();
    expect(await ui.page.getByRole('button', { name: 'Effacer (RGPD)' }).count()).toBe(0);
    expect(await ui.page.locator('section[aria-label="Consultations par les relais"]').count()).toBe(0);

    await ui.page.goto(`${ui.baseUrl}/contacts?filter=${encodeURIComponent(JSON.stringify({ inactive: true }))}`);
    await ui.page.getByLabel('Sans activité depuis 3 ans').waitFor();
    await ui.page.locator('table tbody tr').first().waitFor();
  });
});
