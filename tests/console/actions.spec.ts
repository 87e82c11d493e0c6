/**
 * Every action button each role is shown, clicked: the pages of the role's menu, a record page and
 * form of each resource the role reaches (scratch records made for the tour, so that merging,
 * erasing or converting touches nothing else), and the pages those clicks lead to. The buttons are
 * found in the page as it is (toolbars, row and panel actions, tabs, sort headers, pagination), each
 * clicked once by its name; a dialog it opens is checked with axe-core, then confirmed (or cancelled
 * when it cannot be confirmed as it stands); a menu it opens is closed; a link drawn as a button is
 * followed once the page's buttons are done. Every answer of the API is recorded: a 5xx fails the
 * tour, and so does a 4xx the page does not explain (no new notification, alert or field error).
 * `TOUR_LOG=1` prints each click as it goes.
 * Same harness as pages.spec.ts: the built console, the API and the reminder worker on a fresh,
 * seeded database, Debian's Chromium.
 */
import { request as apiRequest, type APIRequestContext, type Page, type Request, type Response } from 'playwright-core';
import { accessibilityViolations, blocking } from './accessibility';
import { DEMO_PASSWORD } from './browser';
import { useConsole } from './harness';
import { animationsDone } from './still';

const ui = useConsole({ width: 1440 });

/** Staff first: an administrator's tour then clicks only what staff are not shown. */
const LOGINS = { staff: 'lyon@resacoop.test', admin: 'admin@resacoop.test', relay: 'isere@relais.test' } as const;
type Role = keyof typeof LOGINS;

/**
 * The only buttons left alone, by name, and why. Logging out is a user-menu entry, never a button
 * of a page, so the tour does not meet it.
 */
const SKIPPED: Record<string, string> = {
  // Opens the system's file chooser, outside the page; an import with its file is imports.spec.ts's.
  'Choisir un fichier CSV': 'opens the file chooser (imports.spec.ts)',
};

/** Closes a dialog without doing what it offers. */
const CANCEL = /^(Annuler|Fermer)$/;

/** The most clicks on one page: a page whose buttons keep changing still ends. */
const MAX_CLICKS_PER_PAGE = 60;

interface Answer {
  status: number;
  what: string;
}

interface Tour {
  clicked: number;
  dialogs: number;
  /** 5xx answers, and 4xx answers the page did not explain, each with the page and button. */
  unexplained: string[];
  /** Critical or serious axe-core violations of the dialogs opened. */
  inaccessible: string[];
  /** Buttons shown but that could not be clicked. */
  stuck: string[];
}

const tours: Partial<Record<Role, Tour>> = {};

/** The scratch records of one role's tour, made by an administrator through the API (setup, not under test). */
interface Scratch {
  organisation: number;
  contact: number;
  request: number;
  case: number;
  user: number;
  relay: number;
  /** A draft event of the Isère relay (the relay user's too), with one registrant. */
  event: number;
  answerTemplate: number;
}

async function apiSession(): Promise<APIRequestContext> {
  const api = await apiRequest.newContext({ baseURL: ui.baseUrl, extraHTTPHeaders: { Origin: ui.baseUrl } });
  const login = await api.post('/api/auth/login', { data: { email: LOGINS.admin, password: DEMO_PASSWORD } });
  if (!login.ok()) throw new Error(`login: ${login.status()}`);
  return api;
}

async function post<T>(api: APIRequestContext, path: string, data: Record<string, unknown>): Promise<T> {
  const response = await api.post(`/api/${path}`, { data });
  if (!response.ok()) throw new Error(`POST ${path}: ${response.status()} ${await response.text()}`);
  return (await response.json()) as T;
}

async function makeScratch(role: Role): Promise<Scratch> {
  const api = await apiSession();
  try {
    const name = `Atelier du tour ${role} ${Date.now().toString(36)}`;
    const organisation = await post<{ id: number }>(api, 'organisations', { name, type: 'association', departement: '38' });
    // Its duplicate, for the merge the organisation's page offers.
    await post(api, 'organisations', { name, type: 'association', departement: '38' });
    const contact = await post<{ id: number }>(api, 'contacts', {
      firstName: 'Camille',
      lastName: `Tour ${role}`,
      organisationId: organisation.id,
    });
    const request = await post<{ id: number }>(api, 'requests', {
      site: 'lyon',
      channel: 'phone',
      topic: 'funding',
      subject: `Demande du tour ${role}`,
      question: 'Quels financements ?',
      organisationId: organisation.id,
      contactId: contact.id,
    });
    const staff = (await (await api.get('/api/users', { params: { filter: JSON.stringify({ q: LOGINS.staff }) } })).json()) as {
      id: number;
    }[];
    const supportCase = await post<{ id: number }>(api, 'cases', {
      organisationId: organisation.id,
      projectTitle: `Projet du tour ${role}`,
      adviserId: staff[0].id,
      nextFollowUpAt: new Date(Date.now() + 10 * 86_400_000).toISOString().slice(0, 10),
    });
    // Proposed to the Isère relay: its user has a proposal to answer.
    await post(api, 'assignments', { caseId: supportCase.id });
    const user = await post<{ id: number }>(api, 'users', {
      email: `tour-${role}-${Date.now().toString(36)}@resacoop.test`,
      fullName: `Utilisateur du tour ${role}`,
      role: 'staff',
      site: 'lyon',
      password: `Tour-${role}-${Date.now().toString(36)}-Solidaire!`,
    });
    const relays = (await (await api.get('/api/relays')).json()) as { id: number; departements: string[] }[];
    const [relay] = relays;
    const start = new Date(Date.now() + 15 * 86_400_000).toISOString();
    const event = await post<{ id: number }>(api, 'events', {
      title: `Atelier du tour ${role}`,
      kind: 'workshop',
      role: 'organised',
      startsAt: start,
      endsAt: start,
      departement: '38',
      relayId: relays.find((candidate) => candidate.departements.includes('38'))!.id,
    });
    await post(api, 'registrations', { eventId: event.id, name: `Participant du tour ${role}`, email: `tour-${role}@example.org` });
    const answerTemplate = await post<{ id: number }>(api, 'answer-templates', {
      title: `Réponse du tour ${role}`,
      body: 'Bonjour {{requesterName}}',
    });
    return {
      organisation: organisation.id,
      contact: contact.id,
      request: request.id,
      case: supportCase.id,
      user: user.id,
      relay: relay.id,
      event: event.id,
      answerTemplate: answerTemplate.id,
    };
  } finally {
    await api.dispose();
  }
}

/** The record pages of each resource, by the address of its list in the menu. */
function recordPages(scratch: Scratch): Record<string, string[]> {
  const showAndEdit = (resource: string, id: number) => [`/${resource}/${id}/show`, `/${resource}/${id}`];
  return {
    '/requests': showAndEdit('requests', scratch.request),
    '/cases/board': showAndEdit('cases', scratch.case),
    '/organisations': showAndEdit('organisations', scratch.organisation),
    '/contacts': showAndEdit('contacts', scratch.contact),
    '/users': showAndEdit('users', scratch.user),
    '/relays': [`/relays/${scratch.relay}`],
    '/events': showAndEdit('events', scratch.event),
    '/answer-templates': [`/answer-templates/${scratch.answerTemplate}`],
  };
}

/** The pages a relay user reaches from their case (the case, its organisation and contact, never their forms), and their relay's event. */
const relayPages = (scratch: Scratch) => [
  `/cases/${scratch.case}/show`,
  `/organisations/${scratch.organisation}/show`,
  `/contacts/${scratch.contact}/show`,
  `/events/${scratch.event}/show`,
  `/events/${scratch.event}`,
];

/** An address with its record numbers as `:id`: one tour per kind of page. */
const kindOf = (path: string) => path.replace(/\/\d+(?=\/|$)/g, '/:id');

/** The page's path, without the origin nor the query. */
const pathOf = (page: Page) => new URL(page.url()).pathname;

/** Counts the page's own calls in flight (the API's, the code's chunks loaded on demand), to wait until the page is quiet. */
function watchApi(page: Page) {
  let inFlight = 0;
  let waiters: (() => void)[] = [];
  const origin = new URL(ui.baseUrl).origin;
  const done = () => {
    inFlight--;
    if (inFlight === 0) for (const wake of waiters.splice(0)) wake();
  };
  // A download (the CSV exports) goes as a navigation, which ends as a download, not as a request of the page.
  const counted = (request: Request) => new URL(request.url()).origin === origin && !request.isNavigationRequest();
  page.on('request', (request) => {
    if (counted(request)) inFlight++;
  });
  page.on('requestfinished', (request) => counted(request) && done());
  page.on('requestfailed', (request) => counted(request) && done());
  const quiet = () => (inFlight <= 0 ? Promise.resolve() : new Promise<void>((resolve) => waiters.push(resolve)));
  const frame = () =>
    page.evaluate(() => new Promise<void>((resolve) => requestAnimationFrame(() => requestAnimationFrame(() => resolve()))));
  return {
    /**
     * No call in flight, twice across two frames (a click's call starts a frame later, a page's data
     * once its code is loaded), no transition running, no progress indicator left in the content.
     */
    async settled(): Promise<void> {
      for (let round = 0; round < 2; round++) {
        await frame();
        await quiet();
      }
      await animationsDone(page);
      await page.locator('#main-content [role="progressbar"]').first().waitFor({ state: 'detached' });
    },
    reset() {
      inFlight = 0;
      waiters = [];
    },
  };
}

/** What tells the reader something went wrong or needs fixing: notifications, alerts, fields in error. */
const EXPLANATIONS = '[role="alert"], .MuiSnackbarContent-message, .Mui-error, [aria-invalid="true"]';

/** Marks the explanations shown now, so that only those appearing later count for the next click. */
const markExplanations = (page: Page) =>
  page.evaluate(
    (selector) => document.querySelectorAll(selector).forEach((element) => element.setAttribute('data-tour-seen', '')),
    EXPLANATIONS,
  );

interface Found {
  key: string;
  tag: string;
  /** Where a link drawn as a button leads (none for a real button, nor for a download). */
  href: string | null;
}

/**
 * The buttons of the page as shown now, each with a key (its kind and name) and tagged for the
 * click: real buttons, elements acting as buttons, links drawn as buttons and tabs, visible and
 * enabled, in the page's content (and the app bar when `withAppBar`), leaving out the controls of
 * a form field (an autocomplete's opener, a date's picker). The page's own content comes first, its
 * toolbar (outside any card) last: turning a request into a case ends its status moves.
 */
function discover(page: Page, withAppBar: boolean): Promise<Found[]> {
  return page.evaluate((appBar) => {
    const roots = [document.querySelector('#main-content'), appBar ? document.querySelector('header') : null].filter(
      (root): root is Element => root !== null,
    );
    const selector = 'button, [role="button"], a.MuiButton-root, [role="tab"]';
    document.querySelectorAll('[data-tour]').forEach((element) => element.removeAttribute('data-tour'));
    const found: (Found & { order: number })[] = [];
    let index = 0;
    for (const root of roots)
      for (const element of root.querySelectorAll<HTMLElement>(selector)) {
        // Disabled, or the page already shown: nothing to click.
        if (
          !element.checkVisibility() ||
          element.matches(':disabled, [aria-disabled="true"], [aria-current="page"], [aria-current="true"]')
        )
          continue;
        if (element.closest('.MuiInputBase-root, .MuiAutocomplete-root, [role="dialog"]')) continue;
        // A button inside another (a chip's delete icon): the outer one is the action.
        if (element.parentElement?.closest(selector)) continue;
        const name = (element.getAttribute('aria-label') || element.textContent || element.getAttribute('title') || '')
          .trim()
          .replace(/\s+/g, ' ');
        const tag = `t${index++}`;
        element.setAttribute('data-tour', tag);
        // One click per kind of button: any page number, either sort order, any count of cards left, a stage's step number or tick.
        // Every stage of the stepper moves the stage, every page number turns the page: one of each.
        const kind = element.closest('.MuiStepper-root')
          ? 'une étape'
          : element.closest('.MuiPagination-root, .MuiTablePagination-root')
            ? 'une page'
            : name
                .replace(/\d+/g, '#')
                .replace(/^#/, '')
                .replace(/ (dé)?croissant$/, '');
        const href = element instanceof HTMLAnchorElement && !element.hasAttribute('download') ? element.href : null;
        found.push({
          key: `${element.getAttribute('role') ?? element.tagName.toLowerCase()}:${kind}`,
          tag,
          href,
          order: element.closest('.MuiPaper-root') ? 0 : 1,
        });
      }
    return found.sort((a, b) => a.order - b.order).map(({ key, tag, href }) => ({ key, tag, href }));
  }, withAppBar);
}

/** What the page shows once a click has settled: a dialog, an open menu, a new explanation. */
function afterClick(page: Page): Promise<{ dialog: string | null; menu: boolean; explained: boolean }> {
  return page.evaluate((selector) => {
    const visible = (element: Element) => (element as HTMLElement).checkVisibility();
    const dialog = [...document.querySelectorAll('[role="dialog"], [role="alertdialog"]')].filter(visible).at(-1);
    return {
      dialog: dialog ? (dialog.querySelector('h2')?.textContent ?? dialog.getAttribute('aria-label') ?? '') : null,
      menu: [...document.querySelectorAll('[role="menu"], [role="listbox"]')].some(visible),
      explained: [...document.querySelectorAll(selector)].some(
        (element) => !element.hasAttribute('data-tour-seen') && visible(element) && (element.textContent ?? '').trim() !== '',
      ),
    };
  }, EXPLANATIONS);
}

/**
 * What the team's tour clicked, by kind of page and button: an administrator's tour clicks only the
 * buttons a staff member is not shown there (the same action, which an administrator may as well).
 */
const clickedAsStaff = new Set<string>();

/** Takes one role round its pages, clicking every button once per kind of page. */
async function tourAs(role: Role): Promise<Tour> {
  const tour: Tour = { clicked: 0, dialogs: 0, unexplained: [], inaccessible: [], stuck: [] };
  const scratch = await makeScratch(role);
  const page = ui.page;
  const api = watchApi(page);
  await ui.logIn(LOGINS[role]);
  // The menu is drawn from the permissions, once they are read.
  await api.settled();
  let answers: Answer[] = [];
  page.on('response', (response: Response) => {
    const url = new URL(response.url());
    if (url.pathname.startsWith('/api/'))
      answers.push({ status: response.status(), what: `${response.request().method()} ${url.pathname}${url.search}` });
  });
  /** Judges the answers since the last judgement, `explained` if the page showed why. */
  const judge = (where: string, explained: boolean) => {
    for (const { status, what } of answers)
      if (status >= 500 || (status >= 400 && !explained))
        tour.unexplained.push(`${where}: ${status} ${what}${status < 500 ? ' (not explained on the page)' : ''}`);
    answers = [];
  };
  const started = Date.now();
  /** Opens an address and judges what its loading answered; false when the console sent the reader elsewhere. */
  const open = async (address: string) => {
    api.reset();
    await markExplanations(page);
    answers = [];
    await page.goto(`${ui.baseUrl}${address}`);
    // The layout drawn, its page then loads its code and data: a progress indicator meanwhile.
    await page.locator('#main-content').waitFor();
    await api.settled();
    judge(`${address} (loading)`, (await afterClick(page)).explained);
    // Sent elsewhere: the record is out of the role's reach now (a relay that completed its part).
    return pathOf(page) === new URL(address, ui.baseUrl).pathname;
  };

  // The sidebar: the menu's entries in the page's main part, beside the content.
  const menu = await page
    .locator('main [role="menuitem"]')
    .evaluateAll((items) => [
      ...new Set(items.filter((item) => !item.closest('#main-content')).map((item) => new URL((item as HTMLAnchorElement).href).pathname)),
    ]);
  const records = recordPages(scratch);
  const queue = [
    ...menu,
    // The user menu's page.
    '/preferences',
    ...(role === 'relay' ? relayPages(scratch) : menu.flatMap((path) => records[path] ?? [])),
  ];
  if (process.env.TOUR_LOG) console.log(JSON.stringify(queue));
  const toured = new Set<string>();
  /** Every address opened, with its query: a link to one of them is not followed again. */
  const opened = new Set<string>(queue);
  const checkedDialogs = new Set<string>();
  let firstPage = true;

  while (queue.length > 0) {
    const path = queue.shift()!;
    const kind = kindOf(new URL(path, ui.baseUrl).pathname);
    if (toured.has(kind)) continue;
    toured.add(kind);
    const clicked = new Set<string>();
    const links = new Set<string>();
    let needsLoad = true;
    for (let clicks = 0; clicks < MAX_CLICKS_PER_PAGE; clicks++) {
      if (needsLoad) {
        if (!(await open(path))) break;
        needsLoad = false;
      }
      const next = (await discover(page, firstPage)).find(({ key }) => !clicked.has(key));
      if (!next) break;
      clicked.add(next.key);
      const name = next.key.slice(next.key.indexOf(':') + 1);
      if (SKIPPED[name] || (role === 'admin' && clickedAsStaff.has(`${kind}|${next.key}`))) continue;
      if (role === 'staff') clickedAsStaff.add(`${kind}|${next.key}`);
      // A link drawn as a button leads to a page and calls nothing itself: followed once this page is done.
      if (next.href) {
        const target = new URL(next.href);
        links.add(`${target.pathname}${target.search}`);
        continue;
      }

      await markExplanations(page);
      answers = [];
      try {
        await page.locator(`[data-tour="${next.tag}"]`).click({ timeout: 5_000 });
      } catch (error) {
        tour.stuck.push(`${path}: ${next.key}: ${(error as Error).message.split('\n')[0]}`);
        needsLoad = true;
        continue;
      }
      tour.clicked++;
      if (process.env.TOUR_LOG) console.log(`${((Date.now() - started) / 1000).toFixed(1)} ${role} ${path}: ${next.key}`);
      await api.settled();
      let shown = await afterClick(page);
      let explained = shown.explained;

      if (shown.dialog !== null) {
        tour.dialogs++;
        // Each dialog checked once, by its title (the stage moves share one).
        if (!checkedDialogs.has(shown.dialog)) {
          checkedDialogs.add(shown.dialog);
          for (const { rule, targets } of blocking(await accessibilityViolations(page)))
            tour.inaccessible.push(`${path}: ${next.key}: ${rule} ${targets.join(', ')}`);
        }
        // Confirmed when it can be as it stands, else left as it came.
        const dialog = page.locator('[role="dialog"]:visible, [role="alertdialog"]:visible').last();
        const confirm = dialog.locator('button:enabled').filter({ hasNotText: CANCEL });
        if (await confirm.count()) {
          await confirm.last().click();
          await api.settled();
          shown = await afterClick(page);
          explained ||= shown.explained;
        }
      }
      // A dialog left open, or a menu (filters, the user's, the languages): closed, its entries are links or filters.
      if (shown.dialog !== null || shown.menu) {
        await page.keyboard.press('Escape');
        await api.settled();
      }
      judge(`${path}: ${next.key}`, explained);

      if (pathOf(page) !== new URL(path, ui.baseUrl).pathname) {
        // Led to another page: toured in its turn if of a new kind, and back here for the rest.
        queue.push(pathOf(page));
        needsLoad = true;
      }
    }
    firstPage = false;
    // The links: a page of a kind neither toured nor waiting is toured in its turn, any other address new to the tour is opened.
    for (const link of links) {
      if (opened.has(link)) continue;
      opened.add(link);
      tour.clicked++;
      if (process.env.TOUR_LOG) console.log(`${role} ${path}: follows ${link}`);
      const kindOfLink = kindOf(new URL(link, ui.baseUrl).pathname);
      if (!toured.has(kindOfLink) && !queue.some((waiting) => kindOf(new URL(waiting, ui.baseUrl).pathname) === kindOfLink))
        queue.push(link);
      else await open(link);
    }
  }
  return tour;
}

describe('every action button of every role', () => {
  afterAll(() => {
    const count = (role: Role) => tours[role]?.clicked ?? 0;
    const sum = (of: (tour: Tour) => number) => Object.values(tours).reduce((total, tour) => total + (tour ? of(tour) : 0), 0);
    console.log(
      `actions: admin ${count('admin')} clicked (besides staff's), staff ${count('staff')}, relay ${count('relay')}; dialogs ${sum((tour) => tour.dialogs)}; unexplained answers ${sum((tour) => tour.unexplained.length)}`,
    );
  });

  it.each(Object.keys(LOGINS) as Role[])(
    'as %s',
    async (role) => {
      const tour = await tourAs(role);
      tours[role] = tour;
      expect(tour.unexplained).toEqual([]);
      expect(tour.inaccessible).toEqual([]);
      expect(tour.stuck).toEqual([]);
      // The tour did find buttons: a console that lost its pages' actions would show here.
      expect(tour.clicked).toBeGreaterThan(0);
    },
    300_000,
  );
});
