import type { ConsoleHarness } from './harness';

/** A suffix no other test run has: the suites share the console's database. */
export const unique = () => `${Date.now().toString(36)}${Math.random().toString(36).slice(2, 6)}`;

/** The calendar day `days` from today, `YYYY-MM-DD`. */
export const inDays = (days: number) => new Date(Date.now() + days * 86_400_000).toISOString().slice(0, 10);

/** A case of an Isère organisation, created by the logged-in user through the API (setup, not under test). */
export async function isereCase<T extends { id: number; reference: string }>(ui: ConsoleHarness): Promise<T> {
  const [organisation] = await ui.apiGet<{ id: number }[]>('organisations', {
    filter: { departement: '38' },
    range: [0, 0],
    sort: ['id', 'ASC'],
  });
  return ui.apiPost<T>('cases', {
    organisationId: organisation.id,
    projectTitle: `Relais ${unique()}`,
    nextFollowUpAt: inDays(10),
  });
}
