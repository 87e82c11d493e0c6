import type { INestApplication } from '@nestjs/common';
import type TestAgent from 'supertest/lib/agent';
import { loginAs, unique } from '../api/support/app';
import { startIsolatedApp } from './support/environment';

// Databases of its own, many requests: minutes on a loaded 2-core machine.
jest.setTimeout(300_000);

const ROUNDS = 15;
const WRITERS = 6;

/**
 * Several staff members save the same record at once, each from the version they read. Exactly one
 * save may win per version; the others get 409 and change nothing. A lost update is a second
 * winner, or a final record that is not the winner's.
 */
describe('lost updates', () => {
  let app: INestApplication;
  let stop: () => Promise<void>;
  let writers: TestAgent[];

  beforeAll(async () => {
    ({ app, stop } = await startIsolatedApp('lost_updates'));
    writers = await Promise.all(Array.from({ length: WRITERS }, (_, index) => loginAs(app, index % 2 ? 'staff' : 'staffClermont')));
  });
  afterAll(() => stop());

  it('lets exactly one of concurrent stale writes win, on every kind of record', async () => {
    const staff = writers[0];
    const organisation = (
      await staff
        .post('/api/organisations')
        .send({ name: unique('Concurrence '), type: 'association' })
        .expect(201)
    ).body;
    const contact = (await staff.post('/api/contacts').send({ firstName: 'Ana', lastName: unique() }).expect(201)).body;
    const request = (
      await staff
        .post('/api/requests')
        .send({ channel: 'phone', topic: 'funding', subject: 'x', question: 'y', requesterName: 'M. X' })
        .expect(201)
    ).body;
    const supportCase = (
      await staff
        .post('/api/cases')
        .send({ organisationId: organisation.id, projectTitle: unique('Projet '), nextFollowUpAt: '2030-01-15' })
        .expect(201)
    ).body;
    const records: [
      string,
      number,
      (writer: number, round: number) => Record<string, unknown>,
      (record: Record<string, unknown>) => unknown,
    ][] = [
      ['organisations', organisation.id, (writer, round) => ({ notes: `w${writer} r${round}` }), (record) => record.notes],
      ['contacts', contact.id, (writer, round) => ({ function: `w${writer} r${round}` }), (record) => record.function],
      ['requests', request.id, (writer, round) => ({ subject: `w${writer} r${round}` }), (record) => record.subject],
      ['cases', supportCase.id, (writer, round) => ({ projectTitle: `w${writer} r${round}` }), (record) => record.projectTitle],
    ];

    let attempts = 0;
    let accepted = 0;
    let conflicts = 0;
    const lost: string[] = [];
    for (const [resource, id, change, field] of records) {
      for (let round = 0; round < ROUNDS; round++) {
        const { version } = (await staff.get(`/api/${resource}/${id}`).expect(200)).body;
        const responses = await Promise.all(
          writers.map((writer, index) => writer.put(`/api/${resource}/${id}`).send({ ...change(index, round), version })),
        );
        attempts += responses.length;
        const winners = responses.map((response, index) => [response.status, index] as const).filter(([status]) => status === 200);
        accepted += winners.length;
        conflicts += responses.filter((response) => response.status === 409).length;
        const after = (await staff.get(`/api/${resource}/${id}`).expect(200)).body;
        const winner = winners[0]?.[1];
        if (winners.length !== 1 || after.version !== version + 1 || field(after) !== field({ ...change(winner!, round) })) {
          lost.push(`${resource} ${id} round ${round}: ${winners.length} winners, version ${version} → ${after.version}`);
        }
      }
    }
    console.log(`lost updates: attempts ${attempts}, accepted ${accepted}, conflicts ${conflicts}, lost updates ${lost.length}`);
    expect(lost).toEqual([]);
    expect(accepted + conflicts).toBe(attempts);
  });
});
