/**
 * What a newcomer's first hour tripped on, each clicked as the role that meets it: a case a relay
 * already has offers no second hand-over, and a refused dialog says the API's own sentence.
 * Same harness as cases.spec.ts (the built console, the API and the reminder worker on a fresh,
 * seeded database, Debian's Chromium).
 */
import { request as apiRequest } from 'playwright-core';
import {
  DEPARTEMENT_LABELS,
  followUpDay,
  FUNDING_NOT_ENTERED,
  isWorkingDay,
  msg,
  ORGANISATION_TYPE_LABELS,
  SDG_LABELS,
  translate,
} from '@resacoop/domain';
import { accessibilityViolations, blocking } from './accessibility';
import { DEMO_PASSWORD } from './browser';
import { useConsole } from './harness';
import { inDays, isereCase, unique } from './test-values';

const STAFF = 'lyon@resacoop.test';
const ADMIN = 'admin@resacoop.test';

const ui = useConsole({ width: 1440 });

interface CreatedCase {
  id: number;
  reference: string;
}

/** A second person's write, in a session of its own (another adviser at the same moment). */
async function asAdmin<T>(path: string, data: Record<string, unknown>): Promise<T> {
  const api = await apiRequest.newContext({ baseURL: ui.baseUrl, extraHTTPHeaders: { Origin: ui.baseUrl } });
  try {
    const login = await api.post('/api/auth/login', { data: { email: ADMIN, password: DEMO_PASSWORD } });
    if (!login.ok()) throw new Error(`login: ${login.status()}`);
    const response = await api.post(`/api/${path}`, { data });
    if (!response.ok()) throw new Error(`POST ${path}: ${response.status()} ${await response.text()}`);
    return (await response.json()) as T;
  } finally {
    await api.dispose();
  }
}

describe('handing a case to a relay', () => {
  it('is not offered while a relay has the case, and says why', async () => {
    await ui.logIn(STAFF);
    const supportCase = await isereCase<CreatedCase>(ui);
    await ui.apiPost('assignments', { caseId: supportCase.id });
    await ui.page.goto(`${ui.baseUrl}/cases/${supportCase.id}/show`);
    const panel = ui.page.getByRole('region', { name: 'Relais', exact: true });
    await panel.getByTestId('assignment').waitFor();
    const assign = panel.getByRole('button', { name: 'Confier à un relais' });
    await expect(assign.isDisabled()).resolves.toBe(true);
    await panel.getByText(/^Déjà confié à un relais/).waitFor();
    await expect(assign.getAttribute('aria-describedby')).resolves.toBe('assign-blocked');
    expect(blocking(await accessibilityViolations(ui.page))).toEqual([]);
  });

  it('refused because another adviser handed it meanwhile: the dialog says the API’s sentence', async () => {
    await ui.logIn(STAFF);
    const supportCase = await isereCase<CreatedCase>(ui);
    await ui.page.goto(`${ui.baseUrl}/cases/${supportCase.id}/show`);
    await ui.page.getByRole('button', { name: 'Confier à un relais' }).click();
    const dialog = ui.page.getByRole('dialog', { name: 'Confier à un relais' });
    await dialog.getByRole('combobox').filter({ hasText: /\S/ }).waitFor();
    const relay = (await dialog.getByRole('combobox').textContent())?.trim() ?? '';
    await asAdmin('assignments', { caseId: supportCase.id });
    await dialog.getByRole('button', { name: 'Confier', exact: true }).click();
    await dialog.getByText(translate(msg('assignment.alreadyLive', { relay }), 'fr'), { exact: true }).waitFor();
    await dialog.getByRole('button', { name: 'Annuler' }).click();
    // Closed, the page is read again: the relay now has the case, no second hand-over is offered.
    await ui.page.getByText(/^Déjà confié à un relais/).waitFor();
    await expect(ui.page.getByRole('button', { name: 'Confier à un relais' }).isDisabled()).resolves.toBe(true);
  });
});

describe('the board of cases', () => {
  it('opens on every open case for the coordination, who follows none', async () => {
    await ui.logIn(ADMIN);
    const me = await ui.apiGet<{ id: number }>('auth/me');
    await expect(ui.apiGet<unknown[]>('cases', { filter: { adviserId: me.id, status: 'open' }, range: [0, 0] })).resolves.toEqual([]);
    await ui.page.goto(`${ui.baseUrl}/cases/board`);
    await ui.page.getByRole('combobox', { name: 'Conseiller·ère' }).filter({ hasText: 'Tous' }).waitFor();
    await ui.page.getByTestId('case-card').first().waitFor();
    expect(blocking(await accessibilityViolations(ui.page))).toEqual([]);
  });

  it('says when its filters hide every case, and shows them all in one click', async () => {
    await ui.logIn(STAFF);
    const me = await ui.apiGet<{ fullName: string }>('auth/me');
    await ui.page.goto(`${ui.baseUrl}/cases/board`);
    await ui.page.getByRole('combobox', { name: 'Conseiller·ère' }).filter({ hasText: me.fullName }).waitFor();
    await ui.page.getByTestId('case-card').first().waitFor();
    // The Lyon adviser's cases at Clermont: none.
    await ui.page.getByRole('combobox', { name: 'Site' }).click();
    await ui.page.getByRole('option', { name: 'Clermont-Ferrand' }).click();
    await ui.page.getByText('Aucun accompagnement ouvert ne correspond à ces filtres.').waitFor();
    expect(blocking(await accessibilityViolations(ui.page))).toEqual([]);
    await ui.page.getByRole('button', { name: 'Afficher tous les accompagnements' }).click();
    await ui.page.getByRole('combobox', { name: 'Conseiller·ère' }).filter({ hasText: 'Tous' }).waitFor();
    await ui.page.getByTestId('case-card').first().waitFor();
  });
});

describe('follow-up shortcuts', () => {
  /** Today in the browser's calendar, as the console reckons its shortcuts. */
  const browserToday = () => ui.page.evaluate(() => new Date().toLocaleDateString('sv-SE'));

  it('« Dans 7, 14, 30 jours » land on a working day, the day they set spelt out', async () => {
    await ui.logIn(STAFF);
    const supportCase = await isereCase<CreatedCase>(ui);
    await ui.page.goto(`${ui.baseUrl}/cases/${supportCase.id}/show`);
    const today = await browserToday();
    for (const days of [7, 14, 30]) {
      const shortcut = ui.page.getByRole('button', { name: `Dans ${days} jours` });
      await expect(shortcut.getAttribute('title')).resolves.toMatch(/^(lundi|mardi|mercredi|jeudi|vendredi) \d+ \S+ \d{4}$/);
      await shortcut.click();
      const expected = followUpDay(today, days);
      expect(isWorkingDay(expected)).toBe(true);
      await ui.page.waitForFunction(
        (day) => (document.querySelector('input[name="nextFollowUpAt"]') as HTMLInputElement | null)?.value === day,
        expected,
      );
      const saved = await ui.apiGet<{ nextFollowUpAt: string }>(`cases/${supportCase.id}`);
      expect(saved.nextFollowUpAt).toBe(expected);
      expect(saved.nextFollowUpAt >= new Date(Date.parse(`${today}T12:00:00Z`) + days * 86_400_000).toISOString().slice(0, 10)).toBe(true);
    }
  });

  it('a new case’s first follow-up, as proposed by the form and by a request’s conversion, is a working day', async () => {
    await ui.logIn(STAFF);
    const expected = followUpDay(await browserToday(), 14);
    await ui.page.goto(`${ui.baseUrl}/cases/create`);
    await expect(ui.page.locator('input[name="nextFollowUpAt"]').inputValue()).resolves.toBe(expected);
    const [request] = await ui
      .apiGet<{ id: number }[]>('requests', { filter: { status: 'new' }, range: [0, 50], sort: ['id', 'ASC'] })
      .then((requests) => requests.filter((candidate) => (candidate as { organisationId?: number }).organisationId));
    await ui.page.goto(`${ui.baseUrl}/requests/${request.id}/show`);
    await ui.page.getByRole('button', { name: 'Transformer en accompagnement' }).click();
    await expect(ui.page.getByRole('dialog').locator('input[name="nextFollowUpAt"]').inputValue()).resolves.toBe(expected);
  });
});

describe('the CSV import', () => {
  it('counts in the singular for one row, and previews coded values by their labels', async () => {
    await ui.logIn(STAFF);
    await ui.page.goto(`${ui.baseUrl}/import/organisations`);
    await ui.page.locator('input[type="file"]').setInputFiles({
      name: 'organisations.csv',
      mimeType: 'text/csv',
      buffer: Buffer.from(['Nom;Type;Département;Adhésion', `Une seule ${unique()};association;38;adherent`].join('\r\n'), 'utf8'),
    });
    await ui.page.getByRole('status').getByText('1 ligne : 1 valide, 0 en erreur', { exact: true }).waitFor();
    const preview = ui.page.getByRole('table', { name: 'Aperçu des premières lignes' });
    await preview.getByRole('cell', { name: ORGANISATION_TYPE_LABELS.association.fr, exact: true }).waitFor();
    await preview.getByRole('cell', { name: DEPARTEMENT_LABELS['38'].fr, exact: true }).waitFor();
    await expect(preview.getByRole('cell', { name: 'association', exact: true }).count()).resolves.toBe(0);
    await ui.page.getByRole('button', { name: 'Importer 1 ligne' }).waitFor();
    expect(blocking(await accessibilityViolations(ui.page))).toEqual([]);
  });
});

const RELAY = 'isere@relais.test';
/** The sidebar's entries (react-admin's menu), not a page's own menus. */
const SIDEBAR = '.RaMenu-open [role="menuitem"]';

describe('the sidebar and the tab title', () => {
  it.each([STAFF, ADMIN, RELAY])('%s: every sidebar entry shows its whole label', async (email) => {
    await ui.logIn(email);
    await ui.page.locator(SIDEBAR).first().waitFor();
    const cut = await ui.page
      .locator(SIDEBAR)
      .evaluateAll((items) =>
        items
          .filter((item) => [item, ...item.querySelectorAll('*')].some((element) => element.scrollWidth > element.clientWidth + 1))
          .map((item) => item.textContent),
      );
    expect(cut).toEqual([]);
  });

  it.each([STAFF, ADMIN, RELAY])('%s: each page of the sidebar, and a case’s page, names itself in the tab’s title', async (email) => {
    await ui.logIn(email);
    const entries = ui.page.locator(SIDEBAR);
    await entries.first().waitFor();
    const titles: string[] = [];
    for (let index = 0; index < (await entries.count()); index++) {
      const before = await ui.page.title();
      await entries.nth(index).click();
      await ui.page.waitForFunction((previous) => document.title !== previous, before, { timeout: 5_000 }).catch(() => undefined);
      await ui.page.waitForTimeout(300);
      titles.push(await ui.page.title());
    }
    for (const title of titles) expect(title).toMatch(/^\S.* – RESACOOP$/);
    expect(new Set(titles).size).toBe(titles.length);
    const [supportCase] = await ui.apiGet<{ id: number; reference: string }[]>('cases', { range: [0, 0], sort: ['id', 'DESC'] });
    await ui.page.goto(`${ui.baseUrl}/cases/${supportCase.id}/show`);
    await ui.page.waitForFunction((reference) => document.title.includes(reference), supportCase.reference);
    expect(await ui.page.title()).toMatch(new RegExp(`${supportCase.reference}.* – RESACOOP$`));
  });
});

describe('related lists with nothing in them', () => {
  it('say so plainly on an organisation’s and a contact’s page, blaming no filter', async () => {
    await ui.logIn(STAFF);
    const organisation = await ui.apiPost<{ id: number }>('organisations', { name: `Sans dossier ${unique()}`, type: 'association' });
    const contact = await ui.apiPost<{ id: number }>('contacts', { firstName: 'Aude', lastName: `Seule ${unique()}` });
    const pages: [string, string[]][] = [
      [
        `organisations/${organisation.id}/show`,
        [
          'Aucun contact dans cette organisation.',
          'Aucune demande pour cette organisation.',
          'Aucun accompagnement pour cette organisation.',
        ],
      ],
      [`contacts/${contact.id}/show`, ['Aucune demande pour ce contact.', 'Aucun accompagnement pour ce contact.']],
    ];
    for (const [path, sentences] of pages) {
      await ui.page.goto(`${ui.baseUrl}/${path}`);
      for (const sentence of sentences) await ui.page.getByText(sentence, { exact: true }).waitFor();
      await expect(ui.page.getByText(/avec les filtres actuels|Effacer les filtres/i).count()).resolves.toBe(0);
      expect(blocking(await accessibilityViolations(ui.page))).toEqual([]);
    }
  });
});

describe('what a case’s labels say', () => {
  it('names the contact as what it is, countries and ODD by their names in the history, the holder in one column of the list', async () => {
    await ui.logIn(STAFF);
    const [organisation] = await ui.apiGet<{ id: number }[]>('organisations', {
      filter: { departement: '38' },
      range: [0, 0],
      sort: ['id', 'ASC'],
    });
    const person = await ui.apiPost<{ id: number; lastName: string }>('contacts', {
      firstName: 'Inès',
      lastName: `Membre ${unique()}`,
      organisationId: organisation.id,
    });
    const individual = await ui.apiPost<{ id: number; lastName: string }>('contacts', { firstName: 'Paul', lastName: `Seul ${unique()}` });
    const title = `Étiquettes ${unique()}`;
    const withOrganisation = await ui.apiPost<CreatedCase>('cases', {
      organisationId: organisation.id,
      contactId: person.id,
      projectTitle: title,
      countries: ['SN'],
      sdgs: [4],
      nextFollowUpAt: inDays(10),
    });
    await ui.apiPost<CreatedCase>('cases', { contactId: individual.id, projectTitle: `${title} particulier`, nextFollowUpAt: inDays(10) });

    await ui.apiPost('assignments', { caseId: withOrganisation.id });
    await ui.page.goto(`${ui.baseUrl}/cases/${withOrganisation.id}/show`);
    // The hand-over on the timeline reads as the relay's, not as a status change.
    const timeline = ui.page.getByRole('region', { name: 'Fil de l’accompagnement' });
    await timeline
      .getByRole('listitem')
      .filter({ hasText: /Confié au relais/ })
      .getByText('Relais', { exact: true })
      .waitFor();
    await expect(timeline.getByText('Changement de statut', { exact: true }).count()).resolves.toBe(0);
    const history = ui.page.getByRole('region', { name: 'Historique' });
    await history
      .locator('li')
      .filter({ hasText: /:\s*Sénégal$/ })
      .waitFor();
    await history
      .locator('li')
      .filter({ hasText: new RegExp(`:\\s*${SDG_LABELS[4].fr}$`) })
      .waitFor();
    await expect(
      history
        .locator('li')
        .filter({ hasText: /:\s*SN$/ })
        .count(),
    ).resolves.toBe(0);
    await expect(ui.page.getByText('Contact (particulier)').count()).resolves.toBe(0);
    // Funding nobody entered reads so, on the page and in the history, never « 0 € ».
    await expect(ui.page.getByText(/^0\s*€$/).count()).resolves.toBe(0);
    await expect(ui.page.getByText(FUNDING_NOT_ENTERED.fr, { exact: true }).count()).resolves.toBe(2);
    await history
      .locator('li')
      .filter({ hasText: new RegExp(`^Financement recherché\\s*:\\s*${FUNDING_NOT_ENTERED.fr}$`) })
      .waitFor();

    await ui.page.goto(`${ui.baseUrl}/cases?filter=${encodeURIComponent(JSON.stringify({ q: title }))}`);
    const table = ui.page.getByRole('table');
    await table.getByRole('columnheader', { name: 'Porteur du projet' }).waitFor();
    await expect(table.getByRole('columnheader', { name: /Contact/ }).count()).resolves.toBe(0);
    await table
      .getByRole('row')
      .filter({ hasText: `${title} particulier` })
      .getByText(`Paul ${individual.lastName}`)
      .waitFor();
    await table
      .getByRole('row')
      .filter({ hasText: `${title} particulier` })
      .click();
    await ui.page.getByText('Porteur (particulier)', { exact: true }).waitFor();
    expect(blocking(await accessibilityViolations(ui.page))).toEqual([]);
  });
});
