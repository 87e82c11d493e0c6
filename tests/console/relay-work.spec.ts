/**
 * Browser tests of a case's hand-over as the team and the Isère relay live it: the relay hears of
 * the proposal, finds it first in "Mes accompagnements" with its status and the adviser on the case
 * page, accepts it with the keyboard alone, and the adviser hears of the answer; the team withdraws
 * a proposal (never declines it); a closed case offers no follow-up, exchange or hand-over; a stage
 * moves only once confirmed. Same harness as cases.spec.ts (the built console, the API and the
 * reminder worker on a fresh, seeded database, Debian's Chromium).
 */
import { ASSIGNMENT_STATUS_LABELS, ASSIGNMENT_STATUSES, STAGE_LABELS } from '@resacoop/domain';
import { accessibilityViolations, blocking } from './accessibility';
import { useConsole } from './harness';
import { isereCase } from './test-values';

const STAFF = 'lyon@resacoop.test';
const ISERE_RELAY = 'isere@relais.test';

const ui = useConsole({ width: 1600 });

interface CreatedCase {
  id: number;
  reference: string;
  projectTitle: string;
  version: number;
  stage: string;
}

/** Waits for a notification of the console (react-admin's snackbar). */
async function notified(text: string): Promise<void> {
  await ui.page.getByText(text, { exact: true }).first().waitFor();
}

/** Opens the bell's menu and waits for the worker's notification holding `text` (the bell asks every 20 s). */
async function inTheBell(text: string): Promise<void> {
  await ui.page.locator('header button[data-unread]').click();
  await ui.page.getByRole('menu').getByRole('menuitem').filter({ hasText: text }).waitFor({ timeout: 60_000 });
  await ui.page.keyboard.press('Escape');
}

/** A PUT through the API with the page's session (setup: the harness has no PUT of its own). */
async function apiPut(path: string, data: Record<string, unknown>): Promise<void> {
  const response = await ui.page.request.put(`${ui.baseUrl}/api/${path}`, { data, headers: { Origin: ui.baseUrl } });
  if (!response.ok()) throw new Error(`PUT ${path}: ${response.status()} ${await response.text()}`);
}

async function expectAccessible(): Promise<void> {
  expect(blocking(await accessibilityViolations(ui.page))).toEqual([]);
}

describe('a case handed to a relay', () => {
  it('reaches the relay at once, first in its list with the adviser on the page; accepted by keyboard, the adviser hears of it', async () => {
    await ui.logIn(STAFF);
    const adviser = await ui.apiGet<{ fullName: string }>('auth/me');
    const supportCase = await isereCase<CreatedCase>(ui);
    await ui.page.goto(`${ui.baseUrl}/cases/${supportCase.id}/show`);
    await ui.page.getByRole('heading', { name: supportCase.reference, exact: true }).waitFor();
    await ui.page.getByRole('button', { name: 'Confier à un relais' }).click();
    await ui.page.getByRole('dialog', { name: 'Confier à un relais' }).getByRole('button', { name: 'Confier', exact: true }).click();
    await notified('Accompagnement confié au relais.');

    await ui.newSession();
    await ui.logIn(ISERE_RELAY);
    await inTheBell(`Le dossier ${supportCase.reference} (${supportCase.projectTitle}) vous est proposé par ${adviser.fullName}.`);
    await ui.page.getByRole('menuitem', { name: 'Mes accompagnements' }).click();
    await ui.page.waitForURL(/\/cases$/);
    const row = ui.page.getByRole('row').filter({ hasText: supportCase.projectTitle });
    await row.getByText(ASSIGNMENT_STATUS_LABELS.proposed.fr, { exact: true }).waitFor();
    // Proposals first: no row of another status above a proposal.
    const statuses = await ui.page.locator('tbody tr').evaluateAll((rows) => rows.map((tr) => tr.textContent ?? ''));
    const statusOf = (text: string) => ASSIGNMENT_STATUSES.find((status) => text.includes(ASSIGNMENT_STATUS_LABELS[status].fr));
    const order = statuses.map(statusOf);
    expect(order.indexOf(undefined)).toBe(-1);
    expect(order.slice(0, order.lastIndexOf('proposed') + 1).every((status) => status === 'proposed')).toBe(true);
    await expectAccessible();

    await row.getByText(supportCase.projectTitle).click();
    await ui.page.waitForURL(new RegExp(`/cases/${supportCase.id}/show$`));
    const adviserSection = ui.page.getByRole('region', { name: 'Conseiller ou conseillère' });
    await adviserSection.getByText(adviser.fullName, { exact: false }).waitFor();
    await adviserSection.getByRole('link', { name: STAFF }).waitFor();
    await adviserSection.getByText(/Lyon/).waitFor();
    await expectAccessible();

    // The acceptance with the keyboard alone: Tab to the button, Enter.
    const relayPanel = ui.page.getByRole('region', { name: 'Relais' });
    const accept = relayPanel.getByRole('button', { name: 'Accepter' });
    await accept.waitFor();
    await ui.page.locator('body').focus();
    for (let presses = 0; presses < 80 && !(await accept.evaluate((button) => button === document.activeElement)); presses++) {
      await ui.page.keyboard.press('Tab');
    }
    await expect(accept.evaluate((button) => button === document.activeElement)).resolves.toBe(true);
    await ui.page.keyboard.press('Enter');
    await notified('Accompagnement accepté.');
    await relayPanel.getByText(ASSIGNMENT_STATUS_LABELS.accepted.fr, { exact: true }).waitFor();

    await ui.newSession();
    await ui.logIn(STAFF);
    const relays = await ui.apiGet<{ name: string; departements: string[] }[]>('relays');
    const relayName = relays.find((relay) => relay.departements.includes('38'))!.name;
    await inTheBell(`Le relais ${relayName} a accepté votre dossier ${supportCase.reference}`);
  });

  it('lets the team withdraw its proposal, never decline it', async () => {
    await ui.logIn(STAFF);
    const supportCase = await isereCase<CreatedCase>(ui);
    await ui.apiPost('assignments', { caseId: supportCase.id });
    await ui.page.goto(`${ui.baseUrl}/cases/${supportCase.id}/show`);
    const relays = ui.page.getByRole('region', { name: 'Relais' });
    await relays.getByText(ASSIGNMENT_STATUS_LABELS.proposed.fr, { exact: true }).waitFor();
    await expect(relays.getByRole('button', { name: 'Décliner' }).count()).resolves.toBe(0);
    await relays.getByRole('button', { name: 'Retirer la proposition' }).click();
    await notified('Proposition retirée.');
    await relays.getByText(ASSIGNMENT_STATUS_LABELS.withdrawn.fr, { exact: true }).waitFor();
    await expect(relays.getByRole('button', { name: 'Retirer la proposition' }).count()).resolves.toBe(0);
  });

  it('keeps a declined case in the relay’s list by its reference and project, no longer opening it', async () => {
    await ui.logIn(STAFF);
    const supportCase = await isereCase<CreatedCase>(ui);
    await ui.apiPost('assignments', { caseId: supportCase.id });
    await ui.newSession();
    await ui.logIn(ISERE_RELAY);
    await ui.page.goto(`${ui.baseUrl}/cases/${supportCase.id}/show`);
    await ui.page.getByRole('region', { name: 'Relais' }).getByRole('button', { name: 'Décliner' }).click();
    const dialog = ui.page.getByRole('dialog', { name: 'Décliner l’accompagnement' });
    await dialog.getByRole('textbox', { name: 'Motif du refus' }).fill('Hors de notre champ');
    await dialog.getByRole('button', { name: 'Décliner' }).click();
    await notified('Accompagnement décliné.');

    await ui.page.getByRole('menuitem', { name: 'Mes accompagnements' }).click();
    await ui.page.waitForURL(/\/cases$/);
    const row = ui.page.getByRole('row').filter({ hasText: supportCase.reference });
    await row.getByText(supportCase.projectTitle, { exact: true }).waitFor();
    await row.getByText(ASSIGNMENT_STATUS_LABELS.declined.fr, { exact: true }).waitFor();
    await ui.page.getByText('Les accompagnements terminés ou déclinés restent listés pour mémoire', { exact: false }).waitFor();
    await row.getByText(supportCase.projectTitle).click();
    await expect(ui.page.url()).toMatch(/\/cases$/);
    await expectAccessible();
  });

  it('shows the relay that its list is filtered on overdue follow-ups, and lets it widen the list', async () => {
    await ui.logIn(ISERE_RELAY);
    await ui.page.goto(`${ui.baseUrl}/cases?filter=${encodeURIComponent(JSON.stringify({ followUpOverdue: true }))}`);
    const overdue = ui.page.getByLabel('Relance dépassée');
    await overdue.waitFor();
    await expect(overdue.isChecked()).resolves.toBe(true);
    await overdue.click();
    await ui.page.waitForURL((url) => !decodeURIComponent(url.toString()).includes('"followUpOverdue":true'));
    await expect(overdue.isChecked()).resolves.toBe(false);
  });

  it('offers no follow-up, exchange or hand-over on a closed case', async () => {
    await ui.logIn(STAFF);
    const supportCase = await isereCase<CreatedCase>(ui);
    await apiPut(`cases/${supportCase.id}`, { status: 'closed', outcome: 'completed', version: supportCase.version });
    await ui.page.goto(`${ui.baseUrl}/cases/${supportCase.id}/show`);
    await ui.page.getByRole('heading', { name: supportCase.reference, exact: true }).waitFor();
    await ui.page.getByText(/Accompagnement clôturé : ni relance, ni nouvel échange, ni relais/).waitFor();
    await ui.page.getByRole('region', { name: 'Relais' }).waitFor();
    await expect(ui.page.getByRole('button', { name: 'Confier à un relais' }).count()).resolves.toBe(0);
    await expect(ui.page.getByRole('region', { name: 'Ajouter un échange' }).count()).resolves.toBe(0);
    await expect(ui.page.getByLabel('Nouvelle date de relance').count()).resolves.toBe(0);
    await expectAccessible();
  });

  it('moves the stage only once the move, named from and to, is confirmed', async () => {
    await ui.logIn(STAFF);
    const supportCase = await isereCase<CreatedCase>(ui);
    await ui.page.goto(`${ui.baseUrl}/cases/${supportCase.id}/show`);
    await ui.page.getByRole('heading', { name: supportCase.reference, exact: true }).waitFor();
    const from = STAGE_LABELS.design.fr;
    const to = STAGE_LABELS.funding_search.fr;

    await ui.page.getByRole('button', { name: to, exact: true }).click();
    const dialog = ui.page.getByRole('dialog', { name: 'Changer d’étape ?' });
    await dialog.getByText(`L’accompagnement passera de « ${from} » à « ${to} ».`).waitFor();
    await expectAccessible();
    await dialog.getByRole('button', { name: 'Annuler' }).click();
    await dialog.waitFor({ state: 'hidden' });
    await expect(ui.page.locator('[aria-current="step"]').textContent()).resolves.toContain(from);

    await ui.page.getByRole('button', { name: to, exact: true }).click();
    await dialog.getByRole('button', { name: 'Confirmer' }).click();
    await notified('Étape modifiée.');
    await ui.page.locator('[aria-current="step"]').filter({ hasText: to }).waitFor();
  });
});
