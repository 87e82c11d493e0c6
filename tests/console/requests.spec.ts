/**
 * Browser tests of the information-request desk: the quick-entry form filled in with the keyboard
 * alone, the request page (assign, status moves, answer, timeline), the queue's views.
 * Same harness as directory.spec.ts: Chromium (Debian's) driven by playwright-core against the
 * built console served by the real API on a fresh, seeded database (see ./server).
 */
import { accessibilityViolations, blocking } from './accessibility';
import { useConsole } from './harness';
import { REQUEST_STATUS_LABELS, REQUEST_TRANSITIONS } from '@resacoop/domain';

const ui = useConsole();

/** A read of the API with the browser's session (the test's own setup, not what is under test). */
async function apiGet<T>(path: string, query: Record<string, unknown> = {}): Promise<{ body: T; total: number }> {
  const params = new URLSearchParams(Object.entries(query).map(([key, value]) => [key, JSON.stringify(value)]));
  const response = await ui.page.request.get(`${ui.baseUrl}/api/${path}?${params.toString()}`);
  if (!response.ok()) throw new Error(`GET ${path}: ${response.status()} ${await response.text()}`);
  const range = response.headers()['content-range'];
  return { body: (await response.json()) as T, total: range ? Number(range.split('/')[1]) : 0 };
}

/** Logs a request through the API. */
function apiCreateRequest(data: Record<string, unknown>): Promise<{ id: number; reference: string }> {
  return ui.apiPost('requests', data);
}

interface DemoContact {
  id: number;
  firstName: string;
  lastName: string;
  organisationId: number | null;
}

/**
 * A demo contact in an organisation, with what to type to find it: its first name and the start
 * of its last name, which the directory search must match for this contact alone.
 */
async function findDemoContact(): Promise<{ contact: DemoContact; typed: string; organisationName: string }> {
  const { body: contacts } = await apiGet<DemoContact[]>('contacts', { sort: ['id', 'ASC'], range: [0, 49] });
  for (const contact of contacts) {
    if (!contact.organisationId) continue;
    const typed = `${contact.firstName} ${contact.lastName.slice(0, Math.max(3, contact.lastName.length - 2))}`;
    const { total } = await apiGet<DemoContact[]>('contacts', { filter: { q: typed }, range: [0, 0] });
    if (total !== 1) continue;
    const organisation = await ui.page.request.get(`${ui.baseUrl}/api/organisations/${contact.organisationId}`);
    const { name } = (await organisation.json()) as { name: string };
    return { contact, typed, organisationName: name };
  }
  throw new Error('no demo contact with a unique name among the first 50');
}

/** Waits until the keyboard focus is on the form field named `name`. */
async function focusIsOn(name: string): Promise<void> {
  await ui.page.waitForFunction((expected) => document.activeElement?.getAttribute('name') === expected, name);
}

/** Waits until the open suggestion list holds a single option, highlighted, that reads `text`. */
async function onlySuggestion(text: string): Promise<void> {
  await ui.page.waitForFunction((expected) => {
    const options = [...document.querySelectorAll('[role="listbox"] [role="option"]')];
    return options.length === 1 && (options[0].textContent ?? '').includes(expected) && options[0].classList.contains('Mui-focused');
  }, text);
}

/** Waits until an input shows `value` (an autocomplete once its record is loaded). */
async function inputShows(name: string, value: string): Promise<void> {
  const input = await ui.page.locator(`input[name="${name}"]`).elementHandle();
  await ui.page.waitForFunction(([element, expected]) => (element as { value?: string } | null)?.value === expected, [
    input,
    value,
  ] as const);
}

/** The value shown under a label on a record's page. */
const shownField = (label: string) =>
  ui.page.locator('.RaLabeled-label', { hasText: new RegExp(`^${label.replace(/[()]/g, '\\$&')}$`) }).locator('..');
const statusChip = (label: string) => ui.page.locator('.MuiChip-root', { hasText: new RegExp(`^${label}$`) }).first();
const statusButton = (label: string) =>
  ui.page.getByRole('group', { name: 'Passer à :' }).getByRole('button', { name: label, exact: true });

describe('staff console: the information-request desk', () => {
  it('logs a request with the keyboard alone, then assigns, moves and answers it, and finds it in the queue', async () => {
    const stamp = String(Date.now());
    const subject = `Cofinancement d’un projet au Togo ${stamp}`;
    await ui.logIn('lyon@resacoop.test');
    const { contact, typed, organisationName } = await findDemoContact();
    const contactName = `${contact.firstName} ${contact.lastName}`;

    // The quick-entry form is the first entry of the menu after the dashboard.
    await ui.page.getByRole('menuitem', { name: 'Nouvelle demande' }).click();
    await ui.page.waitForURL(/\/requests\/create$/);

    // The channel has the focus, "phone" already chosen; Tab goes through the form in order.
    await ui.page.waitForFunction(() => (document.activeElement as HTMLInputElement | null)?.value === 'phone');
    await focusIsOn('channel');
    await ui.page.keyboard.press('Tab');
    await focusIsOn('contactId');
    await ui.page.keyboard.type(typed);
    await onlySuggestion(`${contactName} — ${organisationName}`);
    await ui.page.keyboard.press('Enter');
    await inputShows('contactId', contactName);
    // Choosing the contact fills in their organisation.
    await inputShows('organisationId', organisationName);

    await ui.page.keyboard.press('Tab');
    await focusIsOn('organisationId');
    await ui.page.keyboard.press('Tab');
    await focusIsOn('requesterName');
    await ui.page.keyboard.press('Tab');
    await focusIsOn('requesterEmail');
    await ui.page.keyboard.press('Tab');
    await focusIsOn('topic');
    await ui.page.keyboard.type('financ');
    await onlySuggestion('Financements');
    await ui.page.keyboard.press('Enter');
    await inputShows('topic', 'Financements');
    await ui.page.keyboard.press('Tab');
    await focusIsOn('subject');
    await ui.page.keyboard.type(subject);
    await ui.page.keyboard.press('Tab');
    await focusIsOn('question');
    await ui.page.keyboard.type('Quels cofinancements pour un projet d’adduction d’eau au Togo ?');
    await ui.page.keyboard.press('Tab');
    await focusIsOn('answer');
    // Whoever takes the call handles the request unless they hand it on: the assignee is already them.
    await ui.page.keyboard.press('Tab');
    await focusIsOn('assigneeId');
    await inputShows('assigneeId', 'Louise Lyonnais');
    await ui.page.keyboard.press('Tab');
    await focusIsOn('minutesSpent');
    await ui.page.keyboard.type('5');
    // Ctrl+Enter saves from any field.
    await ui.page.keyboard.press('Control+Enter');

    // Saved as a new request: its page opens.
    await ui.page.waitForURL(/\/requests\/\d+\/show$/);
    const heading = ui.page.getByRole('heading', { level: 1, name: /^DI-\d{4}-\d{4}$/ });
    const reference = (await heading.innerText()).trim();
    // The save says what it saved, and the page shows no technical field.
    await ui.page.getByText(`Demande ${reference} enregistrée`).waitFor();
    expect(await ui.page.getByRole('main').getByText('Version', { exact: true }).count()).toBe(0);
    await ui.page.getByText(subject, { exact: true }).first().waitFor();
    await statusChip(REQUEST_STATUS_LABELS.new.fr).waitFor();
    // Linked from the request's fields (and from its history, which names them too).
    await shownField('Contact').getByRole('link', { name: contactName }).waitFor();
    await shownField('Organisation').getByRole('link', { name: organisationName }).waitFor();

    // Already the user's own: no "assign to me", their name under "assigned to".
    await shownField('Attribuée à').getByText('Louise Lyonnais', { exact: true }).waitFor();
    expect(await ui.page.getByRole('button', { name: 'M’attribuer' }).count()).toBe(0);

    // In progress.
    await statusButton('En cours').click();
    await statusChip('En cours').waitFor();
    await statusButton('En attente du demandeur').waitFor();
    await statusButton('En cours').waitFor({ state: 'detached' });

    // Answered: without an answer yet, a dialog asks for it.
    await statusButton('Répondue').click();
    const dialog = ui.page.getByRole('dialog');
    await dialog.waitFor();
    await ui.page.waitForFunction(() => document.activeElement?.getAttribute('name') === 'answer');
    await ui.page.keyboard.type('Voir l’appel à projets de la Région et le FRIO ; rendez-vous proposé.');
    await dialog.getByRole('button', { name: 'Enregistrer la réponse' }).click();
    await dialog.waitFor({ state: 'detached' });
    await statusChip('Répondue').waitFor();
    await statusButton('Clôturée').waitFor();
    await ui.page.getByText('Voir l’appel à projets de la Région et le FRIO ; rendez-vous proposé.', { exact: true }).waitFor();
    // Each move is on the timeline.
    const timeline = ui.page.locator('section[aria-label="Fil de la demande"]');
    await timeline.getByText('Nouvelle → En cours').waitFor();
    await timeline.getByText('En cours → Répondue').waitFor();

    // In the queue, under "answered this month".
    await ui.page.getByRole('menuitem', { name: 'Demandes', exact: true }).click();
    await ui.page.waitForURL(/\/requests(\?.*)?$/);
    await ui.page.getByRole('tab', { name: 'Répondues ce mois-ci' }).click();
    await ui.page.locator('[role="tab"][aria-selected="true"]', { hasText: 'Répondues ce mois-ci' }).waitFor();
    await ui.page.locator('table tbody tr', { hasText: reference }).waitFor();
    await ui.page.locator('table tbody tr', { hasText: reference }).getByText(subject).waitFor();
  });

  it('answers and closes a request from the quick-entry form, only once the answer is typed', async () => {
    const stamp = String(Date.now());
    const subject = `Offres de stage en ONG ${stamp}`;
    const answer = 'Orientée vers la bourse aux stages du réseau.';
    await ui.logIn('lyon@resacoop.test');
    await ui.page.getByRole('menuitem', { name: 'Demandes', exact: true }).click();
    await ui.page.waitForURL(/\/requests(\?.*)?$/);
    // From the queue, one click.
    await ui.page.getByRole('link', { name: 'Nouvelle demande' }).click();
    await ui.page.waitForURL(/\/requests\/create$/);
    await focusIsOn('channel');
    // Another channel, with the arrow keys.
    await ui.page.keyboard.press('ArrowRight');
    await ui.page.waitForFunction(() => (document.activeElement as HTMLInputElement | null)?.value === 'email');
    await ui.page.locator('input[name="requesterName"]').fill('Camille Petit');
    await ui.page.locator('input[name="topic"]').focus();
    await ui.page.keyboard.type('stages');
    await onlySuggestion('Emplois et stages');
    await ui.page.keyboard.press('Enter');
    await ui.page.locator('input[name="subject"]').fill(subject);
    await ui.page.locator('textarea[name="question"]').fill('Où trouver des offres de stage ?');

    // Without an answer, nothing is sent: the answer field says why and has the focus.
    await ui.page.getByRole('button', { name: 'Répondre et clôturer' }).click();
    await ui.page.locator('textarea[name="answer"][aria-invalid="true"]').waitFor();
    await focusIsOn('answer');
    expect(ui.page.url()).toMatch(/\/requests\/create$/);

    await ui.page.keyboard.type(answer);
    await ui.page.getByRole('button', { name: 'Répondre et clôturer' }).click();
    await ui.page.waitForURL(/\/requests\/\d+\/show$/);
    await ui.page.getByText(subject, { exact: true }).first().waitFor();
    await statusChip(REQUEST_STATUS_LABELS.closed.fr).waitFor();
    await ui.page.getByText(answer, { exact: true }).waitFor();
    await shownField('Canal').getByText('E-mail', { exact: true }).waitFor();
    // The API went through "answered" to "closed"; from closed, only reopening is offered.
    const timeline = ui.page.locator('section[aria-label="Fil de la demande"]');
    await timeline.getByText('Nouvelle → Répondue').waitFor();
    await timeline.getByText('Répondue → Clôturée').waitFor();
    const offered = (await ui.page.getByRole('group', { name: 'Passer à :' }).getByRole('button').allTextContents()).map((text) =>
      text.trim(),
    );
    expect(offered).toEqual(REQUEST_TRANSITIONS.closed.map((status) => REQUEST_STATUS_LABELS[status].fr));
  });

  it('adds a note with minutes to the timeline, and the minutes to the request', async () => {
    const stamp = String(Date.now());
    await ui.logIn('lyon@resacoop.test');
    const request = await apiCreateRequest({
      channel: 'email',
      topic: 'volunteering',
      subject: `Volontariat en Bolivie ${stamp}`,
      question: 'Quelles structures d’envoi ?',
      requesterName: 'Jeanne Martin',
      minutesSpent: 10,
    });
    await ui.page.goto(`${ui.baseUrl}/requests/${request.id}/show`);
    await ui.page.getByRole('heading', { level: 1, name: request.reference, exact: true }).waitFor();
    const minutes = shownField('Temps passé (min)');
    await minutes.getByText('10', { exact: true }).waitFor();

    const box = ui.page.locator('section[aria-label="Ajouter un échange"]');
    const note = `Rappelée : liste des structures d’envoi transmise ${stamp}`;
    await box.locator('textarea[name="body"]').fill(note);
    await box.locator('input[name="minutesSpent"]').fill('20');
    await box.getByRole('button', { name: 'Ajouter' }).click();

    const entry = ui.page.locator('section[aria-label="Fil de la demande"] li', { hasText: note });
    await entry.waitFor();
    await entry.getByText('20 min').waitFor();
    await entry.getByText('Note', { exact: true }).waitFor();
    await entry.getByText('Louise Lyonnais').waitFor();
    // The request's time spent now counts the note's minutes; the box is empty again.
    await minutes.getByText('30', { exact: true }).waitFor();
    await ui.page.waitForFunction(() => (document.querySelector('textarea[name="body"]') as HTMLTextAreaElement | null)?.value === '');
  });

  it('offers exactly the legal moves of a new request', async () => {
    await ui.logIn('lyon@resacoop.test');
    const request = await apiCreateRequest({
      channel: 'phone',
      topic: 'other',
      subject: `Documentation ${Date.now()}`,
      question: 'Une question',
      requesterName: 'Paul Durand',
    });
    await ui.page.goto(`${ui.baseUrl}/requests/${request.id}/show`);
    await ui.page.getByRole('heading', { level: 1, name: request.reference, exact: true }).waitFor();
    const group = ui.page.getByRole('group', { name: 'Passer à :' });
    await group.getByRole('button').first().waitFor();
    const offered = (await group.getByRole('button').allTextContents()).map((text) => text.trim());
    expect(offered).toEqual(REQUEST_TRANSITIONS.new.map((status) => REQUEST_STATUS_LABELS[status].fr));
  });

  it('shows the desk to staff, not to relay users', async () => {
    await ui.logIn('lyon@resacoop.test');
    await ui.page.getByRole('menuitem', { name: 'Demandes', exact: true }).waitFor();
    await ui.page.getByRole('menuitem', { name: 'Nouvelle demande' }).waitFor();

    await ui.newSession();
    // A relay user's home is their own dashboard; the menu, built from the permissions, has no requests.
    await ui.logIn('isere@relais.test');
    await ui.page.getByRole('menuitem', { name: 'Mes accompagnements' }).waitFor();
    expect(await ui.page.getByRole('menuitem', { name: 'Demandes', exact: true }).count()).toBe(0);
    expect(await ui.page.getByRole('menuitem', { name: 'Nouvelle demande' }).count()).toBe(0);
    // Nor can the pages be reached by their address.
    await ui.page.goto(`${ui.baseUrl}/requests/create`);
    await ui.page.getByRole('heading', { level: 1, name: 'Accès réservé', exact: true }).waitFor();
    expect(await ui.page.locator('input[name="subject"]').count()).toBe(0);
  });

  describe('a request that becomes a support case', () => {
    /** Presses Tab until the focus is on the control named `name` (a button, a link), as a keyboard user does. */
    async function tabTo(name: string): Promise<void> {
      for (let presses = 0; presses < 80; presses++) {
        await ui.page.keyboard.press('Tab');
        const focused = await ui.page.evaluate(() => document.activeElement?.textContent?.trim() ?? '');
        if (focused === name) return;
      }
      throw new Error(`“${name}” never got the keyboard focus`);
    }

    /** The request's page once converted: the status says so, the case is linked by its reference, nothing left to move. */
    async function showsConverted(requestId: number, caseReference: string): Promise<void> {
      await ui.page.goto(`${ui.baseUrl}/requests/${requestId}/show`);
      await statusChip(REQUEST_STATUS_LABELS.converted.fr).waitFor();
      const linked = shownField('Accompagnement').getByRole('link', { name: caseReference, exact: true });
      await linked.waitFor();
      expect(await linked.getAttribute('href')).toMatch(/#?\/cases\/\d+\/show$/);
      expect(await ui.page.getByRole('group', { name: 'Passer à :' }).count()).toBe(0);
      expect(await ui.page.getByRole('button', { name: 'M’attribuer' }).count()).toBe(0);
      expect(await ui.page.getByRole('button', { name: 'Transformer en accompagnement' }).count()).toBe(0);
      // The history names the case by its reference too, as a link.
      await ui.page.locator('section[aria-label="Historique"]').getByRole('link', { name: caseReference, exact: true }).waitFor();
      await ui.page.locator('section[aria-label="Fil de la demande"]').getByText(`Convertie en accompagnement ${caseReference}`).waitFor();
    }

    it('converts a request with the project’s countries: the case is in their zones, the request shows it converted', async () => {
      const stamp = String(Date.now());
      await ui.logIn('lyon@resacoop.test');
      const organisation = await ui.apiPost<{ id: number; name: string }>('organisations', {
        name: `Amitié Lyon-Maroc ${stamp}`,
        type: 'association',
        departement: '69M',
      });
      const request = await apiCreateRequest({
        channel: 'email',
        topic: 'project_design',
        subject: `Centre de formation à Marrakech ${stamp}`,
        question: 'Comment monter le projet ?',
        organisationId: organisation.id,
      });
      await ui.page.goto(`${ui.baseUrl}/requests/${request.id}/show`);
      await ui.page.getByRole('button', { name: 'Transformer en accompagnement' }).click();
      const dialog = ui.page.getByRole('dialog', { name: 'Transformer la demande en accompagnement' });
      await dialog.waitFor();
      await dialog.getByRole('combobox', { name: 'Pays' }).fill('Maroc');
      await onlySuggestion('Maroc');
      await ui.page.getByRole('option', { name: 'Maroc' }).click();
      await dialog.getByRole('button', { name: 'Maroc' }).waitFor();
      expect(blocking(await accessibilityViolations(ui.page))).toEqual([]);
      await dialog.getByRole('button', { name: 'Créer l’accompagnement' }).click();

      await ui.page.waitForURL(/\/cases\/\d+\/show$/);
      const caseReference = (await ui.page.getByRole('heading', { level: 1, name: /^AC-\d{4}-\d{4}$/ }).innerText()).trim();
      const [created] = await ui.apiGet<{ zones: string[]; countries: string[] }[]>('cases', { filter: { q: caseReference } });
      expect(created).toMatchObject({ countries: ['MA'], zones: ['maghreb'] });
      await showsConverted(request.id, caseReference);
    });

    it('converts a private individual’s request, with no organisation, from the keyboard alone', async () => {
      const stamp = String(Date.now());
      await ui.logIn('lyon@resacoop.test');
      const contact = await ui.apiPost<{ id: number }>('contacts', { firstName: 'Awa', lastName: `Sow ${stamp}` });
      const request = await apiCreateRequest({
        channel: 'phone',
        topic: 'volunteering',
        subject: `Chantier solidaire au Sénégal ${stamp}`,
        question: 'Je voudrais monter un chantier solidaire.',
        contactId: contact.id,
      });
      await ui.page.goto(`${ui.baseUrl}/requests/${request.id}/show`);
      await ui.page.getByRole('heading', { level: 1, name: request.reference, exact: true }).waitFor();

      await tabTo('Transformer en accompagnement');
      await ui.page.keyboard.press('Enter');
      const dialog = ui.page.getByRole('dialog', { name: 'Transformer la demande en accompagnement' });
      await dialog.waitFor();
      // The countries have the focus: type, Enter picks the highlighted one.
      await focusIsOn('countries');
      await ui.page.keyboard.type('Sénégal');
      await onlySuggestion('Sénégal');
      await ui.page.keyboard.press('Enter');
      await dialog.getByRole('button', { name: 'Sénégal' }).waitFor();
      await ui.page.keyboard.press('Tab');
      await focusIsOn('nextFollowUpAt');
      await tabTo('Créer l’accompagnement');
      await ui.page.keyboard.press('Enter');

      await ui.page.waitForURL(/\/cases\/\d+\/show$/);
      const caseReference = (await ui.page.getByRole('heading', { level: 1, name: /^AC-\d{4}-\d{4}$/ }).innerText()).trim();
      // Held by the person: their name where an organisation would be.
      await shownField('Porteur (particulier)')
        .getByRole('link', { name: `Awa Sow ${stamp}` })
        .waitFor();
      const [created] = await ui.apiGet<{ organisationId: number | null; contactId: number; zones: string[] }[]>('cases', {
        filter: { q: caseReference },
      });
      expect(created).toMatchObject({ organisationId: null, contactId: contact.id, zones: ['sub_saharan_africa'] });
      await showsConverted(request.id, caseReference);
    });
  });
});
