/**
 * Browser tests of the home page: what is late or due soon for the logged-in user, the relay
 * proposals not answered yet and, for the team, this year's headline figures.
 * Same harness as directory.spec.ts: Chromium (Debian's) driven by playwright-core against the
 * built console served by the real API on a fresh, seeded database (see ./server).
 */
import { useConsole } from './harness';

const STAFF = 'lyon@resacoop.test';
const ISERE_RELAY = 'isere@relais.test';

const ui = useConsole();

interface Dashboard {
  requests: { overdueCount: number; dueSoonCount: number };
  followUps: { overdueCount: number; dueSoonCount: number };
  assignments: { count: number };
  figures: { year: number; requests: number } | null;
}

const section = (title: string) => ui.page.getByRole('region', { name: title, exact: true });

/** The total a section shows beside its title. */
const countOf = (title: string) =>
  section(title)
    .getByLabel(/^Total : \d+$/)
    .innerText();

describe('dashboard', () => {
  it('shows a staff member their late and due-soon work with counts, and opens an overdue request in one click', async () => {
    await ui.logIn(STAFF);
    const me = await ui.apiGet<{ id: number }>('auth/me');
    // Received long ago and still open: overdue, and first of the list (oldest due date first).
    const overdue = await ui.apiPost<{ id: number; reference: string }>('requests', {
      channel: 'email',
      topic: 'partnership',
      subject: 'Partenaire au Burkina Faso, toujours sans réponse',
      question: 'Connaissez-vous des associations partenaires à Bobo-Dioulasso ?',
      requesterName: 'Jeanne Martin',
      assigneeId: me.id,
      status: 'in_progress',
      receivedAt: '2020-01-06T09:00:00.000Z',
    });
    const expected = await ui.apiGet<Dashboard>('dashboard');
    expect(expected.requests.overdueCount).toBeGreaterThan(0);
    await ui.page.reload();

    await expect(countOf('Mes demandes en retard')).resolves.toBe(String(expected.requests.overdueCount));
    await expect(countOf('Mes demandes à échéance proche')).resolves.toBe(String(expected.requests.dueSoonCount));
    await expect(countOf('Mes relances de suivi')).resolves.toBe(String(expected.followUps.overdueCount + expected.followUps.dueSoonCount));
    await expect(countOf('Propositions de relais non confirmées')).resolves.toBe(String(expected.assignments.count));
    const year = new Date().getFullYear();
    const figures = section(`Chiffres clés de l’année ${year}`);
    await figures.getByText(String(expected.figures?.requests), { exact: true }).waitFor();
    await figures.getByRole('link', { name: 'Voir les chiffres clés' }).waitFor();

    const seeAll = section('Mes demandes en retard').getByRole('link', { name: 'Tout voir' });
    expect(decodeURIComponent((await seeAll.getAttribute('href')) ?? '')).toBe(`/requests?filter={"assigneeId":${me.id},"overdue":true}`);

    await section('Mes demandes en retard')
      .getByRole('link', { name: new RegExp(`^${overdue.reference} · Partenaire au Burkina Faso`) })
      .click();
    await ui.page.waitForURL(new RegExp(`/requests/${overdue.id}/show$`));
    await ui.page.getByRole('heading', { name: overdue.reference, exact: true }).waitFor();
  });

  it('shows a relay user their follow-ups and the proposals awaiting their answer, without requests or figures', async () => {
    await ui.logIn(ISERE_RELAY);
    const expected = await ui.apiGet<Dashboard>('dashboard');
    await expect(countOf('Mes relances de suivi')).resolves.toBe(String(expected.followUps.overdueCount + expected.followUps.dueSoonCount));
    await expect(countOf('Propositions en attente de votre réponse')).resolves.toBe(String(expected.assignments.count));
    await expect(section('Mes demandes en retard').count()).resolves.toBe(0);
    await expect(ui.page.getByRole('region', { name: /^Chiffres clés/ }).count()).resolves.toBe(0);
    await expect(ui.page.getByRole('menuitem', { name: 'Chiffres clés' }).count()).resolves.toBe(0);
    await ui.page.getByRole('menuitem', { name: 'Mes accompagnements' }).click();
    await ui.page.waitForURL(/\/cases/);
  });
});
