import { Logger, type INestApplication } from '@nestjs/common';
import { once } from 'node:events';
import { get, type IncomingMessage } from 'node:http';
import type { AddressInfo } from 'node:net';
import { connect, type Socket } from 'node:net';
import { startIsolatedApp } from './support/environment';

jest.setTimeout(120_000);

const MAX_CONNECTIONS = 3;
const UNFINISHED = 'request left unfinished by its client';

/**
 * Clients that send a request slowly or not at all: a body trickled or left unfinished, more
 * connections than the server keeps. The server closes them and stays up; the client's doing is
 * never logged as an outage of PostgreSQL or Redis.
 */
describe('slow clients', () => {
  let app: INestApplication;
  let stop: () => Promise<void>;
  let port: number;
  let errors: jest.SpyInstance;
  let debug: jest.SpyInstance;

  beforeAll(async () => {
    ({ app, stop } = await startIsolatedApp('slow-clients', { REQUEST_TIMEOUT_SECONDS: '1', MAX_CONNECTIONS: String(MAX_CONNECTIONS) }));
    await app.listen(0, '127.0.0.1');
    port = (app.getHttpServer().address() as AddressInfo).port;
  });
  afterAll(() => stop?.());

  beforeEach(() => {
    errors = jest.spyOn(Logger.prototype, 'error');
    debug = jest.spyOn(Logger.prototype, 'debug');
  });
  afterEach(() => jest.restoreAllMocks());

  /** Resolves at the error filter's verdict on the request: the client's doing (debug) or a failure (error). */
  function verdict(): Promise<void> {
    return new Promise((resolve) => {
      errors.mockImplementation(() => resolve());
      debug.mockImplementation((message: unknown) => {
        if (message === UNFINISHED) resolve();
      });
    });
  }

  async function open(): Promise<{ socket: Socket; answer: () => string }> {
    const socket = connect(port, '127.0.0.1');
    const received: Buffer[] = [];
    socket.on('data', (chunk: Buffer) => received.push(chunk));
    socket.on('error', () => undefined);
    await once(socket, 'connect');
    return { socket, answer: () => Buffer.concat(received).toString('latin1') };
  }

  const head = (extra = '') =>
    `POST /api/auth/login HTTP/1.1\r\nHost: 127.0.0.1\r\nOrigin: http://127.0.0.1\r\nContent-Type: application/json\r\n` +
    `Content-Length: 900000\r\n${extra}\r\n`;

  const outages = () => errors.mock.calls.map(([message]) => String(message)).filter((line) => /dependency unavailable/.test(line));

  it('closes a connection whose body stops coming, once the request time is up, and logs no outage', async () => {
    const logged = verdict();
    const { socket, answer } = await open();
    socket.write(`${head()}{"email":"`);
    await once(socket, 'close');
    expect(answer()).toMatch(/^HTTP\/1\.1 408 /);
    expect(answer()).toMatch(/\r\nX-Content-Type-Options: nosniff\r\n/i);
    await logged;
    expect(outages()).toEqual([]);
    // Still serving (and no connection kept for later: the last test counts them).
    const [health] = (await once(get({ host: '127.0.0.1', port, path: '/api/health', agent: false }), 'response')) as [IncomingMessage];
    health.resume();
    expect(health.statusCode).toBe(200);
  });

  it('logs an upload its client abandons as the client’s doing, not as an outage', async () => {
    const logged = verdict();
    const { socket, answer } = await open();
    // The server says it takes the body once the request reached Fastify: the body is then being read.
    socket.write(head('Expect: 100-continue\r\n'));
    while (!answer().startsWith('HTTP/1.1 100')) await once(socket, 'data');
    socket.write('{"email":"somebody@');
    socket.destroy();
    await logged;
    expect(outages()).toEqual([]);
    expect(debug.mock.calls.map(([message]) => String(message))).toContain(UNFINISHED);
  });

  it('closes at once a connection beyond its bound, the ones it holds untouched', async () => {
    const held = await Promise.all(Array.from({ length: MAX_CONNECTIONS }, () => open()));
    const extra = await open();
    await once(extra.socket, 'close');
    expect(extra.answer()).toBe('');
    for (const { socket } of held) expect(socket.destroyed).toBe(false);
    for (const { socket } of held) socket.destroy();
  });
});
