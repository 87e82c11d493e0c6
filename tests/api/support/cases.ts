import type TestAgent from 'supertest/lib/agent';
import { unique } from './app';

/** An open case of `organisationId` (projects in Senegal, follow-up in 2030), opened through the API by `agent`; its id. */
export async function openCase(agent: TestAgent, organisationId: number): Promise<number> {
  const { body } = await agent
    .post('/api/cases')
    .send({ organisationId, projectTitle: unique('Projet '), nextFollowUpAt: '2030-01-15', countries: ['SN'] })
    .expect(201);
  return body.id;
}
