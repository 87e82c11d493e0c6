/**
 * Browser test of an event's sign-in sheet import: Chromium (Debian's) driven by playwright-core
 * against the built console served by the real API on a fresh, seeded database (see ./server).
 */
import { accessibilityViolations, blocking } from './accessibility';
import { useConsole } from './harness';
import { animationsDone } from './still';

const ui = useConsole();

describe('staff console: an event’s sign-in sheet', () => {
  it('shows who each line is before anything is saved, then records the attendance', async () => {
    const stamp = String(Date.now());
    await ui.logIn('lyon@resacoop.test');
    const event = await ui.apiPost<{ id: number }>('events', {
      title: `Atelier émargé ${stamp}`,
      kind: 'workshop',
      role: 'organised',
      startsAt: '2030-06-02T09:00:00+02:00',
      endsAt: '2030-06-02T12:00:00+02:00',
      departement: '69M',
    });
    const contact = await ui.apiPost<{ id: number; email: string }>('contacts', {
      firstName: 'Émile',
      lastName: `Signataire ${stamp}`,
      email: `emile.${stamp}@example.test`,
    });

    // From the event's page, as the team would.
    await ui.page.goto(`${ui.baseUrl}/events/${event.id}/show`);
    await ui.page.getByRole('link', { name: 'Feuille d’émargement' }).click();
    await ui.page.waitForURL(`${ui.baseUrl}/import/sign-in-sheet/${event.id}`);
    await ui.page.locator('#main-content').getByRole('heading', { level: 1, name: 'Importer une feuille d’émargement' }).waitFor();
    await ui.page.locator('input[type="file"]').setInputFiles({
      name: 'emargement.csv',
      mimeType: 'text/csv',
      buffer: Buffer.from(
        [
          'Nom;Prénom;Courriel;Consentement',
          `Signataire ${stamp};Émile;${contact.email.toUpperCase()};oui`,
          `Passant ${stamp};Léo;;non`,
        ].join('\r\n'),
        'utf8',
      ),
    });

    await ui.page.getByRole('status').getByText('2 lignes : 2 valides, 0 en erreur').waitFor();
    const matches = ui.page.getByRole('table', { name: 'Qui est qui' });
    await matches.getByRole('row', { name: `2 Contact du répertoire n° ${contact.id} Nouvelle inscription, présente` }).waitFor();
    await matches.getByRole('row', { name: '3 Nom et e-mail seuls Nouvelle inscription, présente' }).waitFor();
    await animationsDone(ui.page);
    expect(blocking(await accessibilityViolations(ui.page))).toEqual([]);
    expect(await ui.apiGet<unknown[]>('registrations', { filter: { eventId: event.id } })).toEqual([]);

    await ui.page.getByRole('button', { name: 'Importer 2 lignes' }).click();
    await ui.page.getByText('2 fiches importées.').waitFor();
    const registrations = await ui.apiGet<{ contactId: number | null; name: string | null; status: string }[]>('registrations', {
      filter: { eventId: event.id },
      sort: ['id', 'ASC'],
    });
    expect(registrations.map(({ contactId, name, status }) => ({ contactId, name, status }))).toEqual([
      { contactId: contact.id, name: null, status: 'attended' },
      { contactId: null, name: `Léo Passant ${stamp}`, status: 'attended' },
    ]);
  });
});
