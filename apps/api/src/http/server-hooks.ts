import { errorCodes, type FastifyInstance } from 'fastify';
import helmet, { type HelmetOptions } from 'helmet';
import { PinoLogger } from 'nestjs-pino';
import type { IncomingMessage, ServerResponse } from 'node:http';
import type { AppConfig } from '../config/app-config';
import { readCsvBody } from '../imports/csv-body';
import { API_PREFIX, isApiPath, pathOf } from './api-prefix';

/** The largest JSON body accepted. */
const JSON_BODY_LIMIT = 1024 * 1024;

/**
 * Bodies: JSON (an empty one is no body rather than an error), an empty text/plain body (what
 * the console's DELETE sends: ra-data-simple-rest labels it so) and, on the import routes only, a
 * CSV file as bytes. Any other type, and any text/plain body, is refused (415).
 */
export function parseBodies(fastify: FastifyInstance): void {
  const parseJson = fastify.getDefaultJsonParser('error', 'error');
  fastify.removeContentTypeParser(['application/json', 'text/plain']);
  fastify.addContentTypeParser('application/json', { parseAs: 'string', bodyLimit: JSON_BODY_LIMIT }, (request, body, done) => {
    if (body === '') done(null, undefined);
    else parseJson(request, body as string, done);
  });
  fastify.addContentTypeParser('text/plain', { parseAs: 'string', bodyLimit: JSON_BODY_LIMIT }, (request, body, done) => {
    if (body === '') done(null, undefined);
    else done(new errorCodes.FST_ERR_CTP_INVALID_MEDIA_TYPE('text/plain'), undefined);
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
 * helmet's security headers on every answer, computed once: they are the same for every answer, and
 * @fastify/helmet would parse the policy again for each request (about 3 % of the API's CPU in a
 * profile). API answers also get `Cache-Control: no-store`: they depend on who asks and change with
 * every write.
 */
export function addSecurityHeaders(fastify: FastifyInstance, config: AppConfig): void {
  const headers: Record<string, string> = {};
  const recorder = {
    setHeader: (name: string, value: string) => (headers[name] = value),
    removeHeader: (name: string) => delete headers[name],
  };
  helmet(helmetOptions(config.secureCookies))({} as IncomingMessage, recorder as unknown as ServerResponse, () => undefined);
  fastify.addHook('onRequest', (request, reply, done) => {
    reply.headers(headers);
    if (isApiPath(pathOf(request.url))) reply.header('Cache-Control', 'no-store');
    done();
  });
}

/**
 * One line per answered request, health checks aside, with the application's logger. A Fastify
 * hook rather than pino-http's middleware: no Express-style middleware layer and no async context
 * per request, which cost every request even when nothing is logged (about 6 % of the API's CPU in a profile).
 */
export function logRequests(fastify: FastifyInstance): void {
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
