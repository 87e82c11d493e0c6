/**
 * A save says what was saved, by the record's name or reference ("Accompagnement AC-2024-0012
 * enregistré"), on every resource's edit page (creations: directory.spec.ts). Same harness as
 * directory.spec.ts.
 */
import { useConsole } from './harness';

const ui = useConsole();

/** On a record's edit page (opened unless it is the current page), changes one text input, saves, and waits for the notification. */
async function editAndSave(path: string, input: string, value: string, notification: string): Promise<void> {
  if (new URL(ui.page.url()).pathname !== path) await ui.page.goto(`${ui.baseUrl}${path}`);
  await ui.page.locator(`input[name="${input}"]`).fill(value);
  await ui.page.getByRole('button', { name: 'Enregistrer' }).click();
  await ui.page.getByText(notification, { exact: true }).waitFor();
}

describe('a save names what it saved', () => {
  it('on a case’s and a contact’s edit pages (staff)', async () => {
    await ui.logIn('lyon@resacoop.test');
    const [kase] = await ui.apiGet<{ id: number; reference: string }[]>('cases', { filter: { status: 'open' }, range: [0, 0] });
    await ui.page.goto(`${ui.baseUrl}/cases/${kase.id}`);
    await ui.page.locator('input[name="nextFollowUpAt"]').fill('2031-03-14');
    await editAndSave(`/cases/${kase.id}`, 'projectTitle', 'Projet renommé', `Accompagnement ${kase.reference} enregistré`);
    await ui.page.waitForURL(new RegExp(`/cases/${kase.id}/show$`));
    // Its history shows the follow-up day as a French date, never as 2031-03-14.
    const history = ui.page.locator('section[aria-label="Historique"]');
    await history.getByText('14/03/2031').waitFor();
    expect(await history.innerText()).not.toMatch(/\d{4}-\d{2}-\d{2}/);

    const [contact] = await ui.apiGet<{ id: number; firstName: string; lastName: string }[]>('contacts', { range: [0, 0] });
    await editAndSave(`/contacts/${contact.id}`, 'function', 'Trésorière', `Contact ${contact.firstName} ${contact.lastName} enregistré`);
    await ui.page.waitForURL(new RegExp(`/contacts/${contact.id}/show$`));
  });

  it('on a user’s and a relay’s edit pages (administrator)', async () => {
    await ui.logIn('admin@resacoop.test');
    const [user] = await ui.apiGet<{ id: number }[]>('users', { filter: { role: 'staff' }, range: [0, 0] });
    await editAndSave(`/users/${user.id}`, 'fullName', 'Camille Renommée', 'Utilisateur Camille Renommée enregistré');
    await ui.page.waitForURL(new RegExp(`/users/${user.id}/show$`));

    const [relay] = await ui.apiGet<{ id: number; name: string }[]>('relays', { range: [0, 0] });
    await editAndSave(`/relays/${relay.id}`, 'name', `${relay.name} (relais)`, `Relais ${relay.name} (relais) enregistré`);
    await ui.page.waitForURL(/\/relays$/);
  });
});
