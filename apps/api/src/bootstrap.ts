import type { INestApplication } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import type { NestExpressApplication } from '@nestjs/platform-express';
import { DocumentBuilder, SwaggerModule } from '@nestjs/swagger';
import cookieParser from 'cookie-parser';
import express, { type NextFunction, type Request, type Response } from 'express';
import helmet from 'helmet';
import { Logger } from 'nestjs-pino';
import { existsSync, readdirSync, type Dirent } from 'node:fs';
import { extname, join, relative, resolve, sep } from 'node:path';
import { AppModule } from './app.module';
import { createValidationPipe } from './common/validation';
import type { AppConfig } from './config/app-config';
import { CSV_IMPORT_ROUTES, csvBodyParser } from './imports/csv-body';

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

/** The compressed copies the console's build writes beside its files (vite.config.ts), best first. */
const ENCODINGS = [
  { name: 'br', suffix: '.br' },
  { name: 'gzip', suffix: '.gz' },
] as const;

/** Codings the client accepts (`Accept-Encoding`, q-values honoured, `*` included). */
function acceptedEncodings(header: string | undefined): Set<string> {
  const accepted = new Set<string>();
  const refused = new Set<string>();
  for (const part of (header ?? '').split(',')) {
    const [name, ...parameters] = part.trim().toLowerCase().split(';');
    if (!name) continue;
    const q = parameters.map((parameter) => /^\s*q=([\d.]+)\s*$/.exec(parameter)?.[1]).find((value) => value !== undefined);
    (q !== undefined && Number(q) === 0 ? refused : accepted).add(name);
  }
  if (accepted.has('*')) for (const { name } of ENCODINGS) if (!refused.has(name)) accepted.add(name);
  return accepted;
}

/**
 * The build's files, relative to `dir` with forward slashes, listed once at start-up (no lookup on
 * disk per request for the compressed copies; a file added by a later build is sent uncompressed).
 */
function filesOf(dir: string): Set<string> {
  return new Set(
    (readdirSync(dir, { recursive: true, withFileTypes: true }) as Dirent[])
      .filter((entry) => entry.isFile())
      .map((entry) => relative(dir, join(entry.parentPath, entry.name)).split(sep).join('/')),
  );
}

/**
 * The built console: its files from disk (`express.static`: ETag, conditional and range requests),
 * the brotli or gzip copy written at build time when the client accepts it, hashed assets cached
 * for good and the rest revalidated; any other GET outside the API is a client-side route and gets
 * index.html. API calls never reach this (no file lookup per API request, measured by the bench).
 */
function serveConsole(app: NestExpressApplication, dir: string): void {
  const built = filesOf(dir);
  const assets = express.static(dir, {
    index: false,
    // The Cache-Control below is set by setHeaders, per file.
    cacheControl: false,
    setHeaders: (response: Response, path: string) => {
      const file = relative(dir, path).split(sep).join('/');
      const encoding = ENCODINGS.find(({ suffix }) => file.endsWith(suffix));
      const original = encoding ? file.slice(0, -encoding.suffix.length) : file;
      if (encoding) {
        response.setHeader('Content-Encoding', encoding.name);
        // The type of the file itself, not of its compressed copy.
        response.type(extname(original));
      }
      if (ENCODINGS.some(({ suffix }) => built.has(original + suffix))) response.setHeader('Vary', 'Accept-Encoding');
      response.setHeader('Cache-Control', original.startsWith('assets/') ? IMMUTABLE : REVALIDATE);
    },
  });
  const isApi = (request: Request) => request.path === `/${API_PREFIX}` || request.path.startsWith(`/${API_PREFIX}/`);
  app.use((request: Request, response: Response, next: NextFunction) => {
    if (isApi(request) || (request.method !== 'GET' && request.method !== 'HEAD')) return next();
    let file: string;
    try {
      file = decodeURIComponent(request.path).replace(/^\/+/, '');
    } catch {
      return next();
    }
    const accepted = acceptedEncodings(request.headers['accept-encoding']);
    const encoding = ENCODINGS.find(({ name, suffix }) => accepted.has(name) && built.has(file + suffix));
    if (!encoding) return assets(request, response, next);
    // Serve the compressed copy in place of the file; the original URL is put back for whatever comes next.
    const url = request.url;
    const query = url.indexOf('?');
    request.url = `${query < 0 ? url : url.slice(0, query)}${encoding.suffix}${query < 0 ? '' : url.slice(query)}`;
    assets(request, response, (error?: unknown) => {
      request.url = url;
      next(error);
    });
  });
  // Any other page is a client-side route of the console; a missing asset (an old build's chunk) is a 404, not the page.
  app.use((request: Request, response: Response, next: NextFunction) => {
    if (request.method !== 'GET' || isApi(request) || request.path.startsWith('/assets/')) return next();
    response.setHeader('Cache-Control', REVALIDATE);
    response.sendFile(join(dir, 'index.html'));
  });
}

/** Builds the HTTP application: the same for `main.ts` and for the end-to-end tests. */
export async function createApp(config: AppConfig): Promise<INestApplication> {
  const app = await NestFactory.create<NestExpressApplication>(AppModule.with(config), { bufferLogs: true, bodyParser: false });
  app.useLogger(app.get(Logger));
  app.set('trust proxy', 'loopback');
  app.disable('x-powered-by');
  app.use(
    helmet({
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
      strictTransportSecurity: config.secureCookies,
    }),
  );
  app.use(express.json({ limit: '1mb' }));
  // CSV files are larger than any JSON body, and only the import routes take one.
  app.use(
    CSV_IMPORT_ROUTES.map((route) => `/${API_PREFIX}${route}`),
    csvBodyParser(),
  );
  // API answers depend on who asks and change with every write: never cache them.
  app.use(`/${API_PREFIX}`, (_request: Request, response: Response, next: NextFunction) => {
    response.setHeader('Cache-Control', 'no-store');
    next();
  });
  app.use(cookieParser());
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
  if (dir) serveConsole(app, dir);
  return app;
}
