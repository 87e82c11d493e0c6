import type { INestApplication } from '@nestjs/common';
import request from 'supertest';
import { startApp } from './support/app';

describe('health, documentation and headers', () => {
  let app: INestApplication;

  beforeAll(async () => {
    app = await startApp();
  });
  afterAll(() => app.close());

  it('says alive and ready, without a session', async () => {
    await request(app.getHttpServer()).get('/api/health').expect(200, { status: 'ok' });
    const ready = await request(app.getHttpServer()).get('/api/health/ready').expect(200);
    expect(ready.body).toEqual({
      status: 'ok',
      postgres: 'up',
      redis: 'up',
      smtp: expect.stringMatching(/^not configured/),
      mailboxes: {},
    });
  });

  it('serves the OpenAPI description', async () => {
    const response = await request(app.getHttpServer()).get('/api/docs-json').expect(200);
    expect(Object.keys(response.body.paths)).toEqual(
      expect.arrayContaining(['/api/organisations', '/api/contacts/{id}', '/api/auth/login']),
    );
  });

  it('sends security headers and no framework banner', async () => {
    const response = await request(app.getHttpServer()).get('/api/health');
    expect(response.headers['content-security-policy']).toMatch(/default-src 'self'/);
    expect(response.headers['x-content-type-options']).toBe('nosniff');
    expect(response.headers['x-frame-options']).toBeDefined();
    expect(response.headers['x-powered-by']).toBeUndefined();
  });

  it('answers an unknown route with 404 in the one error shape', async () => {
    const response = await request(app.getHttpServer()).get('/api/nowhere').expect(404);
    expect(response.body).toEqual({ message: expect.any(String) });
  });
});

describe('readiness when Redis is unreachable', () => {
  let app: INestApplication;

  beforeAll(async () => {
    app = await startApp({ REDIS_URL: 'redis://127.0.0.1:1' });
  });
  afterAll(() => app.close());

  it('answers 503 naming what is down', async () => {
    const response = await request(app.getHttpServer()).get('/api/health/ready').expect(503);
    expect(response.body.message).toMatch(/Redis down/);
  });
});
