/**
 * The built console as the production API serves it (no browser needed): every JavaScript file
 * the first page loads exists compressed (the Vite build writes `.br` and `.gz`), a browser that
 * accepts brotli gets it (the page too), hashed assets are cached for good and index.html is revalidated.
 */
import { existsSync, readFileSync } from 'node:fs';
import { request } from 'node:http';
import { join } from 'node:path';
import { brotliDecompressSync } from 'node:zlib';
import { startServer } from './server';

const BUILD = join(__dirname, '../../dist/console');

/** A GET answered with its raw bytes (node:http does not decode, unlike fetch). */
function get(
  url: string,
  headers: Record<string, string> = {},
): Promise<{ status: number; headers: Record<string, unknown>; body: Buffer }> {
  return new Promise((resolve, reject) => {
    request(url, { headers }, (response) => {
      const chunks: Buffer[] = [];
      response.on('data', (chunk: Buffer) => chunks.push(chunk));
      response.on('end', () => resolve({ status: response.statusCode ?? 0, headers: response.headers, body: Buffer.concat(chunks) }));
      response.on('error', reject);
    })
      .on('error', reject)
      .end();
  });
}

describe('the built console, compressed and cached', () => {
  let server: Awaited<ReturnType<typeof startServer>>;

  beforeAll(async () => {
    server = await startServer();
  }, 180_000);
  afterAll(() => server?.stop());

  it('has a brotli and a gzip copy of the entry script, and serves them with the immutable cache header', async () => {
    const page = await get(`${server.baseUrl}/`, { 'Accept-Encoding': 'gzip, deflate, br, zstd' });
    expect(page.status).toBe(200);
    expect(page.headers['cache-control']).toBe('no-cache');
    // The page itself comes compressed too.
    expect(page.headers['content-encoding']).toBe('br');
    const html = brotliDecompressSync(page.body).toString();
    expect(html).toBe(readFileSync(join(BUILD, 'index.html'), 'utf8'));
    const entry = /<script[^>]*type="module"[^>]*src="\/(assets\/[^"]+\.js)"/.exec(html)?.[1];
    expect(entry).toBeDefined();
    expect(existsSync(join(BUILD, `${entry}.br`))).toBe(true);
    expect(existsSync(join(BUILD, `${entry}.gz`))).toBe(true);

    const brotli = await get(`${server.baseUrl}/${entry}`, { 'Accept-Encoding': 'gzip, deflate, br, zstd' });
    expect(brotli.status).toBe(200);
    expect(brotli.headers['content-encoding']).toBe('br');
    expect(brotli.headers['content-type']).toMatch(/javascript/);
    expect(brotli.headers['cache-control']).toBe('public, max-age=31536000, immutable');
    expect(brotli.headers.vary).toMatch(/Accept-Encoding/i);
    expect(brotli.body.equals(readFileSync(join(BUILD, `${entry}.br`)))).toBe(true);

    const gzip = await get(`${server.baseUrl}/${entry}`, { 'Accept-Encoding': 'gzip' });
    expect(gzip.headers['content-encoding']).toBe('gzip');

    const plain = await get(`${server.baseUrl}/${entry}`);
    expect(plain.headers['content-encoding']).toBeUndefined();
    expect(plain.body.equals(readFileSync(join(BUILD, entry!)))).toBe(true);
    // Brotli sends a fraction of it.
    expect(brotli.body.byteLength).toBeLessThan(plain.body.byteLength / 2.5);
  });

  it('keeps API answers out of the static files and out of caches', async () => {
    const health = await get(`${server.baseUrl}/api/health`, { 'Accept-Encoding': 'br, gzip' });
    expect(health.status).toBe(200);
    expect(health.headers['cache-control']).toBe('no-store');
    expect(health.headers['content-encoding']).toBeUndefined();
  });
});
