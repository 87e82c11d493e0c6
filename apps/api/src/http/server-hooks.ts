import type { FastifyInstance } from 'fastify';
import helmet, { type HelmetOptions } from 'helmet';
import { PinoLogger } from 'nestjs-pino';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { UnsupportedMediaType, ValidationFailed } from '../common/app-exception';
import { jsonTextFault } from '../common/input-limits';
import type { AppConfig } from '../config/app-config';
import { API_PREFIX, isApiPath, pathOf } from './api-prefix';

/** The largest JSON body accepted. */
const JSON_BODY_LIMIT = 1024 * 1024;

/**
 * Bodies: JSON (one nested too deep or holding too many values is refused before it is parsed),
 * and the types a feature adds for its own routes (the imports' CSV files: imports/csv-body.ts).
 * A request without a body is accepted whatever type it names (react-admin's DELETE says
 * `text/plain`); a body of any other type is refused (415).
 */
export function parseBodies(fastify: FastifyInstance): void {
  const parseJson = fastify.getDefaultJsonParser('error', 'error');
  fastify.removeContentTypeParser(['application/json', 'text/plain']);
  fastify.addContentTypeParser('application/json', { parseAs: 'string', bodyLimit: JSON_BODY_LIMIT }, (request, body, done) => {
    if (body === '') {
      done(null, undefined);
      return;
    }
    const fault = jsonTextFault(body as string);
    if (fault) done(new ValidationFailed(fault), undefined);
    else parseJson(request, body as string, done);
  });
  fastify.addContentTypeParser('*', { parseAs: 'buffer', bodyLimit: JSON_BODY_LIMIT }, (_request, body, done) => {
    if ((body as Buffer).length === 0) done(null, undefined);
    else done(new UnsupportedMediaType(), undefined);
  });
}

/**
 * Strict-Transport-Security and the upgrade of insecure requests only when the app is served over
 * HTTPS: over plain HTTP at another host than localhost, the upgrade sends the browser to an https
 * address that does not answer, and the console stays blank.
 */
const helmetOptions = (secure: boolean): HelmetOptions => ({
  strictTransportSecurity: secure,
  contentSecurityPolicy: {
    directives: {
      upgradeInsecureRequests: secure ? [] : null,
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

/** helmet's security headers, computed once: they are the same for every answer. */
export function securityHeaders(config: AppConfig): Record<string, string> {
  const headers: Record<string, string> = {};
  const recorder = {
    setHeader: (name: string, value: string) => (headers[name] = value),
    removeHeader: (name: string) => delete headers[name],
  };
  helmet(helmetOptions(config.secureCookies))({} as IncomingMessage, recorder as unknown as ServerResponse, () => undefined);
  return headers;
}

/**
 * The security headers on every answer (@fastify/helmet would parse the policy again for each
 * request). API answers also get `Cache-Control: no-store`: they depend on who asks and change with
 * every write.
 */
export function addSecurityHeaders(fastify: FastifyInstance, headers: Record<string, string>): void {
  fastify.addHook('onRequest', (request, reply, done) => {
    reply.headers(headers);
    if (isApiPath(pathOf(request.url))) reply.header('Cache-Control', 'no-store');
    done();
  });
}

/**
 * One line per answered request, health checks aside, with the application's logger. A Fastify
 * hook rather than pino-http's middleware: no Express-style middleware layer and no async context
 * per request, which cost every request even when nothing is logged (tests/perf/README.md).
 */
export function logRequests(fastify: FastifyInstance): void {
  fastify.addHook('onResponse', (request, reply, done) => {
    const log = PinoLogger.root;
    if (log.isLevelEnabled('info') && !request.url.startsWith(`/${API_PREFIX}/health`)) {
      // Not under `req` and `res`: pino-http's serializers of those keys read Node's own request and
      // response objects, and wrote a null status and no address for these.
      log.info(
        {
          method: request.method,
          url: request.url,
          remoteAddress: request.ip,
          statusCode: reply.statusCode,
          responseTime: Math.round(reply.elapsedTime),
        },
        'request completed',
      );
    }
    done();
  });
}
