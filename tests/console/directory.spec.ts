/**
 * Browser tests of the staff console: Chromium (Debian's) driven by playwright-core against the
 * built console served by the real API on a fresh, seeded database (see ./server).
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

async function logIn(email: string): Promise<void> {
  return logInAs(page, server.baseUrl, email);
}

/** The error message shown under a form field, once the field is marked invalid. */
async function fieldError(name: string): Promise<string> {
  const input = page.locator(`input[name="${name}"]`);
  await page.locator(`input[name="${name}"][aria-invalid="true"]`).waitFor();
  const helperId = await input.getAttribute('aria-describedby');
  if (!helperId) throw new Error(`the ${name} field has no message attached`);
  return page.locator(`[id="${helperId}"]`).innerText();
}

/** Waits until the list shows exactly one row, the one holding `text`. */
async function waitForOnlyRow(text: string): Promise<void> {
  await page.locator('table tbody tr', { hasText: text }).waitFor();
  await page.locator('table tbody tr').nth(1).waitFor({ state: 'detached' });
}

/** A SIRET that passes the Luhn check and is unlikely to exist already. */
function freshSiret(): string {
  const digits = `1${String(Date.now()).slice(-8)}${String(Math.floor(Math.random() * 10_000)).padStart(4, '0')}`;
  for (let check = 0; check <= 9; check++) {
    const candidate = `${digits}${check}`;
    if (passesLuhn(candidate)) return candidate;
  }
  throw new Error('unreachable: one check digit always completes a Luhn number');
}

function passesLuhn(value: string): boolean {
  let sum = 0;
  for (let i = 0; i < value.length; i++) {
    let digit = Number(value[value.length - 1 - i]);
    if (i % 2 === 1) {
      digit *= 2;
      if (digit > 9) digit -= 9;
    }
    sum += digit;
  }
  return sum % 10 === 0;
}

describe('staff console: the directory', () => {
  it('creates, finds, edits an organisation and adds a contact to it', async () => {
    const stamp = String(Date.now());
    const name = `Coopération Éducative Ardèche ${stamp}`;
    const lastName = `Dupré-${stamp}`;

    await logIn('lyon@resacoop.test');

    // Create an organisation through the form.
    await page.getByRole('menuitem', { name: 'Organisations' }).click();
    await page.waitForURL(/\/organisations$/);
    await page.getByRole('link', { name: 'Créer' }).click();
    await page.waitForURL(/\/organisations\/create$/);
    await page.locator('input[name="name"]').fill(name);
    await page.getByRole('combobox', { name: /^Type/ }).click();
    await page.getByRole('option', { name: 'Association / ONG' }).click();
    await page.getByRole('combobox', { name: /^Département/ }).click();
    await page.getByRole('option', { name: '07 Ardèche' }).click();
    await page.locator('input[name="city"]').fill('Aubenas');

    // A SIRET failing its check digit: the API's message shows next to the field, nothing is created.
    await page.locator('input[name="siret"]').fill('12345678901234');
    await page.getByRole('button', { name: 'Enregistrer' }).click();
    expect((await fieldError('siret')).trim().length).toBeGreaterThan(1);
    expect(page.url()).toMatch(/\/organisations\/create$/);

    // With a valid SIRET the organisation is saved and its page opens.
    await page.locator('input[name="siret"]').fill(freshSiret());
    await page.getByRole('button', { name: 'Enregistrer' }).click();
    await page.waitForURL(/\/organisations\/\d+\/show$/);
    const showUrl = page.url();
    await page.getByText(name, { exact: true }).first().waitFor();

    // Found in the list by a fragment of its name typed without accents, in another case.
    await page.getByRole('menuitem', { name: 'Organisations' }).click();
    await page.waitForURL(/\/organisations(\?.*)?$/);
    await page.locator('input[name="q"]').fill(`Educative Ardeche ${stamp}`);
    await waitForOnlyRow(name);

    // Opened and edited; the change shows on its page and in its history.
    await page.locator('table tbody tr', { hasText: name }).click();
    await page.waitForURL(showUrl);
    await page.getByRole('link', { name: 'Éditer' }).click();
    await page.waitForURL(/\/organisations\/\d+$/);
    await page.locator('input[name="city"]').fill('Privas');
    await page.getByRole('button', { name: 'Enregistrer' }).click();
    await page.waitForURL(showUrl);
    await page.getByText('Privas', { exact: true }).first().waitFor();
    await page.locator('section[aria-label="Historique"]', { hasText: 'Privas' }).waitFor();

    // A contact added from the organisation's page is linked to it and listed there.
    await page.getByRole('link', { name: 'Ajouter un contact' }).click();
    await page.waitForURL(/\/contacts\/create$/);
    const organisationInput = await page.getByRole('combobox', { name: /^Organisation/ }).elementHandle();
    await page.waitForFunction(([input, expected]) => (input as { value?: string } | null)?.value === expected, [
      organisationInput,
      name,
    ] as const);
    await page.locator('input[name="firstName"]').fill('Élise');
    await page.locator('input[name="lastName"]').fill(lastName);
    await page.locator('input[name="email"]').fill(`elise.${stamp}@example.org`);
    await page.getByRole('button', { name: 'Enregistrer' }).click();
    await page.waitForURL(showUrl);
    await page.locator('section[aria-label="Contacts de l’organisation"] table tbody tr', { hasText: lastName }).waitFor();
  });
});

describe('staff console: access follows the role', () => {
  it('shows the Users menu to an administrator, also in English', async () => {
    await logIn('admin@resacoop.test');
    await page.getByRole('menuitem', { name: 'Utilisateurs' }).waitFor();

    await page.getByRole('button', { name: /Français/ }).click();
    await page.getByRole('menuitem', { name: 'English' }).click();
    await page.getByRole('menuitem', { name: 'Users' }).waitFor();
    await page.getByRole('heading', { name: /^Hello/ }).waitFor();
  });

  it('hides the Users menu from staff', async () => {
    await logIn('lyon@resacoop.test');
    // Once the directory's entries are in the menu, the menu is complete.
    await page.getByRole('menuitem', { name: 'Contacts' }).waitFor();
    await page.getByRole('menuitem', { name: 'Organisations' }).waitFor();
    expect(await page.getByRole('menuitem', { name: 'Utilisateurs' }).count()).toBe(0);
  });

  it('logs out to the login page, after which the console asks to log in again', async () => {
    await logIn('lyon@resacoop.test');
    await page.getByRole('button', { name: 'Profil' }).click();
    await page.getByRole('menuitem', { name: 'Déconnexion' }).click();
    await page.waitForURL(/\/login$/);
    await page.locator('input[name="email"]').waitFor();
    // The session is gone server-side too: a page of the console sends back to the login page.
    await page.goto(`${server.baseUrl}/organisations`);
    await page.waitForURL(/\/login$/);
    await page.locator('input[name="email"]').waitFor();
  });
});
