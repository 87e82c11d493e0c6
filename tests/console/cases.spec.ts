/**
 * Browser tests of support cases: the board by stage (a card dragged to the next stage), the relay
 * portal (a case handed to the Isère relay, accepted there, a meeting logged on its timeline), and
 * a request turned into a case from its page.
 * Same harness as directory.spec.ts: Chromium (Debian's) driven by playwright-core against the
 * built console served by the real API on a fresh, seeded database (see ./server).
 */
import { useConsole } from './harness';
import { unique, inDays } from './test-values';
import { ASSIGNMENT_STATUS_LABELS, INTERACTION_KIND_LABELS, STAGE_LABELS, STAGES } from '@resacoop/domain';

const STAFF = 'lyon@resacoop.test';
const ISERE_RELAY = 'isere@relais.test';

const ui = useConsole({ width: 1600 });

/** Waits for a notification of the console (react-admin's snackbar). */
async function notified(text: string): Promise<void> {
  await ui.page.getByText(text, { exact: true }).first().waitFor();
}

describe('support cases', () => {
  it('moves a case to the next stage by dragging its card on the board, and the case page shows the move', async () => {
    await ui.logIn(STAFF);
    await ui.page.getByRole('menuitem', { name: 'Accompagnements' }).click();
    await ui.page.waitForURL(/\/cases\/board$/);
    await ui.page.locator('[data-testid="case-card"]').first().waitFor();

    // The first stage (but the last) with a card: that card goes one column to the right.
    let from: (typeof STAGES)[number] | undefined;
    for (const stage of STAGES.slice(0, -1)) {
      if ((await ui.page.locator(`[data-stage="${stage}"] [data-testid="case-card"]`).count()) > 0) {
        from = stage;
        break;
      }
    }
    if (!from) throw new Error('no open case on the board before the last stage');
    const to = STAGES[STAGES.indexOf(from) + 1];
    const first = ui.page.locator(`[data-stage="${from}"] [data-testid="case-card"]`).first();
    const reference = (await first.getByRole('link').textContent())?.trim() ?? '';
    expect(reference).toMatch(/^AC-\d{4}-\d{4}$/);

    // Dropped on the column's title, next to the card: a drop further down would scroll the page mid-drag.
    const dragged = ui.page
      .locator('[data-testid="case-card"]')
      .filter({ has: ui.page.getByRole('link', { name: reference, exact: true }) });
    await dragged.dragTo(ui.page.locator(`[data-stage="${to}"] h2`));
    await notified('Étape modifiée.');
    await ui.page.locator(`[data-stage="${to}"] [data-testid="case-card"]`).getByRole('link', { name: reference, exact: true }).waitFor();

    await ui.page.locator(`[data-stage="${to}"]`).getByRole('link', { name: reference, exact: true }).click();
    await ui.page.waitForURL(/\/cases\/\d+\/show$/);
    await ui.page.getByRole('heading', { name: reference, exact: true }).waitFor();
    const current = ui.page.locator('[aria-current="step"]');
    await expect(current.textContent()).resolves.toContain(STAGE_LABELS[to].fr);
    const history = ui.page.getByRole('region', { name: 'Historique des étapes' });
    await history.getByText(`${STAGE_LABELS[from].fr} → ${STAGE_LABELS[to].fr}`).waitFor();
    const timeline = ui.page.getByRole('region', { name: 'Fil de l’accompagnement' });
    await timeline.getByText(INTERACTION_KIND_LABELS.stage_change.fr).first().waitFor();
  });

  it('hands a case to the Isère relay, whose user accepts it and logs a meeting on its timeline', async () => {
    const title = `Projet relais ${unique()}`;
    await ui.logIn(STAFF);
    const [organisation] = await ui.apiGet<{ id: number; name: string }[]>('organisations', {
      filter: { departement: '38' },
      range: [0, 0],
      sort: ['id', 'ASC'],
    });
    const created = await ui.apiPost<{ id: number; reference: string }>('cases', {
      organisationId: organisation.id,
      projectTitle: title,
      nextFollowUpAt: inDays(10),
    });

    // The team hands it over from the case page; the Isère relay is proposed by default.
    await ui.page.goto(`${ui.baseUrl}/cases/${created.id}/show`);
    await ui.page.getByRole('heading', { name: created.reference, exact: true }).waitFor();
    await ui.page.getByRole('button', { name: 'Confier à un relais' }).click();
    const dialog = ui.page.getByRole('dialog', { name: 'Confier à un relais' });
    await dialog.getByText('Francas de l’Isère').waitFor();
    await dialog.getByRole('button', { name: 'Confier', exact: true }).click();
    await notified('Accompagnement confié au relais.');
    const relays = ui.page.getByRole('region', { name: 'Relais' });
    await relays.getByText(ASSIGNMENT_STATUS_LABELS.proposed.fr).waitFor();

    // The relay user's menu holds their cases and nothing else of the directory or the desk.
    await ui.newSession();
    await ui.logIn(ISERE_RELAY);
    await ui.page.getByRole('menuitem', { name: 'Mes accompagnements' }).click();
    await ui.page.waitForURL(/\/cases$/);
    await expect(ui.page.getByRole('menuitem', { name: 'Organisations' }).count()).resolves.toBe(0);
    await expect(ui.page.getByRole('menuitem', { name: 'Demandes' }).count()).resolves.toBe(0);
    await expect(ui.page.getByRole('menuitem', { name: 'Contacts' }).count()).resolves.toBe(0);
    await ui.page.getByRole('cell', { name: title }).click();
    await ui.page.waitForURL(new RegExp(`/cases/${created.id}/show$`));
    await ui.page.getByRole('heading', { name: created.reference, exact: true }).waitFor();
    await expect(ui.page.getByRole('link', { name: 'Éditer' }).count()).resolves.toBe(0);

    await ui.page.getByRole('region', { name: 'Relais' }).getByRole('button', { name: 'Accepter' }).click();
    await notified('Accompagnement accepté.');
    await ui.page.getByRole('region', { name: 'Relais' }).getByText(ASSIGNMENT_STATUS_LABELS.accepted.fr).waitFor();

    const minutes = `Réunion de lancement ${unique()}`;
    const reply = ui.page.getByRole('region', { name: 'Ajouter un échange' });
    await reply.getByLabel(INTERACTION_KIND_LABELS.meeting.fr).check();
    await reply.locator('textarea[name="body"]').fill(minutes);
    await reply.locator('input[name="minutesSpent"]').fill('45');
    await reply.getByRole('button', { name: 'Ajouter' }).click();
    await notified('Échange ajouté.');
    const timeline = ui.page.getByRole('region', { name: 'Fil de l’accompagnement' });
    const entry = timeline.getByRole('listitem').filter({ hasText: minutes });
    await entry.waitFor();
    await entry.getByText(INTERACTION_KIND_LABELS.meeting.fr).waitFor();
    await entry.getByText('45 min').waitFor();
    // The acceptance is on the same timeline.
    await timeline.getByText(/→ Accepté/).waitFor();
  });

  it('turns a request into a case from the request page and lands on the case', async () => {
    await ui.logIn(STAFF);
    const [organisation] = await ui.apiGet<{ id: number }[]>('organisations', { range: [0, 0], sort: ['id', 'ASC'] });
    const subject = `Projet issu d’une demande ${unique()}`;
    const request = await ui.apiPost<{ id: number; reference: string }>('requests', {
      channel: 'phone',
      topic: 'funding',
      subject,
      question: 'Quels financements pour notre projet ?',
      organisationId: organisation.id,
    });

    await ui.page.goto(`${ui.baseUrl}/requests/${request.id}/show`);
    await ui.page.getByRole('heading', { name: request.reference, exact: true }).waitFor();
    await ui.page.getByRole('button', { name: 'Transformer en accompagnement' }).click();
    const dialog = ui.page.getByRole('dialog', { name: 'Transformer la demande en accompagnement' });
    await expect(dialog.locator('input[name="nextFollowUpAt"]').inputValue()).resolves.toMatch(/^\d{4}-\d{2}-\d{2}$/);
    await dialog.getByRole('button', { name: 'Créer l’accompagnement' }).click();

    await ui.page.waitForURL(/\/cases\/\d+\/show$/);
    const caseReference = (await ui.page.getByRole('heading', { level: 1, name: /^AC-\d{4}-\d{4}$/ }).innerText()).trim();
    await ui.page.getByText(subject, { exact: true }).first().waitFor();

    // Back on the request: a link to its case, named by its reference, instead of the button.
    await ui.page.goto(`${ui.baseUrl}/requests/${request.id}/show`);
    await ui.page.getByRole('link', { name: caseReference, exact: true }).first().waitFor();
    await expect(ui.page.getByRole('button', { name: 'Transformer en accompagnement' }).count()).resolves.toBe(0);
  });
});
