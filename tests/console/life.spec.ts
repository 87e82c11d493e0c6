/**
 * A request's whole life across the three roles, every step done by clicking in the console (the API
 * is only read, to know what to type and to check what the page says): a phone call logged by a
 * Lyon adviser, worked and answered, turned into a support case, handed to the Isère relay, accepted
 * and met there, followed up, moved and closed by the adviser, and counted in the year's key figures
 * the coordinator reads. Each role has a browser session of its own, kept for the whole scenario;
 * each step checks what its role sees then, and what a relay user must not.
 * Same harness as cases.spec.ts: the built console, the API and the reminder worker on a fresh,
 * seeded database, Debian's Chromium.
 */
import type { BrowserContext, Page } from 'playwright-core';
import {
  ASSIGNMENT_STATUS_LABELS,
  CASE_OUTCOME_LABELS,
  CASE_STATUS_LABELS,
  INTERACTION_KIND_LABELS,
  REQUEST_STATUS_LABELS,
  REQUEST_TOPIC_LABELS,
  STAGE_LABELS,
  STAGES,
  ZONE_LABELS,
} from '@resacoop/domain';
import { accessibilityViolations, blocking } from './accessibility';
import { logInAs, newPage } from './browser';
import { useConsole } from './harness';
import { animationsDone } from './still';

const ui = useConsole({ width: 1600 });

const LOGINS = { staff: 'lyon@resacoop.test', relay: 'isere@relais.test', admin: 'admin@resacoop.test' } as const;
type Role = keyof typeof LOGINS;

const stamp = Date.now().toString(36);
const SUBJECT = `Forages solidaires au Burkina Faso ${stamp}`;
const QUESTION = 'Quels cofinancements pour un projet de forages avec une commune partenaire ?';
const ANSWER = `Orientée vers le FRIO et l’appel à projets de la Région ${stamp}.`;
const CALL_NOTE = `Rappelée : budget prévisionnel demandé ${stamp}`;
const TEAM_NOTE = `Note interne de l’équipe : trésorerie fragile ${stamp}`;
const MEETING = `Réunion de lancement avec le porteur ${stamp}`;
const COUNTRY = 'Burkina Faso';

/** What the scenario learns on the way and later steps use. */
const life: {
  organisation?: { id: number; name: string; city: string };
  requestId?: number;
  request?: string;
  caseId?: number;
  caseRef?: string;
  figuresBefore?: Record<Headline, number>;
} = {};

/** One browser session per role, opened at its first step, closed at the end. */
const sessions: Partial<Record<Role, { context: BrowserContext; page: Page }>> = {};

async function as(role: Role): Promise<Page> {
  const open = sessions[role];
  if (open) return open.page;
  const browser = ui.context.browser();
  if (!browser) throw new Error('the harness page has no browser');
  const session = await newPage(browser, 1600);
  sessions[role] = session;
  await logInAs(session.page, ui.baseUrl, LOGINS[role]);
  return session.page;
}

afterAll(async () => {
  for (const session of Object.values(sessions)) await session?.context.close();
});

/** A step runs only if every step before it passed: the scenario is one story. */
let broken: string | undefined;
function step(name: string, body: () => Promise<void>): void {
  it(name, async () => {
    if (broken) throw new Error(`not run: the step “${broken}” failed`);
    try {
      await body();
    } catch (error) {
      broken = name;
      throw error;
    }
  });
}

/** A read of the API with a role's session: what to type, or what to check. */
async function read<T>(page: Page, path: string, query: Record<string, unknown> = {}): Promise<T> {
  const params = new URLSearchParams(Object.entries(query).map(([key, value]) => [key, JSON.stringify(value)])).toString();
  const response = await page.request.get(`${ui.baseUrl}/api/${path}${params ? `?${params}` : ''}`);
  if (!response.ok()) throw new Error(`GET ${path}: ${response.status()} ${await response.text()}`);
  return (await response.json()) as T;
}

const notified = (page: Page, text: string) => page.getByText(text, { exact: true }).first().waitFor();
const chip = (page: Page, label: string) => page.locator('.MuiChip-root', { hasText: new RegExp(`^${label}$`) }).first();
const labelled = (page: Page, label: string) =>
  page.locator('.RaLabeled-label', { hasText: new RegExp(`^${label.replace(/[()]/g, '\\$&')}$`) }).locator('..');
const caseHeading = (page: Page) => page.getByRole('heading', { level: 1, name: life.caseRef, exact: true });

async function expectAccessible(page: Page): Promise<void> {
  await animationsDone(page);
  expect(blocking(await accessibilityViolations(page))).toEqual([]);
}

/** Opens the bell's menu and waits for the worker's notification holding `text` (the bell asks every 20 s). */
async function inTheBell(page: Page, text: string): Promise<void> {
  await page.locator('header button[data-unread]').click();
  await page.getByRole('menu').getByRole('menuitem').filter({ hasText: text }).waitFor({ timeout: 60_000 });
  await page.keyboard.press('Escape');
}

/** The headline figures of the key-figures page this scenario moves. */
const HEADLINES = {
  requests: 'demandes d’information ponctuelles traitées par l’équipe',
  throughRelay: 'accompagnements dans les départements régionaux',
  opened: `accompagnements ouverts en ${new Date().getFullYear()}`,
  closed: `accompagnements clôturés en ${new Date().getFullYear()}`,
  assignments: 'propositions faites aux relais départementaux',
} as const;
type Headline = keyof typeof HEADLINES;

/** The coordinator opens the key figures from the menu (the current year by default) and reads the headlines. */
async function keyFigures(): Promise<Record<Headline, number>> {
  const page = await as('admin');
  // Read afresh: the page may already be open since the first reading.
  if (page.url().includes('/reports')) await page.reload();
  else await page.getByRole('menuitem', { name: 'Chiffres clés' }).click();
  await page.waitForURL(/\/reports/);
  await page.getByRole('heading', { name: `Chiffres clés ${new Date().getFullYear()}`, exact: true }).waitFor();
  const figures = {} as Record<Headline, number>;
  for (const [key, label] of Object.entries(HEADLINES) as [Headline, string][]) {
    const text = await page.getByRole('region', { name: label, exact: true }).locator('p').first().innerText();
    figures[key] = Number(text.replace(/\D/g, ''));
  }
  return figures;
}

describe('a request’s whole life, from a phone call to the key figures', () => {
  jest.setTimeout(150_000);

  step('the coordinator reads this year’s key figures before the call', async () => {
    life.figuresBefore = await keyFigures();
  });

  step('a Lyon adviser logs the phone call in the quick-entry form; it is theirs', async () => {
    const page = await as('staff');
    const [organisation] = await read<{ id: number; name: string; city: string }[]>(page, 'organisations', {
      filter: { departement: '38' },
      sort: ['name', 'ASC'],
      range: [0, 0],
    });
    life.organisation = organisation;
    await page.getByRole('menuitem', { name: 'Nouvelle demande' }).click();
    await page.waitForURL(/\/requests\/create$/);
    // A phone call unless told otherwise.
    await expect(page.getByRole('radio', { name: 'Téléphone' }).isChecked()).resolves.toBe(true);
    await page.locator('input[name="organisationId"]').fill(organisation.name);
    await page.getByRole('option', { name: organisation.name, exact: true }).click();
    await page.locator('input[name="topic"]').fill('financ');
    await page.getByRole('option', { name: REQUEST_TOPIC_LABELS.funding.fr, exact: true }).click();
    await page.locator('input[name="subject"]').fill(SUBJECT);
    await page.locator('textarea[name="question"]').fill(QUESTION);
    await page.getByRole('button', { name: 'Enregistrer', exact: true }).click();

    await page.waitForURL(/\/requests\/\d+\/show$/);
    life.request = (await page.getByRole('heading', { level: 1, name: /^DI-\d{4}-\d{4}$/ }).innerText()).trim();
    life.requestId = Number(/\/requests\/(\d+)\/show$/.exec(page.url())![1]);
    await notified(page, `Demande ${life.request} enregistrée`);
    await chip(page, REQUEST_STATUS_LABELS.new.fr).waitFor();
    await labelled(page, 'Attribuée à').getByText('Louise Lyonnais', { exact: true }).waitFor();
    await labelled(page, 'Organisation').getByRole('link', { name: organisation.name }).waitFor();
  });

  step('the adviser finds it among “Mes demandes”', async () => {
    const page = await as('staff');
    await page.getByRole('menuitem', { name: 'Demandes', exact: true }).click();
    await page.waitForURL(/\/requests(\?.*)?$/);
    await page.getByRole('tab', { name: 'Mes demandes' }).click();
    await page.locator('[role="tab"][aria-selected="true"]', { hasText: 'Mes demandes' }).waitFor();
    const row = page.locator('table tbody tr', { hasText: life.request });
    await row.getByText(SUBJECT).waitFor();
    await row.getByText(SUBJECT).click();
    await page.waitForURL(new RegExp(`/requests/${life.requestId}/show$`));
  });

  step('the adviser works the request: in progress, a call on its timeline, then the answer', async () => {
    const page = await as('staff');
    const moves = page.getByRole('group', { name: 'Passer à :' });
    await moves.getByRole('button', { name: REQUEST_STATUS_LABELS.in_progress.fr, exact: true }).click();
    await notified(page, 'Statut modifié.');
    await chip(page, REQUEST_STATUS_LABELS.in_progress.fr).waitFor();

    const reply = page.getByRole('region', { name: 'Ajouter un échange' });
    await reply.getByLabel(INTERACTION_KIND_LABELS.call.fr).check();
    await reply.locator('textarea[name="body"]').fill(CALL_NOTE);
    await reply.locator('input[name="minutesSpent"]').fill('15');
    await reply.getByRole('button', { name: 'Ajouter' }).click();
    await notified(page, 'Échange ajouté.');

    await moves.getByRole('button', { name: REQUEST_STATUS_LABELS.answered.fr, exact: true }).click();
    const dialog = page.getByRole('dialog');
    await dialog.locator('textarea[name="answer"]').fill(ANSWER);
    await expectAccessible(page);
    await dialog.getByRole('button', { name: 'Enregistrer la réponse' }).click();
    await dialog.waitFor({ state: 'detached' });
    await chip(page, REQUEST_STATUS_LABELS.answered.fr).waitFor();
    await page.getByText(ANSWER, { exact: true }).waitFor();
    const timeline = page.getByRole('region', { name: 'Fil de la demande' });
    await timeline.getByRole('listitem').filter({ hasText: CALL_NOTE }).getByText('15 min').waitFor();
    await timeline.getByText(`${REQUEST_STATUS_LABELS.new.fr} → ${REQUEST_STATUS_LABELS.in_progress.fr}`).waitFor();
    await timeline.getByText(`${REQUEST_STATUS_LABELS.in_progress.fr} → ${REQUEST_STATUS_LABELS.answered.fr}`).waitFor();
  });

  step('the adviser turns it into a support case in Burkina Faso', async () => {
    const page = await as('staff');
    await page.getByRole('button', { name: 'Transformer en accompagnement' }).click();
    const dialog = page.getByRole('dialog', { name: 'Transformer la demande en accompagnement' });
    await dialog.getByRole('combobox', { name: 'Pays' }).fill('Burkina');
    await page.getByRole('option', { name: COUNTRY, exact: true }).click();
    await dialog.getByRole('button', { name: COUNTRY }).waitFor();
    await expectAccessible(page);
    await dialog.getByRole('button', { name: 'Créer l’accompagnement' }).click();

    await page.waitForURL(/\/cases\/\d+\/show$/);
    life.caseRef = (await page.getByRole('heading', { level: 1, name: /^AC-\d{4}-\d{4}$/ }).innerText()).trim();
    life.caseId = Number(/\/cases\/(\d+)\/show$/.exec(page.url())![1]);
    await notified(page, 'Accompagnement créé.');
    await page.getByText(SUBJECT, { exact: true }).first().waitFor();
    await chip(page, CASE_STATUS_LABELS.open.fr).waitFor();
    await labelled(page, 'Pays').getByText(COUNTRY).waitFor();
    await labelled(page, 'Zones géographiques').getByText(ZONE_LABELS.sub_saharan_africa.fr).waitFor();
    await page.locator('[aria-current="step"]').filter({ hasText: STAGE_LABELS.design.fr }).waitFor();
  });

  step('the request shows it converted and links the case', async () => {
    const page = await as('staff');
    await page.getByRole('menuitem', { name: 'Demandes', exact: true }).click();
    await page.getByRole('tab', { name: 'Toutes' }).click();
    await page.locator('input[name="q"]').fill(life.request!);
    await page.locator('table tbody tr', { hasText: life.request }).getByText(SUBJECT).click();
    await page.waitForURL(new RegExp(`/requests/${life.requestId}/show$`));
    await chip(page, REQUEST_STATUS_LABELS.converted.fr).waitFor();
    // Nothing left to move on it: its follow-up is the case's.
    await expect(page.getByRole('group', { name: 'Passer à :' }).count()).resolves.toBe(0);
    await expect(page.getByRole('button', { name: 'Transformer en accompagnement' }).count()).resolves.toBe(0);
    await labelled(page, 'Accompagnement').getByRole('link', { name: life.caseRef, exact: true }).click();
    await page.waitForURL(new RegExp(`/cases/${life.caseId}/show$`));
    await caseHeading(page).waitFor();
  });

  step('the adviser keeps a team note on the organisation', async () => {
    const page = await as('staff');
    await page.getByRole('link', { name: life.organisation!.name, exact: true }).first().click();
    await page.waitForURL(new RegExp(`/organisations/${life.organisation!.id}/show$`));
    await page.getByRole('link', { name: 'Éditer' }).click();
    await page.locator('textarea[name="notes"]').fill(TEAM_NOTE);
    await page.getByRole('button', { name: 'Enregistrer', exact: true }).click();
    await notified(page, `Organisation ${life.organisation!.name} enregistrée`);
    await page.getByText(TEAM_NOTE, { exact: true }).waitFor();
    // Back to the case from the organisation's own list of cases.
    await page.getByRole('link', { name: life.caseRef, exact: true }).first().click();
    await caseHeading(page).waitFor();
  });

  step('the adviser hands the case to the Isère relay, proposed by default', async () => {
    const page = await as('staff');
    await page.getByRole('button', { name: 'Confier à un relais' }).click();
    const dialog = page.getByRole('dialog', { name: 'Confier à un relais' });
    await dialog.getByText('Francas de l’Isère').waitFor();
    await expectAccessible(page);
    await dialog.getByRole('button', { name: 'Confier', exact: true }).click();
    await notified(page, 'Accompagnement confié au relais.');
    await page.getByRole('region', { name: 'Relais' }).getByText(ASSIGNMENT_STATUS_LABELS.proposed.fr, { exact: true }).waitFor();
  });

  step('the Isère relay hears of the proposal, finds it in “Mes accompagnements”, accepts it and logs a meeting', async () => {
    const page = await as('relay');
    await inTheBell(page, `Le dossier ${life.caseRef} (${SUBJECT}) vous est proposé par Louise Lyonnais.`);
    // The relay's menu: their cases and notifications, not the desk nor the directory.
    for (const entry of ['Demandes', 'Nouvelle demande', 'Organisations', 'Contacts', 'Chiffres clés'])
      await expect(page.getByRole('menuitem', { name: entry, exact: true }).count()).resolves.toBe(0);
    await page.getByRole('menuitem', { name: 'Mes accompagnements' }).click();
    await page.waitForURL(/\/cases$/);
    const row = page.getByRole('row').filter({ hasText: SUBJECT });
    await row.getByText(ASSIGNMENT_STATUS_LABELS.proposed.fr, { exact: true }).waitFor();
    await row.getByText(SUBJECT).click();
    await page.waitForURL(new RegExp(`/cases/${life.caseId}/show$`));
    await caseHeading(page).waitFor();
    // A relay works the case, never edits it nor hands it on.
    await expect(page.getByRole('link', { name: 'Éditer' }).count()).resolves.toBe(0);
    await expect(page.getByRole('button', { name: 'Confier à un relais' }).count()).resolves.toBe(0);

    const relayPanel = page.getByRole('region', { name: 'Relais' });
    await relayPanel.getByRole('button', { name: 'Accepter' }).click();
    await notified(page, 'Accompagnement accepté.');
    await relayPanel.getByText(ASSIGNMENT_STATUS_LABELS.accepted.fr, { exact: true }).waitFor();

    const reply = page.getByRole('region', { name: 'Ajouter un échange' });
    await reply.getByLabel(INTERACTION_KIND_LABELS.meeting.fr).check();
    await reply.locator('textarea[name="body"]').fill(MEETING);
    await reply.locator('input[name="minutesSpent"]').fill('60');
    await reply.getByRole('button', { name: 'Ajouter' }).click();
    await notified(page, 'Échange ajouté.');
    await page.getByRole('region', { name: 'Fil de l’accompagnement' }).getByRole('listitem').filter({ hasText: MEETING }).waitFor();
  });

  step('the relay reads the organisation’s details, never the team’s note, nor the request', async () => {
    const page = await as('relay');
    await page.getByRole('link', { name: life.organisation!.name, exact: true }).first().click();
    await page.waitForURL(new RegExp(`/organisations/${life.organisation!.id}/show$`));
    await page.getByText(life.organisation!.name, { exact: true }).first().waitFor();
    await page.getByText(life.organisation!.city, { exact: true }).first().waitFor();
    await expect(page.getByText(TEAM_NOTE).count()).resolves.toBe(0);
    await expect(page.locator('.RaLabeled-label', { hasText: /^Notes$/ }).count()).resolves.toBe(0);
    await expectAccessible(page);
    // Nor the request it came from, even by its address.
    await page.goto(`${ui.baseUrl}/requests/${life.requestId}/show`);
    await page.getByRole('heading', { level: 1, name: 'Accès réservé', exact: true }).waitFor();
    await expect(page.getByText(QUESTION).count()).resolves.toBe(0);
  });

  step('the adviser hears of the acceptance and sees the relay’s meeting on the timeline', async () => {
    const page = await as('staff');
    const relayUser = await read<{ fullName: string }>(await as('relay'), 'auth/me');
    await inTheBell(page, `Le relais Francas de l’Isère a accepté votre dossier ${life.caseRef}`);
    await page.reload();
    await caseHeading(page).waitFor();
    await page.getByRole('region', { name: 'Relais' }).getByText(ASSIGNMENT_STATUS_LABELS.accepted.fr, { exact: true }).waitFor();
    const entry = page.getByRole('region', { name: 'Fil de l’accompagnement' }).getByRole('listitem').filter({ hasText: MEETING });
    await entry.getByText(INTERACTION_KIND_LABELS.meeting.fr).waitFor();
    await entry.getByText(relayUser.fullName).waitFor();
    await entry.getByText('60 min').waitFor();
  });

  step('the adviser sets the next follow-up, moves the stage once confirmed, and closes the case as funded', async () => {
    const page = await as('staff');
    const before = await read<{ nextFollowUpAt: string }>(page, `cases/${life.caseId}`);
    await page.getByRole('button', { name: 'Dans 30 jours' }).click();
    await notified(page, 'Prochaine relance enregistrée.');
    const after = await read<{ nextFollowUpAt: string }>(page, `cases/${life.caseId}`);
    expect(after.nextFollowUpAt).not.toBe(before.nextFollowUpAt);
    await page.waitForFunction(
      (day) => (document.querySelector('input[name="nextFollowUpAt"]') as HTMLInputElement | null)?.value === day,
      after.nextFollowUpAt,
    );

    const next = STAGE_LABELS[STAGES[1]].fr;
    await page.getByRole('button', { name: next, exact: true }).click();
    const confirm = page.getByRole('dialog', { name: 'Changer d’étape ?' });
    await confirm.getByText(`L’accompagnement passera de « ${STAGE_LABELS.design.fr} » à « ${next} ».`).waitFor();
    await confirm.getByRole('button', { name: 'Confirmer' }).click();
    await notified(page, 'Étape modifiée.');
    await page.locator('[aria-current="step"]').filter({ hasText: next }).waitFor();
    await page.getByRole('region', { name: 'Historique des étapes' }).getByText(`${STAGE_LABELS.design.fr} → ${next}`).waitFor();

    await page.getByRole('link', { name: 'Éditer' }).click();
    await page.waitForURL(new RegExp(`/cases/${life.caseId}$`));
    await page.getByRole('combobox', { name: 'Statut' }).click();
    await page.getByRole('option', { name: CASE_STATUS_LABELS.closed.fr, exact: true }).click();
    await page.getByRole('combobox', { name: 'Issue' }).click();
    await page.getByRole('option', { name: CASE_OUTCOME_LABELS.funded.fr, exact: true }).click();
    await page.getByRole('button', { name: 'Enregistrer', exact: true }).click();
    await notified(page, `Accompagnement ${life.caseRef} enregistré`);
    await page.waitForURL(new RegExp(`/cases/${life.caseId}/show$`));
    await chip(page, `${CASE_STATUS_LABELS.closed.fr} · ${CASE_OUTCOME_LABELS.funded.fr}`).waitFor();
    await page.getByText(/Accompagnement clôturé : ni relance, ni nouvel échange, ni relais/).waitFor();
    await expect(page.getByRole('region', { name: 'Ajouter un échange' }).count()).resolves.toBe(0);
  });

  step('the relay sees the case closed, with nothing left to do on it', async () => {
    const page = await as('relay');
    await page.getByRole('menuitem', { name: 'Mes accompagnements' }).click();
    await page.getByRole('row').filter({ hasText: SUBJECT }).getByText(SUBJECT).click();
    await caseHeading(page).waitFor();
    await chip(page, `${CASE_STATUS_LABELS.closed.fr} · ${CASE_OUTCOME_LABELS.funded.fr}`).waitFor();
    await expect(page.getByRole('region', { name: 'Ajouter un échange' }).count()).resolves.toBe(0);
    await expect(page.getByRole('button', { name: 'Dans 30 jours' }).count()).resolves.toBe(0);
  });

  step('this year’s key figures count the request, the case opened, supported by the relay and closed', async () => {
    const after = await keyFigures();
    const before = life.figuresBefore!;
    expect(after).toEqual({
      requests: before.requests + 1,
      throughRelay: before.throughRelay + 1,
      opened: before.opened + 1,
      closed: before.closed + 1,
      assignments: before.assignments + 1,
    });
    await expectAccessible(await as('admin'));
  });
});
