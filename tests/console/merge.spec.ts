/**
 * Browser test of the directory's upkeep: an organisation's page lists its likely duplicates, and an
 * administrator merges one into it (see ./server for the built console on a seeded database).
 */
import { useConsole } from './harness';

const ui = useConsole();

/** A call to the API from the logged-in page, as the console makes it (session cookie, same origin). */
async function api(method: 'GET' | 'POST', path: string, body?: unknown): Promise<{ status: number; body: Record<string, unknown> }> {
  return ui.page.evaluate(
    async ([method, path, body]) => {
      const response = await fetch(`/api${path}`, {
        method,
        credentials: 'include',
        headers: body === undefined ? {} : { 'Content-Type': 'application/json' },
        body: body === undefined ? undefined : JSON.stringify(body),
      });
      return { status: response.status, body: await response.json() };
    },
    [method, path, body] as const,
  );
}

/** Letters only, so that the two names share it and nothing else in the directory does. */
const marker = () =>
  Date.now()
    .toString(36)
    .replace(/[0-9]/g, (digit) => 'qwxzjkvbgh'[Number(digit)]);

async function similarPair(): Promise<{ kept: { id: number; name: string }; duplicate: { id: number; name: string } }> {
  const word = marker();
  const created = async (name: string, city: string) => {
    const response = await api('POST', '/organisations', { name, type: 'association', city });
    expect(response.status).toBe(201);
    return response.body as { id: number; name: string };
  };
  const kept = await created(`Association Les Amis du Sénégal ${word}`, 'Valence');
  const duplicate = await created(`LES AMIS DU SENEGAL ${word}`, 'Die');
  return { kept, duplicate };
}

describe('console: likely duplicates and merge', () => {
  it('lets an administrator merge a likely duplicate into the organisation on display', async () => {
    await ui.logIn('admin@resacoop.test');
    const { kept, duplicate } = await similarPair();
    const lastName = `Ndiaye-${marker()}`;
    expect((await api('POST', '/contacts', { organisationId: duplicate.id, firstName: 'Awa', lastName })).status).toBe(201);

    await ui.page.goto(`${ui.baseUrl}/organisations/${kept.id}/show`);
    const panel = ui.page.locator('section[aria-label="Doublons probables"]');
    const row = panel.getByTestId('duplicate').filter({ hasText: duplicate.name });
    await row.getByText('nom proche').waitFor();
    await row.getByRole('link', { name: duplicate.name }).waitFor();

    await row.getByRole('button', { name: 'Fusionner ici' }).click();
    const dialog = ui.page.getByRole('dialog', { name: `Fusionner « ${duplicate.name} » dans « ${kept.name} » ?` });
    await dialog.getByText('À déplacer : 1 contact, 0 demande, 0 accompagnement.').waitFor();
    await dialog.getByText(`La fiche « ${duplicate.name} » disparaîtra.`, { exact: false }).waitFor();
    await dialog.getByRole('button', { name: 'Fusionner', exact: true }).click();

    await ui.page.getByText(`Fusion effectuée : « ${duplicate.name} » a rejoint cette fiche.`).waitFor();
    await ui.page.locator('section[aria-label="Contacts de l’organisation"] table tbody tr', { hasText: lastName }).waitFor();
    await panel.getByText('Aucun doublon probable.').waitFor();
    // Its history shows the merge, naming the absorbed record.
    await ui.page.locator('section[aria-label="Historique"] tr', { hasText: 'Fusion' }).filter({ hasText: duplicate.name }).waitFor();
    expect((await api('GET', `/organisations/${duplicate.id}`)).status).toBe(404);
  });

  it('shows staff the duplicates without the merge', async () => {
    await ui.logIn('lyon@resacoop.test');
    const { kept, duplicate } = await similarPair();
    await ui.page.goto(`${ui.baseUrl}/organisations/${kept.id}/show`);
    const row = ui.page.locator('section[aria-label="Doublons probables"]').getByTestId('duplicate').filter({ hasText: duplicate.name });
    await row.getByText('nom proche').waitFor();
    expect(await row.getByRole('button', { name: 'Fusionner ici' }).count()).toBe(0);
  });
});
