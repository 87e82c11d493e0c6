/**
 * The API speaks the console's language: switching it in the app bar saves it as the user's
 * preference, so the API's refusals (a field's message, a delete held by history) read in English,
 * then in French again; a new login adopts the stored language. Same harness as directory.spec.ts.
 */
import { useConsole } from './harness';

const ui = useConsole();

/** The error message shown under a form field, once the field is marked invalid. */
async function fieldError(name: string): Promise<string> {
  const input = ui.page.locator(`input[name="${name}"]`);
  await ui.page.locator(`input[name="${name}"][aria-invalid="true"]`).waitFor();
  const helperId = await input.getAttribute('aria-describedby');
  if (!helperId) throw new Error(`the ${name} field has no message attached`);
  return (await ui.page.locator(`[id="${helperId}"]`).innerText()).trim();
}

/** Picks a language in the app bar's menu and waits until the API has stored it. */
async function switchLanguage(from: RegExp, to: 'English' | 'Français', locale: 'en' | 'fr'): Promise<void> {
  const saved = ui.page.waitForResponse(
    (response) => response.url().endsWith('/api/users/me/preferences') && response.request().method() === 'PUT' && response.ok(),
  );
  await ui.page.getByRole('button', { name: from }).click();
  await ui.page.getByRole('menuitem', { name: to }).click();
  expect((await (await saved).json()).locale).toBe(locale);
}

/** Fills the organisation form with a SIRET that fails its check digit and saves: the API refuses it. */
async function saveBadSiret(type: string, save: string): Promise<string> {
  await ui.page.goto(`${ui.baseUrl}/organisations/create`);
  await ui.page.locator('input[name="name"]').fill(`Traduite ${Date.now()}`);
  await ui.page.getByRole('combobox', { name: /^Type/ }).click();
  await ui.page.getByRole('option', { name: type }).click();
  await ui.page.locator('input[name="siret"]').fill('12345678901234');
  await ui.page.getByRole('button', { name: save }).click();
  return fieldError('siret');
}

/** Asks to delete an organisation a contact holds, and waits for the API's refusal to be shown. */
async function refuseDeletion(organisationId: number, remove: string, confirm: string, refusal: string): Promise<void> {
  await ui.page.goto(`${ui.baseUrl}/organisations/${organisationId}`);
  await ui.page.getByRole('button', { name: remove }).click();
  await ui.page.getByRole('dialog').getByRole('button', { name: confirm }).click();
  await ui.page.getByText(refusal, { exact: true }).waitFor();
}

describe('the API’s messages in the console’s language', () => {
  it('follows the language menu, and a new login adopts the stored language', async () => {
    await ui.logIn('clermont@resacoop.test');
    const organisation = await ui.apiPost<{ id: number }>('organisations', { name: `Tenue ${Date.now()}`, type: 'association' });
    await ui.apiPost('contacts', { firstName: 'Camille', lastName: 'Tenue', organisationId: organisation.id });

    await switchLanguage(/Français/, 'English', 'en');
    // The console stays in English once the choice is stored (it does not fall back to the language read at login).
    await ui.page.getByRole('heading', { name: /^Hello/ }).waitFor();
    await ui.page.getByRole('menuitem', { name: 'Requests', exact: true }).waitFor();
    expect(await saveBadSiret('Association / NGO', 'Save')).toBe('invalid SIRET: 14 digits with a valid check digit');
    await refuseDeletion(organisation.id, 'Delete', 'Confirm', 'This organisation is linked to 1 contact: it cannot be deleted.');

    // A new session, in a browser that never chose a language, opens in the stored one.
    await ui.newSession();
    await ui.page.goto(`${ui.baseUrl}/`);
    await ui.page.waitForURL(/\/login$/);
    await ui.page.locator('input[name="email"]').fill('clermont@resacoop.test');
    await ui.page.locator('input[name="password"]').fill('resacoop-demo');
    await ui.page.getByRole('button', { name: 'Connexion' }).click();
    await ui.page.getByRole('heading', { name: /^Hello/ }).waitFor();

    await switchLanguage(/English/, 'Français', 'fr');
    expect(await saveBadSiret('Association / ONG', 'Enregistrer')).toBe('SIRET invalide : 14 chiffres avec une clé de contrôle correcte');
    await refuseDeletion(
      organisation.id,
      'Supprimer',
      'Confirmer',
      'Cette organisation est liée à 1 contact : elle ne peut pas être supprimée.',
    );
  });
});
