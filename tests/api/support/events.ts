import type TestAgent from 'supertest/lib/agent';
import { unique } from './app';

/** A draft event of the Loire, planned through the API by `agent` (a workshop on 12 May 2030, morning); `fields` override. */
export async function plannedEvent(agent: TestAgent, fields: Record<string, unknown> = {}): Promise<{ id: number; version: number }> {
  const { body } = await agent
    .post('/api/events')
    .send({
      title: unique('Atelier '),
      kind: 'workshop',
      role: 'organised',
      startsAt: '2030-05-12T09:00:00+02:00',
      endsAt: '2030-05-12T12:00:00+02:00',
      departement: '42',
      ...fields,
    })
    .expect(201);
  return body;
}
