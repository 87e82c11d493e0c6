/**
 * The board of open cases by stage, as an adviser lives it at 1,440 px wide: their own cases at
 * first, everyone's one choice away, every stage column on screen, and a column of 150 cases that
 * says how many it holds and shows them a page at a time. Same harness as cases.spec.ts.
 */
import { STAGE_LABELS, STAGES } from '@resacoop/domain';
import { useConsole } from './harness';
import { inDays } from './test-values';

const WIDTH = 1440;
const ui = useConsole({ width: WIDTH });

/** The number of open cases matching `filter`, as the API counts them. */
async function openCases(filter: Record<string, unknown>): Promise<number> {
  const response = await ui.page.request.get(
    `${ui.baseUrl}/api/cases?${new URLSearchParams({ filter: JSON.stringify({ ...filter, status: 'open' }), range: '[0,0]' })}`,
  );
  return Number(response.headers()['content-range'].split('/')[1]);
}

/** The board's count of the cases of a stage, as its column says it (to screen readers too). */
const columnCount = (stage: string) => ui.page.locator(`[data-stage="${stage}"] [data-testid="stage-count"]`);
const countOf = async (stage: string) => Number((await columnCount(stage).textContent())?.match(/^\d+/)?.[0]);

describe('the board of cases', () => {
  it('shows the adviser their own cases in every stage column at 1,440 px, everyone’s on demand, and a column of 150 cases a page at a time', async () => {
    await ui.logIn('lyon@resacoop.test');
    const me = await ui.apiGet<{ id: number; fullName: string }>('auth/me');
    const [organisation] = await ui.apiGet<{ id: number }[]>('organisations', { range: [0, 0] });
    const last = STAGES[STAGES.length - 1];
    for (let batch = 0; batch < 15; batch++) {
      await Promise.all(
        Array.from({ length: 10 }, (_, index) =>
          ui.apiPost('cases', {
            organisationId: organisation.id,
            projectTitle: `Projet en capitalisation ${batch * 10 + index + 1}`,
            stage: last,
            nextFollowUpAt: inDays(30),
          }),
        ),
      );
    }
    const mine = await openCases({ adviserId: me.id });
    const everyone = await openCases({});
    expect(everyone).toBeGreaterThan(mine);

    await ui.page.goto(`${ui.baseUrl}/cases/board`);
    await ui.page.getByRole('combobox', { name: 'Conseiller·ère' }).filter({ hasText: me.fullName }).waitFor();
    const mineInLast = await openCases({ adviserId: me.id, stage: last });
    await ui.page.locator(`[data-stage="${last}"] [data-testid="case-card"]`).first().waitFor();

    // Every column on screen, the last one whole.
    for (const stage of STAGES) {
      const column = ui.page.getByRole('region', { name: STAGE_LABELS[stage].fr, exact: true });
      const box = await column.boundingBox();
      if (!box) throw new Error(`no column for ${stage}`);
      expect(box.x + box.width).toBeLessThanOrEqual(WIDTH);
    }

    // The user's own cases only, counted per column.
    let shown = 0;
    for (const stage of STAGES) shown += await countOf(stage);
    expect(shown).toBe(mine);
    await expect(columnCount(last).textContent()).resolves.toBe(`${mineInLast} accompagnements ouverts`);

    // 150 cards and more: 20 at first, 20 more on each "show more".
    const lastColumn = ui.page.locator(`[data-stage="${last}"]`);
    await expect(lastColumn.locator('[data-testid="case-card"]').count()).resolves.toBe(20);
    await lastColumn.getByRole('button', { name: `Afficher les 20 suivants (${mineInLast - 20} restants)` }).click();
    await lastColumn.locator('[data-testid="case-card"]').nth(39).waitFor();
    await expect(lastColumn.locator('[data-testid="case-card"]').count()).resolves.toBe(40);

    // Everyone's cases, one choice away.
    // A stage where others have cases too: its count shows the board has changed.
    let changed: { stage: string; count: number } | undefined;
    for (const stage of STAGES) {
      const count = await openCases({ stage });
      if (count !== (await openCases({ stage, adviserId: me.id }))) changed ??= { stage, count };
    }
    if (!changed) throw new Error('no stage holds another adviser’s open case');
    await ui.page.getByRole('combobox', { name: 'Conseiller·ère' }).click();
    await ui.page.getByRole('option', { name: 'Tous', exact: true }).click();
    await columnCount(changed.stage)
      .filter({ hasText: new RegExp(`^${changed.count} accompagnements? ouverts?$`) })
      .waitFor({ state: 'attached' });
    let all = 0;
    for (const stage of STAGES) all += await countOf(stage);
    expect(all).toBe(everyone);
  });
});
