/**
 * Addresses typed or followed by someone whose role may not open them: a page saying the access is
 * reserved, to whom, with the way back home (never a blank page nor "not found"); an unknown
 * address says so in French. Same harness as directory.spec.ts.
 */
import { accessibilityViolations, blocking } from './accessibility';
import { useConsole } from './harness';

const ui = useConsole({ width: 1440 });

const TEAM = 'Cette page est réservée à l’équipe de RESACOOP';
const ADMINS = 'Cette page est réservée aux administrateurs';

/** Opens `path` and waits for the page's level-one heading. */
async function open(path: string, heading: string | RegExp): Promise<void> {
  await ui.page.goto(`${ui.baseUrl}${path}`);
  await ui.page.getByRole('heading', { level: 1, name: heading, exact: true }).waitFor();
}

/** Opens `path` as a reserved address: its heading, who it is for, and the way home. */
async function expectReserved(path: string, reservedTo: string): Promise<void> {
  await open(path, 'Accès réservé');
  await ui.page.getByRole('main').getByText(reservedTo).waitFor();
  await ui.page.getByRole('main').getByRole('link', { name: 'Retour à l’accueil' }).waitFor();
}

describe('addresses outside one’s rights', () => {
  it('shows a relay user that the team’s pages are reserved to the team, and the coordination’s to administrators', async () => {
    await ui.logIn('isere@relais.test');
    const [kase] = await ui.apiGet<{ id: number; organisationId: number }[]>('cases', { range: [0, 0] });
    const teamPages = [
      '/organisations',
      '/organisations/create',
      `/organisations/${kase.organisationId}`,
      '/contacts',
      '/contacts/create',
      '/requests',
      '/requests/create',
      '/requests/1/show',
      '/reports',
      '/import/organisations',
      '/import/contacts',
      '/cases/board',
      '/cases/create',
      `/cases/${kase.id}`,
    ];
    for (const path of teamPages) await expectReserved(path, TEAM);
    for (const path of ['/users', '/users/create', '/relays', '/answer-templates', '/queues']) await expectReserved(path, ADMINS);

    // What the relay may open stays open: its cases, and the page of a case's organisation.
    const organisation = await ui.apiGet<{ name: string }>(`organisations/${kase.organisationId}`);
    await open('/cases', 'Mes accompagnements');
    await ui.page.goto(`${ui.baseUrl}/organisations/${kase.organisationId}/show`);
    await ui.page.getByRole('main').getByText(organisation.name, { exact: true }).first().waitFor();
  });

  it('shows staff that users, relays and queues are the administrators’, and leads back home', async () => {
    await ui.logIn('lyon@resacoop.test');
    const [user] = await ui.apiGet<{ id: number }[]>('users', { range: [0, 0] });
    for (const path of [
      '/users',
      '/users/create',
      `/users/${user.id}`,
      `/users/${user.id}/show`,
      '/relays',
      '/relays/1',
      '/answer-templates',
      '/answer-templates/1',
      '/queues',
    ])
      await expectReserved(path, ADMINS);
    expect(blocking(await accessibilityViolations(ui.page))).toEqual([]);

    await ui.page.getByRole('main').getByRole('link', { name: 'Retour à l’accueil' }).click();
    await ui.page.getByRole('heading', { name: /^Bonjour/ }).waitFor();
    expect(new URL(ui.page.url()).pathname).toBe('/');

    // The team's own pages are untouched.
    await open('/organisations', 'Organisations');
    await open('/reports', 'Chiffres clés');
  });

  it('opens the administrators’ pages for an administrator, its queues named in French', async () => {
    await ui.logIn('admin@resacoop.test');
    await open('/users', 'Utilisateurs');
    await open('/users/create', /Créer/);
    await open('/relays', 'Relais');
    await open('/queues', 'Files de tâches');
    // Its queues are named in French, not by their code.
    await ui.page.getByRole('heading', { level: 2, name: 'Rappels (calcul et envoi dans l’application)' }).waitFor();
    await ui.page.getByRole('heading', { level: 2, name: 'E-mails de rappel' }).waitFor();
    expect(
      await ui.page
        .getByRole('main')
        .getByText(/^reminder/)
        .count(),
    ).toBe(0);
  });

  it('says in French that an unknown address has no page, for every role', async () => {
    for (const login of ['isere@relais.test', 'lyon@resacoop.test']) {
      await ui.logIn(login);
      await open('/nulle-part/ici', 'Page introuvable');
      await ui.page.getByRole('main').getByText('Aucune page de la console ne se trouve à cette adresse').waitFor();
      expect(blocking(await accessibilityViolations(ui.page))).toEqual([]);
      await ui.page.getByRole('main').getByRole('link', { name: 'Retour à l’accueil' }).click();
      await ui.page.getByRole('heading', { name: /^Bonjour/ }).waitFor();
      await ui.newSession();
    }
  });

  it('says what was wrong when an address asks a list for a filter it does not have', async () => {
    await ui.logIn('lyon@resacoop.test');
    await ui.page.goto(`${ui.baseUrl}/cases?filter=${encodeURIComponent(JSON.stringify({ nowhere: true }))}`);
    await ui.page.getByText('Certains champs sont invalides. (filter.nowhere : filtre inconnu)').first().waitFor();
  });
});
