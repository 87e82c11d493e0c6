import type { INestApplication } from '@nestjs/common';
import request from 'supertest';
import TestAgent from 'supertest/lib/agent';
import { DataSource } from 'typeorm';
import { createApp } from '../../../apps/api/src/bootstrap';
import { loadConfig } from '../../../apps/api/src/config/app-config';

export const ORIGIN = 'http://localhost:3000';
export const DEMO_PASSWORD = process.env.DEMO_PASSWORD ?? 'resacoop-demo';

/** One seeded user per role (the demo users). */
export const USERS = {
  admin: 'admin@resacoop.test',
  staff: 'lyon@resacoop.test',
  staffClermont: 'clermont@resacoop.test',
  relayIsere: 'isere@relais.test',
  relayRhone: 'rhone@relais.test',
  relayLoire: 'loire@relais.test',
  relayDrome: 'drome-ardeche@relais.test',
} as const;

export type Who = keyof typeof USERS;

/** The real application on the test database and Redis prefix, as main.ts builds it. */
export function startApp(overrides: Record<string, string> = {}): Promise<INestApplication> {
  return createApp(loadConfig({ ...process.env, ...overrides }));
}

export function database(app: INestApplication): DataSource {
  return app.get(DataSource);
}

/** A client that carries the app's Origin on every request, as the console does. */
export function client(app: INestApplication): TestAgent {
  return request.agent(app.getHttpServer()).set('Origin', ORIGIN);
}

/** A client logged in as one of the seeded users. */
export async function loginAs(app: INestApplication, who: Who | string): Promise<TestAgent> {
  const agent = client(app);
  const email = who in USERS ? USERS[who as Who] : who;
  await agent.post('/api/auth/login').send({ email, password: DEMO_PASSWORD }).expect(200);
  return agent;
}

/** A unique suffix, so suites running side by side never collide on names. */
export function unique(label = ''): string {
  return `${label}${Date.now().toString(36)}${Math.floor(Math.random() * 1e6).toString(36)}`;
}
