/**
 * What axe-core rates moderate, beyond pages.spec.ts's critical and serious: headings that go down
 * one level at a time on the pages of a record (an event's attendance list among them), and landmarks
 * with names of their own on the key figures. Same harness as pages.spec.ts.
 */
import { accessibilityViolations } from './accessibility';
import { useConsole } from './harness';

const ui = useConsole({ width: 1440 });

const RULES = ['heading-order', 'landmark-unique'];

/** Opens `path`, waits for `text` on it, and answers the findings of RULES there. */
async function findings(path: string, text: string | RegExp): Promise<string[]> {
  await ui.page.goto(`${ui.baseUrl}${path}`);
  await ui.page.getByRole('main').getByText(text).first().waitFor();
  await ui.page.waitForLoadState('networkidle');
  return (await accessibilityViolations(ui.page))
    .filter(({ rule }) => RULES.includes(rule))
    .map(({ rule, targets }) => `${path} ${rule}: ${targets.join(', ')}`);
}

describe('headings and landmarks', () => {
  it('on the pages of a case, an organisation, a contact and an event, and on the key figures', async () => {
    await ui.logIn('lyon@resacoop.test');
    const [kase] = await ui.apiGet<{ id: number; reference: string; organisationId: number }[]>('cases', { range: [0, 0] });
    const [contact] = await ui.apiGet<{ id: number; lastName: string }[]>('contacts', { range: [0, 0] });
    const organisation = await ui.apiGet<{ name: string }>(`organisations/${kase.organisationId}`);
    const [event] = await ui.apiGet<{ id: number; title: string }[]>('events', { range: [0, 0] });
    const found = [
      ...(await findings(`/cases/${kase.id}/show`, 'Fil de l’accompagnement')),
      ...(await findings(`/organisations/${kase.organisationId}/show`, organisation.name)),
      ...(await findings(`/contacts/${contact.id}/show`, contact.lastName)),
      ...(await findings(`/events/${event.id}/show`, event.title)),
      ...(await findings(`/events/${event.id}/attendance`, event.title)),
      ...(await findings('/reports?from=2024-01-01&to=2024-12-31', 'Mois par mois')),
    ];
    expect(found).toEqual([]);
  });
});
