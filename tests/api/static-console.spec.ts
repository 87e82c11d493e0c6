import type { INestApplication } from '@nestjs/common';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { brotliCompressSync, gzipSync } from 'node:zlib';
import request from 'supertest';
import { startApp } from './support/app';

/** Collects a response body as bytes, whatever its type, without decoding it. */
const raw = (response: request.Response, callback: (error: Error | null, body: Buffer) => void) => {
  const chunks: Buffer[] = [];
  response.on('data', (chunk: Buffer) => chunks.push(chunk));
  response.on('end', () => callback(null, Buffer.concat(chunks)));
};

/**
 * The console as the API serves it, on a console build of the test's own (CONSOLE_DIR): the
 * brotli or gzip copy written at build time when the browser accepts it, hashed assets cached for
 * good, index.html revalidated, API routes never looked up on disk.
 */
describe('the console’s static files', () => {
  const dir = mkdtempSync(join(tmpdir(), 'resacoop-console-'));
  const script = `console.log(${JSON.stringify('Demandes à traiter '.repeat(200))});\n`;
  const html =
    '<!doctype html><html lang="fr"><body><div id="root"></div><script type="module" src="/assets/index-AbC123.js"></script></body></html>';
  let app: INestApplication;

  beforeAll(async () => {
    mkdirSync(join(dir, 'assets'));
    writeFileSync(join(dir, 'index.html'), html);
    writeFileSync(join(dir, 'assets', 'index-AbC123.js'), script);
    writeFileSync(join(dir, 'assets', 'index-AbC123.js.br'), brotliCompressSync(script));
    writeFileSync(join(dir, 'assets', 'index-AbC123.js.gz'), gzipSync(script));
    // Only a gzip copy: a browser asking for brotli first still gets it compressed.
    writeFileSync(join(dir, 'assets', 'style-XyZ789.css'), `body { margin: 0; }\n${'/* … */\n'.repeat(300)}`);
    writeFileSync(join(dir, 'assets', 'style-XyZ789.css.gz'), gzipSync(`body { margin: 0; }\n${'/* … */\n'.repeat(300)}`));
    // A file of that name under the API's prefix must never be served.
    mkdirSync(join(dir, 'api'));
    writeFileSync(join(dir, 'api', 'health'), 'a file, not the API');
    app = await startApp({ CONSOLE_DIR: dir });
  });
  afterAll(async () => {
    await app?.close();
    rmSync(dir, { recursive: true, force: true });
  });

  const get = (path: string, acceptEncoding?: string) => {
    const call = request(app.getHttpServer()).get(path).buffer(true).parse(raw);
    return acceptEncoding === undefined ? call : call.set('Accept-Encoding', acceptEncoding);
  };

  it('sends a hashed asset brotli-compressed to a browser that accepts it, cached for good', async () => {
    const response = await get('/assets/index-AbC123.js', 'gzip, deflate, br, zstd').expect(200);
    expect(response.headers['content-encoding']).toBe('br');
    expect(response.headers['content-type']).toMatch(/^(text|application)\/javascript/);
    expect(response.headers['cache-control']).toBe('public, max-age=31536000, immutable');
    expect(response.headers.vary).toMatch(/Accept-Encoding/i);
    expect(Number(response.headers['content-length'])).toBeLessThan(Buffer.byteLength(script) / 10);
    // supertest decodes it, as a browser does.
    expect((response.body as Buffer).toString()).toBe(script);
    // The security headers stay on static files.
    expect(response.headers['content-security-policy']).toMatch(/default-src 'self'/);
    expect(response.headers['x-content-type-options']).toBe('nosniff');
  });

  it('sends gzip to a browser that does not take brotli, and the file itself to one that takes neither', async () => {
    const gzipped = await get('/assets/index-AbC123.js', 'gzip').expect(200);
    expect(gzipped.headers['content-encoding']).toBe('gzip');
    expect(Number(gzipped.headers['content-length'])).toBeLessThan(Buffer.byteLength(script) / 10);
    expect((gzipped.body as Buffer).toString()).toBe(script);

    const refused = await get('/assets/index-AbC123.js', 'br;q=0, gzip;q=0.5').expect(200);
    expect(refused.headers['content-encoding']).toBe('gzip');

    const plain = await get('/assets/index-AbC123.js', 'identity').expect(200);
    expect(plain.headers['content-encoding']).toBeUndefined();
    expect(plain.headers.vary).toMatch(/Accept-Encoding/i);
    expect(plain.headers['cache-control']).toBe('public, max-age=31536000, immutable');
    expect((plain.body as Buffer).toString()).toBe(script);

    const css = await get('/assets/style-XyZ789.css', 'br, gzip').expect(200);
    expect(css.headers['content-encoding']).toBe('gzip');
    expect(css.headers['content-type']).toMatch(/^text\/css/);
  });

  it('answers a conditional request for the compressed copy with 304', async () => {
    const first = await get('/assets/index-AbC123.js', 'br').expect(200);
    await get('/assets/index-AbC123.js', 'br').set('If-None-Match', String(first.headers.etag)).expect(304);
  });

  it('serves index.html, for the root and every client-side route, to be revalidated before each use', async () => {
    for (const path of ['/', '/requests/12/show', '/index.html']) {
      const response = await get(path, 'br, gzip').expect(200);
      expect(response.headers['cache-control']).toBe('no-cache');
      expect(response.headers['content-type']).toMatch(/^text\/html/);
      expect((response.body as Buffer).toString()).toBe(html);
    }
  });

  it('answers 404 for an asset that is not in the build, rather than the page', async () => {
    const response = await get('/assets/index-Old999.js', 'br, gzip').expect(404);
    expect(response.headers['content-type']).toMatch(/json/);
  });

  it('never serves a file for an API path', async () => {
    const response = await request(app.getHttpServer()).get('/api/health').set('Accept-Encoding', 'br, gzip').expect(200);
    expect(response.body).toEqual({ status: 'ok' });
    expect(response.headers['cache-control']).toBe('no-store');
    expect(response.headers['content-encoding']).toBeUndefined();
  });
});
