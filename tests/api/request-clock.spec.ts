import type { INestApplication } from '@nestjs/common';
import type TestAgent from 'supertest/lib/agent';
import { loginAs, startApp, unique } from './support/app';
import { freezeDateAt } from './support/clock';

/**
 * The SLA clock of a request through the API, on a controlled clock: only `Date` is faked, so the
 * app, PostgreSQL and Redis run as usual while every move happens at an instant written below.
 * Every expected date is written out from the calendar, never computed by libs/domain.
 */
describe('the due date of a request, paused while it waits on the requester', () => {
  let app: INestApplication;
  let staff: TestAgent;
  let organisationId: number;

  beforeAll(async () => {
    app = await startApp();
    staff = await loginAs(app, 'staff');
    organisationId = (
      await staff
        .post('/api/organisations')
        .send({ name: unique('Horloge SLA '), type: 'association', departement: '69M' })
        .expect(201)
    ).body.id;
  });
  afterAll(() => app.close());
  afterEach(() => jest.useRealTimers());

  type Clock = { id: number; version: number; status: string; dueAt: string; waitingSince: string | null; firstResponseAt: string | null };

  /**
   * Received Wednesday 16 April 2025, due 5 working days on: Thursday 24 April (Easter Monday the
   * 21st is a holiday). Put in waiting on Thursday 17 April at 10:00.
   */
  async function waitingSinceThe17th(): Promise<Clock> {
    freezeDateAt(new Date('2025-04-16T09:30:00+02:00'));
    const logged: Clock = (
      await staff
        .post('/api/requests')
        .send({
          channel: 'email',
          topic: 'funding',
          subject: unique('Attente '),
          question: 'Quels financements ?',
          organisationId,
          receivedAt: '2025-04-16T09:00:00+02:00',
        })
        .expect(201)
    ).body;
    expect(logged.dueAt).toBe('2025-04-24T21:59:59.999Z');
    freezeDateAt(new Date('2025-04-17T10:00:00+02:00'));
    const waiting: Clock = (await staff.put(`/api/requests/${logged.id}`).send({ status: 'waiting', version: logged.version }).expect(200))
      .body;
    expect(waiting).toMatchObject({
      status: 'waiting',
      dueAt: '2025-04-24T21:59:59.999Z',
      waitingSince: '2025-04-17T08:00:00.000Z',
      firstResponseAt: '2025-04-17T08:00:00.000Z',
    });
    return waiting;
  }

  // Waiting from Thursday 17 to Wednesday 23 April consumed 3 working days (the 18th, 22nd and 23rd):
  // the due date moves from Thursday 24 to Tuesday 29 April, whichever way the request leaves `waiting`.
  const RESUMED_DUE_AT = '2025-04-29T21:59:59.999Z';

  it.each([
    ['in_progress', {}],
    ['answered', { answer: 'Voici les appels à projets ouverts.' }],
  ])('moves the due date by the working days spent waiting when it goes back to %s', async (status, changes) => {
    const waiting = await waitingSinceThe17th();
    freezeDateAt(new Date('2025-04-23T16:00:00+02:00'));
    const resumed: Clock = (
      await staff
        .put(`/api/requests/${waiting.id}`)
        .send({ ...changes, status, version: waiting.version })
        .expect(200)
    ).body;
    expect(resumed).toMatchObject({ status, dueAt: RESUMED_DUE_AT, waitingSince: null, firstResponseAt: '2025-04-17T08:00:00.000Z' });
    // As stored, not only as answered.
    jest.useRealTimers();
    expect((await staff.get(`/api/requests/${waiting.id}`).expect(200)).body).toMatchObject({ dueAt: RESUMED_DUE_AT, waitingSince: null });
  });

  it('moves the due date by the working days spent waiting when the request becomes a support case', async () => {
    const waiting = await waitingSinceThe17th();
    freezeDateAt(new Date('2025-04-23T16:00:00+02:00'));
    await staff.post(`/api/requests/${waiting.id}/convert-to-case`).send({ nextFollowUpAt: '2025-05-06' }).expect(201);
    jest.useRealTimers();
    expect((await staff.get(`/api/requests/${waiting.id}`).expect(200)).body).toMatchObject({
      status: 'converted',
      dueAt: RESUMED_DUE_AT,
      waitingSince: null,
      answeredAt: '2025-04-23T14:00:00.000Z',
    });
  });

  it('keeps the due date when the wait ends the day it began', async () => {
    const waiting = await waitingSinceThe17th();
    freezeDateAt(new Date('2025-04-17T17:30:00+02:00'));
    const resumed: Clock = (
      await staff
        .put(`/api/requests/${waiting.id}`)
        .send({ status: 'answered', answer: 'Réponse du jour.', version: waiting.version })
        .expect(200)
    ).body;
    expect(resumed).toMatchObject({ dueAt: '2025-04-24T21:59:59.999Z', waitingSince: null });
  });
});
