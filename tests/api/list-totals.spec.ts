import type { INestApplication } from '@nestjs/common';
import type TestAgent from 'supertest/lib/agent';
import type { DataSource } from 'typeorm';
import { EXACT_TOTAL_UP_TO } from '../../apps/api/src/database/record-store';
import { database, loginAs, startApp } from './support/app';

/** The total of a list comes with its page; past EXACT_TOTAL_UP_TO rows it is PostgreSQL's estimate, and says so. */
describe('list totals', () => {
  let app: INestApplication;
  let dataSource: DataSource;
  let staff: TestAgent;
  let caseId: number;

  const timeline = (range: [number, number]) =>
    staff
      .get(`/api/interactions?filter=${JSON.stringify({ caseId })}&sort=["occurredAt","DESC"]&range=${JSON.stringify(range)}`)
      .expect(200);
  const totalOf = (response: { headers: Record<string, string> }) => Number(/\/(\d+)$/.exec(response.headers['content-range'])![1]);

  beforeAll(async () => {
    app = await startApp();
    dataSource = database(app);
    staff = await loginAs(app, 'staff');
    const organisation = await staff.post('/api/organisations').send({ name: 'Totaux de listes', type: 'association' }).expect(201);
    const created = await staff
      .post('/api/cases')
      .send({ organisationId: organisation.body.id, projectTitle: 'Un très long suivi', nextFollowUpAt: '2030-02-01' })
      .expect(201);
    caseId = created.body.id;
  });
  afterAll(async () => {
    await dataSource.query(`DELETE FROM interactions WHERE case_id = $1`, [caseId]);
    await app.close();
  });

  async function addNotes(count: number): Promise<void> {
    await dataSource.query(
      `INSERT INTO interactions (case_id, kind, body, occurred_at, version)
       SELECT $1, 'note', 'note ' || n, now() - make_interval(mins => n), 1 FROM generate_series(1, $2) n`,
      [caseId, count],
    );
    await dataSource.query(`ANALYZE interactions`);
  }

  it('counts exactly up to the cap, with the page in one answer, and past the last page', async () => {
    // The case's own entries (its opening) count too.
    const [{ entries }] = await dataSource.query(`SELECT count(*)::int AS entries FROM interactions WHERE case_id = $1`, [caseId]);
    await addNotes(EXACT_TOTAL_UP_TO - entries);
    const first = await timeline([0, 24]);
    expect(first.body).toHaveLength(25);
    expect(first.body.every((entry: { caseId: number }) => entry.caseId === caseId)).toBe(true);
    expect(first.headers['content-range']).toBe(`interactions 0-24/${EXACT_TOTAL_UP_TO}`);
    expect(first.headers['x-total-estimated']).toBeUndefined();

    const beyond = await timeline([EXACT_TOTAL_UP_TO + 100, EXACT_TOTAL_UP_TO + 124]);
    expect(beyond.body).toEqual([]);
    expect(totalOf(beyond)).toBe(EXACT_TOTAL_UP_TO);
  });

  it('estimates a longer list and says so, never below what it knows exists', async () => {
    await addNotes(5_000);
    const first = await timeline([0, 24]);
    expect(first.body).toHaveLength(25);
    expect(first.headers['x-total-estimated']).toBe('true');
    const estimate = totalOf(first);
    expect(estimate).toBeGreaterThan(EXACT_TOTAL_UP_TO);
    // ANALYZE samples: the estimate is near the truth (15,000 entries), not exact.
    expect(estimate).toBeGreaterThan(15_000 * 0.5);
    expect(estimate).toBeLessThan(15_000 * 2);

    const last = await timeline([14_990, 15_014]);
    expect(last.body).toHaveLength(10);
    expect(last.headers['x-total-estimated']).toBe('true');
    expect(totalOf(last)).toBeGreaterThanOrEqual(15_000);
  });
});
