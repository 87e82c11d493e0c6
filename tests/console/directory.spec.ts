/**
 * Browser tests of the staff console: Chromium (Debian's) driven by playwright-core against the
 * built console served by the real API on a fresh, seeded database (see ./server).
 */
import { freshSiret } from '../api/support/identifiers';
import { useConsole } from './harness';

const ui = useConsole();

/** The error message shown under a form field, once the field is marked invalid. */
async function fieldError(name: string): Promise<string> {
  const input = ui.page.locator(`input[name="${name}"]`);
  await ui.page.locator(`input[name="${name}"][aria-invalid="true"]`).waitFor();
  const helperId = await input.getAttribute('aria-describedby');
  if (!helperId) throw new Error(`the ${name} field has no message attached`);
  return ui.page.locator(`[id="${helperId}"]`).innerText();
}

/** Waits until the list shows exactly one row, the one holding `text`. */
async function waitForOnlyRow(text: string): Promise<void> {
  await ui.page.locator('table tbody tr', { hasText: text }).waitFor();
  await ui.page.locator('table tbody tr').nth(1).waitFor({ state: 'detached' });
}

describe('staff console: the directory', () => {
  it('creates, finds, edits an organisation and adds a contact to it', async () => {
    const stamp = String(Date.now());
    const name = `Coopération Éducative Ardèche ${stamp}`;
    const lastName = `Dupré-${stamp}`;

    await ui.logIn('lyon@resacoop.test');

    // Create an organisation through the form.
    await ui.page.getByRole('menuitem', { name: 'Organisations' }).click();
    await ui.page.waitForURL(/\/organisations$/);
    await ui.page.getByRole('link', { name: 'Créer' }).click();
    await ui.page.waitForURL(/\/organisations\/create$/);
    await ui.page.locator('input[name="name"]').fill(name);
    await ui.page.getByRole('combobox', { name: /^Type/ }).click();
    await ui.page.getByRole('option', { name: 'Association / ONG' }).click();
    await ui.page.getByRole('combobox', { name: /^Département/ }).click();
    await ui.page.getByRole('option', { name: '07 Ardèche' }).click();
    await ui.page.locator('input[name="city"]').fill('Aubenas');

    // A SIRET failing its check digit: the API's message shows next to the field, nothing is created.
    await ui.page.locator('input[name="siret"]').fill('12345678901234');
    await ui.page.getByRole('button', { name: 'Enregistrer' }).click();
    expect((await fieldError('siret')).trim().length).toBeGreaterThan(1);
    expect(ui.page.url()).toMatch(/\/organisations\/create$/);

    // With a valid SIRET the organisation is saved, by name, and its page opens.
    await ui.page.locator('input[name="siret"]').fill(freshSiret());
    await ui.page.getByRole('button', { name: 'Enregistrer' }).click();
    await ui.page.getByText(`Organisation ${name} enregistrée`, { exact: true }).waitFor();
    await ui.page.waitForURL(/\/organisations\/\d+\/show$/);
    const showUrl = ui.page.url();
    await ui.page.getByText(name, { exact: true }).first().waitFor();

    // Found in the list by a fragment of its name typed without accents, in another case.
    await ui.page.getByRole('menuitem', { name: 'Organisations' }).click();
    await ui.page.waitForURL(/\/organisations(\?.*)?$/);
    await ui.page.locator('input[name="q"]').fill(`Educative Ardeche ${stamp}`);
    await waitForOnlyRow(name);

    // Opened and edited; the change shows on its page and in its history.
    await ui.page.locator('table tbody tr', { hasText: name }).click();
    await ui.page.waitForURL(showUrl);
    await ui.page.getByRole('link', { name: 'Éditer' }).click();
    await ui.page.waitForURL(/\/organisations\/\d+$/);
    await ui.page.locator('input[name="city"]').fill('Privas');
    await ui.page.getByRole('button', { name: 'Enregistrer' }).click();
    await ui.page.getByText(`Organisation ${name} enregistrée`, { exact: true }).waitFor();
    await ui.page.waitForURL(showUrl);
    await ui.page.getByText('Privas', { exact: true }).first().waitFor();
    await ui.page.locator('section[aria-label="Historique"]', { hasText: 'Privas' }).waitFor();

    // A contact added from the organisation's page is linked to it and listed there.
    await ui.page.getByRole('link', { name: 'Ajouter un contact' }).click();
    await ui.page.waitForURL(/\/contacts\/create$/);
    const organisationInput = await ui.page.getByRole('combobox', { name: /^Organisation/ }).elementHandle();
    await ui.page.waitForFunction(([input, expected]) => (input as { value?: string } | null)?.value === expected, [
      organisationInput,
      name,
    ] as const);
    await ui.page.locator('input[name="firstName"]').fill('Élise');
    await ui.page.locator('input[name="lastName"]').fill(lastName);
    await ui.page.locator('input[name="email"]').fill(`elise.${stamp}@example.org`);
    await ui.page.getByRole('button', { name: 'Enregistrer' }).click();
    await ui.page.getByText(`Contact Élise ${lastName} enregistré`, { exact: true }).waitFor();
    await ui.page.waitForURL(showUrl);
    await ui.page.locator('section[aria-label="Contacts de l’organisation"] table tbody tr', { hasText: lastName }).waitFor();

    // Now that a contact holds it, deleting the organisation is refused with the API's reason (on a
    // fresh load, so that no earlier notification is queued before it).
    await ui.page.goto(showUrl.replace(/\/show$/, ''));
    await ui.page.getByRole('button', { name: 'Supprimer' }).click();
    await ui.page.getByRole('dialog').getByRole('button', { name: 'Confirmer' }).click();
    await ui.page.getByText('Cette organisation est liée à 1 contact : elle ne peut pas être supprimée.').waitFor();
    await ui.page.goto(showUrl);
    await ui.page.locator('section[aria-label="Contacts de l’organisation"] table tbody tr', { hasText: lastName }).waitFor();
  });
});

describe('staff console: access follows the role', () => {
  it('shows the Users menu to an administrator, also in English', async () => {
    await ui.logIn('admin@resacoop.test');
    await ui.page.getByRole('menuitem', { name: 'Utilisateurs' }).waitFor();

    await ui.page.getByRole('button', { name: /Français/ }).click();
    await ui.page.getByRole('menuitem', { name: 'English' }).click();
    await ui.page.getByRole('menuitem', { name: 'Users' }).waitFor();
    await ui.page.getByRole('heading', { name: /^Hello/ }).waitFor();
  });

  it('hides the Users menu from staff', async () => {
    await ui.logIn('lyon@resacoop.test');
    // Once the directory's entries are in the menu, the menu is complete.
    await ui.page.getByRole('menuitem', { name: 'Contacts' }).waitFor();
    await ui.page.getByRole('menuitem', { name: 'Organisations' }).waitFor();
    expect(await ui.page.getByRole('menuitem', { name: 'Utilisateurs' }).count()).toBe(0);
  });

  it('logs out to the login page, after which the console asks to log in again', async () => {
    await ui.logIn('lyon@resacoop.test');
    // The user menu is named after the user, as its button reads.
    await ui.page.getByRole('button', { name: 'Louise Lyonnais' }).click();
    await ui.page.getByRole('menuitem', { name: 'Déconnexion' }).click();
    await ui.page.waitForURL(/\/login$/);
    await ui.page.locator('input[name="email"]').waitFor();
    // The session is gone server-side too: a page of the console sends back to the login page.
    await ui.page.goto(`${ui.baseUrl}/organisations`);
    await ui.page.waitForURL(/\/login$/);
    await ui.page.locator('input[name="email"]').waitFor();
  });
});

describe('the organisation’s page', () => {
  /** The total the API counts for `filter` on `resource` (its Content-Range). */
  async function total(resource: string, filter: Record<string, unknown>): Promise<number> {
    const query = new URLSearchParams({ filter: JSON.stringify(filter), range: '[0,0]' });
    const response = await ui.page.request.get(`${ui.baseUrl}/api/${resource}?${query}`);
    return Number(response.headers()['content-range'].split('/')[1]);
  }

  it('lists the organisation’s requests, cases and contacts, each linked to its page, and no technical field', async () => {
    await ui.logIn('lyon@resacoop.test');
    const cases = await ui.apiGet<{ organisationId: number }[]>('cases', { range: [0, 99], sort: ['id', 'ASC'] });
    let organisationId: number | undefined;
    for (const { organisationId: candidate } of cases) {
      if ((await total('requests', { organisationId: candidate })) > 0 && (await total('contacts', { organisationId: candidate })) > 0) {
        organisationId = candidate;
        break;
      }
    }
    if (!organisationId) throw new Error('no demo organisation with a request, a case and a contact');
    const latest = async (resource: string, field: string) =>
      (
        await ui.apiGet<{ id: number; reference: string }[]>(resource, { filter: { organisationId }, sort: [field, 'DESC'], range: [0, 0] })
      )[0];
    const request = await latest('requests', 'receivedAt');
    const kase = await latest('cases', 'openedAt');

    await ui.page.goto(`${ui.baseUrl}/organisations/${organisationId}/show`);
    const requests = ui.page.getByRole('region', { name: 'Demandes d’information de l’organisation' });
    const casesSection = ui.page.getByRole('region', { name: 'Accompagnements de l’organisation' });
    await requests.getByRole('link', { name: request.reference, exact: true }).waitFor();
    await casesSection.getByRole('link', { name: kase.reference, exact: true }).waitFor();
    await ui.page.getByRole('region', { name: 'Contacts de l’organisation' }).locator('table tbody tr').first().waitFor();
    expect(await ui.page.getByRole('main').getByText('Version', { exact: true }).count()).toBe(0);

    await requests.getByRole('link', { name: request.reference, exact: true }).click();
    await ui.page.waitForURL(new RegExp(`/requests/${request.id}/show$`));
    await ui.page.goBack();
    await casesSection.getByRole('link', { name: kase.reference, exact: true }).click();
    await ui.page.waitForURL(new RegExp(`/cases/${kase.id}/show$`));
  });

  it('shows a relay user the cases of the organisation they work on, never its requests', async () => {
    await ui.logIn('isere@relais.test');
    const [kase] = await ui.apiGet<{ id: number; reference: string; organisationId: number }[]>('cases', { range: [0, 0] });
    await ui.page.goto(`${ui.baseUrl}/organisations/${kase.organisationId}/show`);
    await ui.page
      .getByRole('region', { name: 'Accompagnements de l’organisation' })
      .getByRole('link', { name: kase.reference, exact: true })
      .waitFor();
    expect(await ui.page.getByRole('region', { name: 'Demandes d’information de l’organisation' }).count()).toBe(0);
  });
});

describe('a private individual’s page', () => {
  it('lists the person’s requests and cases, and the case list names the person holding the case', async () => {
    await ui.logIn('lyon@resacoop.test');
    const lastName = `Particulier${Date.now().toString(36)}`;
    const contact = await ui.apiPost<{ id: number }>('contacts', { firstName: 'Awa', lastName });
    const request = await ui.apiPost<{ id: number; reference: string }>('requests', {
      channel: 'phone',
      topic: 'funding',
      subject: 'Un puits au village',
      question: 'Quels financements pour un puits ?',
      contactId: contact.id,
    });
    const kase = await ui.apiPost<{ id: number; reference: string }>('cases', {
      contactId: contact.id,
      projectTitle: 'Puits du village',
      nextFollowUpAt: new Date(Date.now() + 10 * 86_400_000).toISOString().slice(0, 10),
    });

    await ui.page.goto(`${ui.baseUrl}/contacts/${contact.id}/show`);
    await ui.page
      .getByRole('region', { name: 'Demandes d’information de la personne' })
      .getByRole('link', { name: request.reference, exact: true })
      .waitFor();
    await ui.page
      .getByRole('region', { name: 'Accompagnements de la personne' })
      .getByRole('link', { name: kase.reference, exact: true })
      .click();
    await ui.page.waitForURL(new RegExp(`/cases/${kase.id}/show$`));

    await ui.page.goto(`${ui.baseUrl}/cases?filter=${encodeURIComponent(JSON.stringify({ q: kase.reference }))}`);
    const row = ui.page.getByRole('row').filter({ hasText: kase.reference });
    await row.getByText(`Awa ${lastName}`, { exact: false }).waitFor();
    await ui.page.getByRole('columnheader', { name: 'Porteur du projet' }).waitFor();
  });
});
