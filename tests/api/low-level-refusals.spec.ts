import type { INestApplication } from '@nestjs/common';
import type { Response } from 'supertest';
import { client, startApp } from './support/app';

/**
 * Requests refused before any route (an address that is not valid percent-encoding, a head too
 * large for Node's parser): the API's error shape and security headers as on every other answer,
 * neither the framework's name nor the address echoed.
 */
describe('refusals below the routes', () => {
  let app: INestApplication;

  beforeAll(async () => {
    app = await startApp();
  });
  afterAll(() => app.close());

  function expectOwnAnswer(response: Response, status: number, message: RegExp): void {
    expect(response.status).toBe(status);
    expect(response.headers['content-security-policy']).toContain("default-src 'self'");
    expect(response.headers['x-content-type-options']).toBe('nosniff');
    expect(response.headers['x-frame-options']).toBe('SAMEORIGIN');
    expect(response.headers['cache-control']).toBe('no-store');
    expect(Object.keys(response.body)).toEqual(['message']);
    expect(response.body.message).toMatch(message);
    expect(response.text).not.toMatch(/FST_|Fastify|statusCode|%/i);
  }

  it.each(['/%', '/api/organisations/%E0%A4%A', '/assets/%c0'])(
    'answers %s, not valid percent-encoding, with a 400 of its own',
    async (path) => {
      expectOwnAnswer(await client(app).get(path), 400, /^Adresse mal formée\.$/);
    },
  );

  it('answers in the reader’s language', async () => {
    const response = await client(app).get('/%').set('Accept-Language', 'en');
    expect(response.body).toEqual({ message: 'Malformed address.' });
  });

  it('answers a request head too large with a short 431 of its own', async () => {
    const response = await client(app).get('/api/health').set('X-Padding', 'a'.repeat(20_000));
    expectOwnAnswer(response, 431, /^En-têtes de la requête trop volumineux\.$/);
  });
});
