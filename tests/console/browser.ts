import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';

/** Debian's Chromium, headless, with the background traffic this closed network refuses turned off. */
export function launchChromium(): Promise<Browser> {
  return chromium.launch({
    executablePath: '/usr/bin/chromium',
    headless: true,
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
    ],
  });
}

/** A fresh context per test: its own cookies, so each test logs in on its own; French, desktop-sized. */
export async function newPage(browser: Browser, width = 1400): Promise<{ context: BrowserContext; page: Page }> {
  const context = await browser.newContext({ viewport: { width, height: 1000 }, locale: 'fr-FR' });
  const page = await context.newPage();
  page.setDefaultTimeout(20_000);
  return { context, page };
}

export const DEMO_PASSWORD = 'resacoop-demo';

/** Logs in through the login page and waits for the home page's greeting. */
export async function logInAs(page: Page, baseUrl: string, email: string): Promise<void> {
  await page.goto(`${baseUrl}/`);
  // Not logged in yet: the console sends us to its login page.
  await page.waitForURL(/\/login$/);
  await page.locator('input[name="email"]').fill(email);
  await page.locator('input[name="password"]').fill(DEMO_PASSWORD);
  await page.getByRole('button', { name: 'Connexion' }).click();
  await page.getByRole('heading', { name: /^Bonjour/ }).waitFor();
}
