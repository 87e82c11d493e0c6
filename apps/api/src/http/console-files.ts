import fastifyStatic from '@fastify/static';
import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import { existsSync, readdirSync, type Dirent } from 'node:fs';
import { join, relative, resolve, sep } from 'node:path';
import type { AppConfig } from '../config/app-config';
import { isApiPath, pathOf } from './api-prefix';

/** Where the built console sits: beside the API's own build output, unless configured. */
export function consoleDir(config: AppConfig): string | null {
  const dir = config.CONSOLE_DIR ?? resolve(__dirname, '../../../../../console');
  return existsSync(join(dir, 'index.html')) ? dir : null;
}

/** Hashed by Vite (`assets/index-<hash>.js`): a new build gets new names, so a browser may keep them for good. */
const IMMUTABLE = 'public, max-age=31536000, immutable';
/** Everything else (index.html first): kept, but checked again (ETag) before each use, so a deployment shows at once. */
const REVALIDATE = 'no-cache';
/** The compressed copies the console's build writes beside its files (vite.config.ts). */
const COMPRESSED_SUFFIX = /\.(br|gz)$/;

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
export async function serveConsole(app: NestFastifyApplication, dir: string): Promise<void> {
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
      const path = pathOf(request.url);
      if (isApiPath(path)) return reply.callNotFound();
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
