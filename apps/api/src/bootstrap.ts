import fastifyCookie from '@fastify/cookie';
import fastifyStatic from '@fastify/static';
import { NestFactory } from '@nestjs/core';
import { FastifyAdapter, type NestFastifyApplication } from '@nestjs/platform-fastify';
import { DocumentBuilder, SwaggerModule } from '@nestjs/swagger';
import type { FastifyInstance } from 'fastify';
import helmet, { type HelmetOptions } from 'helmet';
import { Logger, PinoLogger } from 'nestjs-pino';
import { existsSync, readdirSync, type Dirent } from 'node:fs';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { join, relative, resolve, sep } from 'node:path';
import { AppModule } from './app.module';
import { createValidationPipe } from './common/validation';
import type { AppConfig } from './config/app-config';
import { readCsvBody } from './imports/csv-body';

const API_PREFIX = 'api';

/** Where the built console sits: beside the API's own build output, unless configured. */
function consoleDir(config: AppConfig): string | null {
  const dir = config.CONSOLE_DIR ?? resolve(__dirname, '../../../../console');
  return existsSync(join(dir, 'index.html')) ? dir : null;
}

/** Hashed by Vite (`assets/index-<hash>.js`): a new build gets new names, so a browser may keep them for good. */
const IMMUTABLE = 'public, max-age=31536000, immutable';
/** Everything else (index.html first): kept, but checked again (ETag) before each use, so a deployment shows at once. */
const REVALIDATE = 'no-cache';
/** The compressed copies the console's build writes beside its files (vite.config.ts). */
const COMPRESSED_SUFFIX = /\.(br|gz)$/;

const isApi = (path: string) => path === `/${API_PREFIX}` || path.startsWith(`/${API_PREFIX}/`);

/**
 * The build's files, relative to `dir` with forward slashes, listed once at start-up (no lookup on
 * disk for a client-side route; a file added by a later build is not served until a restart).
 */
function filesOf(dir: string): Set<string> {
  return new Set(
    (readdirSync(dir, { recursive: true, withFileTypes: true }) as Dirent[])
      .filter((entry) => entry.isFile())
      .map((entry) => relative(dir, join(entry.parentPath, entry.name)).split(sep).join('/')),
  );
}

/**
 * The built console: its files from disk (@fastify/static: ETag, conditional and range requests),
 * the brotli or gzip copy written at build time when the client accepts it, hashed assets cached
 * for good and the rest revalidated; any other GET outside the API is a client-side route and gets
 * index.html. API routes are matched before this one, and an unknown API path is a 404.
 */
async function serveConsole(app: NestFastifyApplication, dir: string): Promise<void> {
  await app.register(fastifyStatic, {
    root: dir,
    serve: false,
    index: false,
    preCompressed: true,
    // The Cache-Control below is set per file.
    cacheControl: false,
    setHeaders: (reply, path) => {
      const file = relative(dir, path).split(sep).join('/').replace(COMPRESSED_SUFFIX, '');
      reply.header('Cache-Control', file.startsWith('assets/') ? IMMUTABLE : REVALIDATE);
    },
  });
  const built = filesOf(dir);
  app
    .getHttpAdapter()
    .getInstance()
    .get('/*', (request, reply) => {
      const path = request.url.split('?', 1)[0] ?? '/';
      if (isApi(path)) return reply.callNotFound();
      let file: string;
      try {
        file = decodeURIComponent(path).replace(/^\/+/, '');
      } catch {
        return reply.callNotFound();
      }
      if (built.has(file)) return reply.sendFile(file);
      // A missing asset (an old build's chunk) is a 404, not the page.
      if (path.startsWith('/assets/')) return reply.callNotFound();
      return reply.sendFile('index.html');
    });
}

/** The largest JSON body accepted. */
const JSON_BODY_LIMIT = 1024 * 1024;

/**
 * Bodies: JSON (an empty one, as a DELETE from the console sends, is no body rather than an
 * error) and, on the import routes only, a CSV file as bytes. Any other type is refused (415).
 */
function parseBodies(fastify: FastifyInstance): void {
  const parseJson = fastify.getDefaultJsonParser('error', 'error');
  fastify.removeContentTypeParser(['application/json', 'text/plain']);
  fastify.addContentTypeParser('application/json', { parseAs: 'string', bodyLimit: JSON_BODY_LIMIT }, (request, body, done) => {
    if (body === '') done(null, undefined);
    else parseJson(request, body as string, done);
  });
  fastify.addContentTypeParser('text/csv', readCsvBody);
}

/** Strict-Transport-Security only when the app is served over HTTPS. */
const helmetOptions = (secure: boolean): HelmetOptions => ({
  strictTransportSecurity: secure,
  contentSecurityPolicy: {
    directives: {
      defaultSrc: ["'self'"],
      scriptSrc: ["'self'"],
      // Material UI injects its styles at run time.
      styleSrc: ["'self'", "'unsafe-inline'"],
      imgSrc: ["'self'", 'data:'],
      fontSrc: ["'self'", 'data:'],
      connectSrc: ["'self'"],
      frameAncestors: ["'none'"],
      formAction: ["'self'"],
    },
  },
});

/**
 * helmet's security headers, computed once: they are the same for every answer, and
 * @fastify/helmet would parse the policy again for each request (measured: 3 % of the API's CPU).
 */
function securityHeaders(config: AppConfig): Record<string, string> {
  const headers: Record<string, string> = {};
  const recorder = {
    setHeader: (name: string, value: string) => (headers[name] = value),
    removeHeader: (name: string) => delete headers[name],
  };
  helmet(helmetOptions(config.secureCookies))({} as IncomingMessage, recorder as unknown as ServerResponse, () => undefined);
  return headers;
}

/**
 * One line per answered request, health checks aside, with the application's logger. A Fastify
 * hook rather than pino-http's middleware: no Express-style middleware layer and no async context
 * per request, which cost every request even when nothing is logged (measured: 6 % of the CPU).
 */
function logRequests(fastify: FastifyInstance): void {
  fastify.addHook('onResponse', (request, reply, done) => {
    const log = PinoLogger.root;
    if (log.isLevelEnabled('info') && !request.url.startsWith(`/${API_PREFIX}/health`)) {
      log.info(
        {
          req: { method: request.method, url: request.url, remoteAddress: request.ip },
          res: { statusCode: reply.statusCode },
          responseTime: Math.round(reply.elapsedTime),
        },
        'request completed',
      );
    }
    done();
  });
}

/** Builds the HTTP application, initialised: the same for `main.ts` and for the end-to-end tests. */
export async function createApp(config: AppConfig): Promise<NestFastifyApplication> {
  const app = await NestFactory.create<NestFastifyApplication>(
    AppModule.with(config),
    // Behind a reverse proxy on the same machine, the client's address is the forwarded one.
    new FastifyAdapter({ trustProxy: 'loopback' }),
    { bufferLogs: true, bodyParser: false },
  );
  app.useLogger(app.get(Logger));
  const fastify = app.getHttpAdapter().getInstance();
  parseBodies(fastify);
  logRequests(fastify);
  // Set by the session guard: declared, so every request object keeps one shape.
  fastify.decorateRequest('user', null);
  fastify.decorateRequest('sessionTokenHash', null);
  await app.register(fastifyCookie);
  const security = securityHeaders(config);
  fastify.addHook('onRequest', (request, reply, done) => {
    reply.headers(security);
    // API answers depend on who asks and change with every write: never cache them.
    if (isApi(request.url.split('?', 1)[0] ?? '')) reply.header('Cache-Control', 'no-store');
    done();
  });
  app.setGlobalPrefix(API_PREFIX);
  app.useGlobalPipes(createValidationPipe());
  app.enableShutdownHooks();

  const openApi = new DocumentBuilder()
    .setTitle('RESACOOP back-office API')
    .setDescription('Lists follow the ra-data-simple-rest contract: sort, range, filter and Content-Range.')
    .setVersion('1')
    .addCookieAuth('resacoop_sid')
    .build();
  SwaggerModule.setup(`${API_PREFIX}/docs`, app, () => SwaggerModule.createDocument(app, openApi));

  const dir = consoleDir(config);
  if (dir) await serveConsole(app, dir);
  await app.init();
  await fastify.ready();
  return app;
}
