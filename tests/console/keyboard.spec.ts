/**
 * The console with the keyboard alone (RGAA: every function reachable without a mouse): from the
 * home page to the quick-entry form through the menu, a request logged from a requester who is not
 * in the directory, the channel and topic chosen with the arrow keys, and saved answered and closed
 * from the form's own button. Nothing is clicked. Same harness as requests.spec.ts.
 */
import { REQUEST_CHANNEL_LABELS, REQUEST_STATUS_LABELS, REQUEST_TOPICS, REQUEST_TOPIC_LABELS } from '@resacoop/domain';
import { useConsole } from './harness';

const ui = useConsole();

/** What has the keyboard focus: its name attribute, or else its accessible text. */
const focused = () =>
  ui.page.evaluate(() => {
    const element = document.activeElement;
    return element?.getAttribute('name') ?? element?.textContent?.trim() ?? '';
  });

/** Presses Tab until the focus is on `target` (a field's name, or a link's or button's text), at most `limit` times. */
async function tabTo(target: string, limit = 40): Promise<void> {
  for (let presses = 0; presses < limit; presses++) {
    if ((await focused()) === target) return;
    await ui.page.keyboard.press('Tab');
  }
  throw new Error(`${target} never had the focus after ${limit} presses of Tab (last: ${await focused()})`);
}

/** Waits until the keyboard focus is on the form field named `name`. */
const focusIsOn = (name: string) => ui.page.waitForFunction((expected) => document.activeElement?.getAttribute('name') === expected, name);

describe('the keyboard alone', () => {
  it('logs a request answered and closed at once, from the home page, without the mouse', async () => {
    const stamp = String(Date.now());
    const subject = `Volontariat au Bénin ${stamp}`;
    await ui.logIn('lyon@resacoop.test');

    // The menu's quick entry, reached with Tab and opened with Enter.
    await tabTo('Nouvelle demande');
    await ui.page.keyboard.press('Enter');
    await ui.page.waitForURL(/\/requests\/create$/);

    // The channel has the focus on "phone"; the arrow keys move to the next one, e-mail.
    await focusIsOn('channel');
    await ui.page.keyboard.press('ArrowRight');
    await ui.page.waitForFunction(() => (document.activeElement as HTMLInputElement | null)?.value === 'email');
    await ui.page.getByRole('radio', { name: REQUEST_CHANNEL_LABELS.email.fr, checked: true }).waitFor();

    // A requester outside the directory: a name and an e-mail typed in.
    await tabTo('requesterName');
    await ui.page.keyboard.type(`Awa Koné ${stamp}`);
    await ui.page.keyboard.press('Tab');
    await focusIsOn('requesterEmail');
    await ui.page.keyboard.type(`awa.${stamp}@example.org`);

    // The topic from its list: opened and walked with the arrow keys, chosen with Enter.
    await ui.page.keyboard.press('Tab');
    await focusIsOn('topic');
    await ui.page.keyboard.press('ArrowDown');
    await ui.page.getByRole('listbox').waitFor();
    const highlighted = ui.page.locator('[role="listbox"] [role="option"].Mui-focused');
    for (let step = 0; step <= REQUEST_TOPICS.length && (await highlighted.innerText()) !== REQUEST_TOPIC_LABELS.volunteering.fr; step++)
      await ui.page.keyboard.press('ArrowDown');
    await highlighted.filter({ hasText: REQUEST_TOPIC_LABELS.volunteering.fr }).waitFor();
    await ui.page.keyboard.press('Enter');
    await ui.page.waitForFunction(
      (label) => (document.querySelector('input[name="topic"]') as HTMLInputElement | null)?.value === label,
      REQUEST_TOPIC_LABELS.volunteering.fr,
    );

    await ui.page.keyboard.press('Tab');
    await focusIsOn('subject');
    await ui.page.keyboard.type(subject);
    await ui.page.keyboard.press('Tab');
    await focusIsOn('question');
    await ui.page.keyboard.type('Quelles structures envoient des volontaires au Bénin ?');
    await ui.page.keyboard.press('Tab');
    await focusIsOn('answer');
    await ui.page.keyboard.type('Voir la liste des structures d’envoi du réseau.');

    // "Answer and close", reached with Tab and pressed with Enter.
    await tabTo('Répondre et clôturer');
    await ui.page.keyboard.press('Enter');
    await ui.page.waitForURL(/\/requests\/\d+\/show$/);
    await ui.page.getByText(subject, { exact: true }).first().waitFor();
    await ui.page
      .locator('.MuiChip-root', { hasText: new RegExp(`^${REQUEST_STATUS_LABELS.closed.fr}$`) })
      .first()
      .waitFor();
  });
});
