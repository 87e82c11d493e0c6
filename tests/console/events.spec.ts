/**
 * Browser tests of collective events ("temps collectifs") as the team and a relay live them: an
 * adviser plans an event in its form and publishes it; a participant opens its public page without
 * an account and registers; at the door, on a phone, the adviser takes attendance (a tap, a search,
 * a walk-in, the head count), marks the event held and finds it counted in the key figures. A
 * training's trainees are evaluated; the events attended show on the contact's and organisation's
 * pages; the public page explains a full event, a closed or unknown link and too many attempts; a
 * registrant stops the reminders from the e-mail's link, by its page's button; a
 * relay user sees and runs only its relay's events. axe-core finds no critical nor serious
 * violation on any of these pages. Same harness as cases.spec.ts (the built console, the API and
 * the reminder worker on a fresh, seeded database, Debian's Chromium).
 */
import { Client } from 'pg';
import type { Page } from 'playwright-core';
import { accessibilityViolations, blocking } from './accessibility';
import { useConsole } from './harness';
import { unique } from './test-values';
import { animationsDone } from './still';

const STAFF = 'lyon@resacoop.test';
const ISERE_RELAY = 'isere@relais.test';

const ui = useConsole({ width: 1440 });

/** Today at this hour, as a date-time input takes it (the browser's time). */
const todayAt = (hour: number) => {
  const now = new Date();
  const pad = (value: number) => String(value).padStart(2, '0');
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}T${pad(hour)}:00`;
};

/** An ISO instant this many days from now: a start the API takes (setup). */
const inDays = (days: number, hour = 9) => {
  const date = new Date(Date.now() + days * 86_400_000);
  date.setUTCHours(hour, 0, 0, 0);
  return date.toISOString();
};

const count = (value: number) => new Intl.NumberFormat('fr-FR').format(value);

interface CreatedEvent {
  id: number;
  title: string;
  version: number;
  status: string;
  publicToken: string | null;
}

interface EventFigures {
  hosted: number;
  participants: number;
}

/** Waits for a notification of the console (react-admin's snackbar). */
async function notified(text: string): Promise<void> {
  await ui.page.getByText(text, { exact: true }).first().waitFor();
}

/** axe-core on the page once drawn: its references loaded (no progress bar left), its transitions over (a chip is measured at its final colour). */
async function expectAccessible(page: Page = ui.page): Promise<void> {
  await page.locator('[role="progressbar"]').first().waitFor({ state: 'detached' });
  await animationsDone(page);
  expect(blocking(await accessibilityViolations(page))).toEqual([]);
}

/** This year's events figures, read through the API (what the page is expected to show). */
async function yearFigures(): Promise<EventFigures> {
  const year = new Date().getFullYear();
  const view = await ui.apiGet<{ figures: { events: EventFigures } }>(`reports/key-figures?from=${year}-01-01&to=${year}-12-31`);
  return view.figures.events;
}

/** An event made through the API and published (setup, not under test). */
async function publishedEvent(fields: Record<string, unknown> = {}): Promise<CreatedEvent> {
  const created = await ui.apiPost<CreatedEvent>('events', {
    title: `Atelier ${unique()}`,
    kind: 'workshop',
    role: 'organised',
    startsAt: inDays(20),
    endsAt: inDays(20, 12),
    departement: '69M',
    ...fields,
  });
  return ui.apiPost<CreatedEvent>(`events/${created.id}/publish`, { version: created.version });
}

/** A page of a context of its own, without cookies: a visitor without an account. */
async function anonymousPage(): Promise<{ page: Page; close: () => Promise<void> }> {
  const browser = ui.context.browser();
  if (!browser) throw new Error('no browser');
  const context = await browser.newContext({ viewport: { width: 390, height: 844 }, locale: 'fr-FR' });
  const page = await context.newPage();
  page.setDefaultTimeout(20_000);
  return { page, close: () => context.close() };
}

/** The registrant's row of the attendance list. */
const registrant = (name: string) => ui.page.getByTestId('registrant').filter({ hasText: name });

/** Taps "Présent" on a row and waits for the API to have recorded it. */
async function tapPresent(name: string): Promise<void> {
  const recorded = ui.page.waitForResponse((response) => /\/api\/registrations\/\d+\/attendance$/.test(response.url()) && response.ok());
  await registrant(name).getByRole('button', { name: 'Présent' }).click();
  await recorded;
  await expect(registrant(name).getByRole('button', { name: 'Présent' }).getAttribute('aria-pressed')).resolves.toBe('true');
}

describe('collective events', () => {
  it('are planned, published, registered for anonymously, attended on a phone, held and counted', async () => {
    const title = `Atelier montage de projet ${unique()}`;
    await ui.logIn(STAFF);
    const before = await yearFigures();

    // Planned in the form.
    await ui.page.getByRole('menuitem', { name: 'Temps collectifs' }).click();
    await ui.page.waitForURL(/\/events$/);
    await expectAccessible();
    await ui.page.getByRole('link', { name: 'Créer' }).click();
    await ui.page.waitForURL(/\/events\/create$/);
    await ui.page.locator('input[name="title"]').fill(title);
    await ui.page.getByRole('combobox', { name: /^Type/ }).click();
    await ui.page.getByRole('option', { name: 'Atelier', exact: true }).click();
    await ui.page.locator('input[name="startsAt"]').fill(todayAt(9));
    await ui.page.locator('input[name="endsAt"]').fill(todayAt(12));
    await ui.page.getByRole('combobox', { name: /^Département/ }).click();
    await ui.page.getByRole('option', { name: /Métropole de Lyon/ }).click();
    await ui.page.locator('input[name="address"]').fill('Maison des solidarités, Lyon');
    await ui.page.locator('input[name="capacity"]').fill('30');
    await expectAccessible();
    await ui.page.getByRole('button', { name: 'Enregistrer' }).click();
    await notified(`Temps collectif « ${title} » enregistré`);
    await ui.page.waitForURL(/\/events\/\d+\/show$/);
    const eventId = Number(/\/events\/(\d+)\/show$/.exec(ui.page.url())![1]);
    await ui.page.getByRole('heading', { name: title, exact: true }).waitFor();
    await ui.page.getByText('Brouillon', { exact: true }).waitFor();

    // Published: the public link shows, with its copy button.
    await ui.page.getByRole('button', { name: 'Publier' }).click();
    await ui.page.getByRole('dialog').getByRole('button', { name: 'Publier' }).click();
    await notified('Temps collectif publié : le lien d’inscription est prêt.');
    const linkPanel = ui.page.getByRole('region', { name: 'Lien d’inscription publique' });
    await linkPanel.getByRole('button', { name: 'Copier le lien' }).waitFor();
    const link = await linkPanel.getByTestId('public-link').getAttribute('href');
    expect(link).toMatch(/\/inscription\/[A-Za-z0-9_-]{32}$/);
    await expectAccessible();

    // A participant, without an account, registers from the link.
    const participant = `Inès Participante ${unique()}`;
    const visitor = await anonymousPage();
    try {
      await visitor.page.goto(link!);
      await visitor.page.getByRole('heading', { name: title, exact: true }).waitFor();
      expect(visitor.page.url()).toBe(link);
      await expectAccessible(visitor.page);
      // Consent is required before anything is sent.
      await visitor.page.getByLabel(/^Nom et prénom/).fill(participant);
      await visitor.page.getByLabel(/^Adresse e-mail/).fill(`ines.${unique()}@example.org`);
      await visitor.page.getByLabel(/^Organisation/).fill('Les Amis du Sahel');
      await visitor.page.getByRole('button', { name: 'M’inscrire' }).click();
      await visitor.page.getByText('Votre accord est nécessaire pour vous inscrire.').waitFor();
      await visitor.page.getByRole('checkbox').check();
      await visitor.page.getByRole('button', { name: 'M’inscrire' }).click();
      await visitor.page.getByText('Inscription enregistrée', { exact: true }).waitFor();
      await expectAccessible(visitor.page);
    } finally {
      await visitor.close();
    }

    // A contact of the directory registered by the team, to tell apart with the search.
    const [contact] = await ui.apiGet<{ id: number; firstName: string; lastName: string; organisationId: number | null }[]>('contacts', {
      filter: { q: 'a' },
      range: [0, 0],
      sort: ['id', 'ASC'],
    });
    await ui.apiPost('registrations', { eventId, contactId: contact.id, organisationId: contact.organisationId });

    // At the door, on a phone.
    await ui.page.setViewportSize({ width: 390, height: 844 });
    await ui.page.goto(`${ui.baseUrl}/events/${eventId}/attendance`);
    await ui.page.getByRole('heading', { name: title, exact: true }).waitFor();
    await registrant(participant).waitFor();
    await registrant(`${contact.firstName} ${contact.lastName}`).waitFor();
    await expectAccessible();
    await tapPresent(participant);

    await ui.page.getByLabel('Rechercher un nom, un e-mail').fill(participant.split(' ').at(-1)!);
    await ui.page.getByText('1 inscrit·e', { exact: true }).waitFor();
    await expect(ui.page.getByTestId('registrant').count()).resolves.toBe(1);
    await ui.page.getByLabel('Rechercher un nom, un e-mail').fill('');
    await ui.page.getByText('2 inscrit·es', { exact: true }).waitFor();

    const walkIn = `Bastien Sansinscription ${unique()}`;
    await ui.page.getByRole('button', { name: 'Ajouter sur place' }).click();
    const dialog = ui.page.getByRole('dialog', { name: 'Ajouter une personne venue sans inscription' });
    await dialog.locator('input[name="name"]').fill(walkIn);
    await expectAccessible();
    await dialog.getByRole('button', { name: 'Ajouter comme présente' }).click();
    await notified('Personne ajoutée comme présente.');
    await expect(registrant(walkIn).getByRole('button', { name: 'Présent' }).getAttribute('aria-pressed')).resolves.toBe('true');

    await ui.page.getByLabel('Personnes comptées sans inscription').fill('40');
    await ui.page.getByRole('button', { name: 'Enregistrer' }).click();
    await notified('Nombre de personnes comptées enregistré.');

    // Back at a desk: the head count, then the event marked held.
    await ui.page.setViewportSize({ width: 1440, height: 1000 });
    await ui.page.goto(`${ui.baseUrl}/events/${eventId}/show`);
    await ui.page.getByTestId('count-attended').filter({ hasText: /^2$/ }).waitFor();
    await ui.page.getByTestId('count-participants').filter({ hasText: /^42$/ }).waitFor();
    await ui.page.getByRole('button', { name: 'Marquer comme tenu' }).click();
    await ui.page.getByRole('dialog').getByRole('button', { name: 'Marquer comme tenu' }).click();
    await notified('Temps collectif marqué comme tenu.');
    await ui.page.getByText('Tenu', { exact: true }).waitFor();
    await expect(ui.page.getByRole('button', { name: 'Publier' }).count()).resolves.toBe(0);

    // Counted in this year's key figures, each figure with its definition.
    await ui.page.getByRole('menuitem', { name: 'Chiffres clés' }).click();
    await ui.page.waitForURL(/\/reports/);
    const hosted = ui.page.getByRole('region', { name: 'temps collectifs organisés ou co-organisés', exact: true });
    await hosted.getByText(count(before.hosted + 1), { exact: true }).waitFor();
    await hosted.getByText(/annulés exceptés/).waitFor();
    const participants = ui.page.getByRole('region', { name: 'participants aux temps collectifs', exact: true });
    await participants.getByText(count(before.participants + 2 + 40), { exact: true }).waitFor();
    await participants.getByText(/comptées sans inscription individuelle/).waitFor();
    await ui.page.getByRole('region', { name: 'Temps collectifs par type' }).waitFor();
    await ui.page.getByRole('region', { name: 'Temps collectifs par mois' }).waitFor();
  });

  it('show the 2024 figures of the activity report in the key figures', async () => {
    await ui.logIn(STAFF);
    await ui.page.goto(`${ui.baseUrl}/reports?from=2024-01-01&to=2024-12-31`);
    const figure = (label: string) => ui.page.getByRole('region', { name: label, exact: true });
    await figure('temps collectifs organisés ou co-organisés').getByText('75', { exact: true }).waitFor();
    await figure('participants aux temps collectifs').getByText(count(3850), { exact: true }).waitFor();
    await figure('organisations présentes').getByText(count(1260), { exact: true }).waitFor();
    await figure('d’associations parmi les organisations présentes').getByText('73\u00a0%', { exact: true }).waitFor();
    await figure('interventions à des temps collectifs d’autres structures').getByText('34', { exact: true }).waitFor();
    await figure('participations à des temps collectifs d’autres structures').getByText('45', { exact: true }).waitFor();
    for (const breakdown of ['Temps collectifs par type', 'Temps collectifs par thème', 'Temps collectifs par département']) {
      await ui.page.getByRole('region', { name: breakdown }).getByRole('table').waitFor();
    }
  });

  it('evaluate a training’s trainees, and show the events attended on the contact’s and organisation’s pages', async () => {
    await ui.logIn(STAFF);
    const training = await ui.apiPost<CreatedEvent>('events', {
      title: `Formation cadre logique ${unique()}`,
      kind: 'training',
      role: 'organised',
      startsAt: inDays(-3),
      endsAt: inDays(-3, 16),
      departement: '38',
      hours: 6,
      trainer: 'Claire Formatrice',
    });
    const contacts = await ui.apiGet<{ id: number; organisationId: number | null }[]>('contacts', { range: [0, 49], sort: ['id', 'ASC'] });
    const contact = contacts.find((candidate) => candidate.organisationId !== null)!;
    await ui.apiPost('registrations', {
      eventId: training.id,
      contactId: contact.id,
      organisationId: contact.organisationId,
      status: 'attended',
    });

    await ui.page.goto(`${ui.baseUrl}/events/${training.id}/show`);
    await ui.page.getByRole('heading', { name: training.title, exact: true }).waitFor();
    await ui.page.getByText('Claire Formatrice', { exact: true }).waitFor();
    const registrations = ui.page.getByRole('region', { name: 'Inscriptions', exact: true });
    await registrations.getByRole('button', { name: 'Évaluer' }).click();
    const dialog = ui.page.getByRole('dialog', { name: 'Évaluation de la formation' });
    await dialog.getByRole('combobox', { name: /^Note/ }).click();
    await ui.page.getByRole('option', { name: '4 sur 5' }).click();
    await dialog.getByLabel('Commentaire d’évaluation').fill('Très utile pour notre dossier.');
    await expectAccessible();
    await dialog.getByRole('button', { name: 'Enregistrer' }).click();
    await notified('Évaluation enregistrée.');
    await registrations.getByText('Très utile pour notre dossier.').waitFor();
    await registrations.getByRole('cell', { name: '4', exact: true }).waitFor();
    await expectAccessible();

    for (const path of [`/contacts/${contact.id}/show`, `/organisations/${contact.organisationId}/show`]) {
      await ui.page.goto(`${ui.baseUrl}${path}`);
      await ui.page.getByRole('region', { name: 'Temps collectifs suivis' }).getByRole('link', { name: training.title }).waitFor();
      await expectAccessible();
    }
  });

  it('are seen and run by a relay user only when their relay runs them', async () => {
    await ui.logIn(STAFF);
    const relays = await ui.apiGet<{ id: number; departements: string[] }[]>('relays');
    const isere = relays.find((relay) => relay.departements.includes('38'))!;
    const teamOnly = await publishedEvent({ title: `Réunion de l’équipe ${unique()}` });
    const ofTheRelay = await publishedEvent({
      title: `Animation Festisol ${unique()}`,
      kind: 'festisol',
      departement: '38',
      relayId: isere.id,
    });

    await ui.newSession();
    await ui.logIn(ISERE_RELAY);
    await ui.page.getByRole('menuitem', { name: 'Temps collectifs' }).click();
    await ui.page.waitForURL(/\/events/);
    await ui.page.getByRole('cell', { name: ofTheRelay.title }).waitFor();
    await expectAccessible();
    const listed = await ui.apiGet<{ relayId: number | null }[]>('events', { range: [0, 99] });
    expect(listed.length).toBeGreaterThan(0);
    expect(listed.every((event) => event.relayId === isere.id)).toBe(true);
    await ui.page.locator('input[name="q"]').fill(teamOnly.title);
    await ui.page
      .getByText(/Aucun résultat|Aucun temps collectif/)
      .first()
      .waitFor();

    // The team's event is out of reach by its address too.
    const refused = await ui.page.request.get(`${ui.baseUrl}/api/events/${teamOnly.id}`);
    expect(refused.status()).toBe(404);

    // Its relay's event: its page, its form, its attendance list.
    await ui.page.goto(`${ui.baseUrl}/events/${ofTheRelay.id}/show`);
    await ui.page.getByRole('heading', { name: ofTheRelay.title, exact: true }).waitFor();
    await ui.page.getByRole('region', { name: 'Lien d’inscription publique' }).waitFor();
    await expectAccessible();
    await ui.page.goto(`${ui.baseUrl}/events/${ofTheRelay.id}`);
    await ui.page.locator('input[name="title"]').waitFor();
    await expect(ui.page.getByRole('combobox', { name: /^Relais/ }).count()).resolves.toBe(0);
    await expectAccessible();
    await ui.page.goto(`${ui.baseUrl}/events/create`);
    await ui.page.locator('input[name="title"]').waitFor();
    await expectAccessible();
    await ui.page.setViewportSize({ width: 390, height: 844 });
    await ui.page.goto(`${ui.baseUrl}/events/${ofTheRelay.id}/attendance`);
    await ui.page.getByRole('button', { name: 'Ajouter sur place' }).waitFor();
    await expectAccessible();
  });

  it('let a registrant stop the reminders from the e-mail’s link, by a button, not by opening it', async () => {
    await ui.logIn(STAFF);
    const event = await publishedEvent();
    const registration = await ui.apiPost<{ id: number }>('registrations', {
      eventId: event.id,
      name: 'Rappel Superflu',
      email: `rappel.${unique()}@example.org`,
      consentAt: new Date().toISOString(),
    });
    // The key is never in an answer: the reminder e-mail reads it from the database, and so does this test.
    const database = new Client({ connectionString: ui.server.databaseUrl });
    await database.connect();
    const [{ token }] = (
      await database
        .query<{ token: string }>('SELECT unsubscribe_token AS token FROM registrations WHERE id = $1', [registration.id])
        .finally(() => database.end())
    ).rows;
    const optedOut = async () =>
      (await ui.apiGet<{ remindersOptedOutAt: string | null }>(`registrations/${registration.id}`)).remindersOptedOutAt;

    const visitor = await anonymousPage();
    try {
      await visitor.page.goto(`${ui.baseUrl}/desinscription/${token}`);
      await visitor.page.getByRole('heading', { level: 1, name: 'Rappels des temps collectifs' }).waitFor();
      await expectAccessible(visitor.page);
      await expect(optedOut()).resolves.toBeNull();
      await visitor.page.getByRole('button', { name: 'Ne plus recevoir de rappels' }).click();
      await visitor.page
        .getByRole('status')
        .getByText(/vous ne recevrez plus de rappels/)
        .waitFor();
      await expectAccessible(visitor.page);
      await expect(optedOut()).resolves.not.toBeNull();

      await visitor.page.goto(`${ui.baseUrl}/desinscription/00000000-0000-4000-8000-000000000000`);
      await visitor.page.getByRole('button', { name: 'Ne plus recevoir de rappels' }).click();
      await visitor.page.getByText(/Ce lien n’est pas reconnu/).waitFor();
      await expectAccessible(visitor.page);
    } finally {
      await visitor.close();
    }
  });

  it('tell a participant plainly when the public page cannot register them', async () => {
    await ui.logIn(STAFF);
    const full = await publishedEvent({ capacity: 1 });
    await ui.apiPost(`public/events/${full.publicToken}/registrations`, {
      name: 'Première Inscrite',
      email: `premiere.${unique()}@example.org`,
      consent: true,
    });
    const cancelled = await publishedEvent();
    await ui.apiPost(`events/${cancelled.id}/cancel`, { version: cancelled.version });
    const open = await publishedEvent();

    const visitor = await anonymousPage();
    try {
      await visitor.page.goto(`${ui.baseUrl}/inscription/${full.publicToken}`);
      await visitor.page.getByText('Ce temps collectif est complet : il n’y a plus de place.').waitFor();
      await expect(visitor.page.getByRole('button', { name: 'M’inscrire' }).count()).resolves.toBe(0);
      await expectAccessible(visitor.page);

      for (const token of [cancelled.publicToken, 'x'.repeat(32)]) {
        await visitor.page.goto(`${ui.baseUrl}/inscription/${token}`);
        await visitor.page.getByText(/Ce lien ne mène à aucun temps collectif ouvert aux inscriptions/).waitFor();
        await expectAccessible(visitor.page);
      }

      // One address may send 20 registrations an hour (PUBLIC_REGISTRATIONS_PER_ADDRESS): the page says when it is spent.
      for (let attempt = 0; attempt < 20; attempt++) {
        const response = await visitor.page.request.post(`${ui.baseUrl}/api/public/events/${open.publicToken}/registrations`, {
          data: { name: 'Même Personne', email: 'meme.personne@example.org', consent: true },
        });
        if (response.status() === 429) break;
      }
      await visitor.page.goto(`${ui.baseUrl}/inscription/${open.publicToken}`);
      await visitor.page.getByLabel(/^Nom et prénom/).fill('Une Personne De Plus');
      await visitor.page.getByLabel(/^Adresse e-mail/).fill(`de.plus.${unique()}@example.org`);
      await visitor.page.getByRole('checkbox').check();
      await visitor.page.getByRole('button', { name: 'M’inscrire' }).click();
      await visitor.page.getByText(/Trop d’inscriptions ont été envoyées/).waitFor();
      await expectAccessible(visitor.page);
    } finally {
      await visitor.close();
    }
  });
});
