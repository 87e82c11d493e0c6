import fastifyCookie from '@fastify/cookie';
import { NestFactory } from '@nestjs/core';
import { FastifyAdapter, type NestFastifyApplication } from '@nestjs/platform-fastify';
import { SwaggerModule } from '@nestjs/swagger';
import { Logger } from 'nestjs-pino';
import { AppModule } from './app.module';
import { quietBoot } from './common/quiet-boot-logger';
import { createValidationPipe } from './common/validation';
import type { AppConfig } from './config/app-config';
import { API_PREFIX } from './http/api-prefix';
import { filterAnswers } from './http/answer-filter';
import { consoleDir, serveConsole } from './http/console-files';
import { addSecurityHeaders, logRequests, parseBodies, securityHeaders } from './http/server-hooks';
import { serverOptions } from './http/server-options';
import { openApiDocument } from './http/openapi';
import { acceptCsvBodies } from './imports/csv-body';

/** Builds the HTTP application, initialised: the same for `main.ts` and for the end-to-end tests. */
export async function createApp(config: AppConfig): Promise<NestFastifyApplication> {
  const headers = securityHeaders(config);
  const app = await NestFactory.create<NestFastifyApplication>(
    AppModule.with(config),
    // Behind a reverse proxy on the same machine, the client's address is the forwarded one.
    new FastifyAdapter({ ...serverOptions(config, headers), trustProxy: 'loopback' }),
    { bufferLogs: true, bodyParser: false },
  );
  app.useLogger(quietBoot(app.get(Logger)));
  const fastify = app.getHttpAdapter().getInstance();
  fastify.server.maxConnections = config.MAX_CONNECTIONS;
  parseBodies(fastify);
  acceptCsvBodies(fastify);
  logRequests(fastify);
  filterAnswers(fastify);
  // Set by the session guard: declared, so every request object keeps one shape.
  fastify.decorateRequest('user', null);
  fastify.decorateRequest('sessionTokenHash', null);
  await app.register(fastifyCookie);
  addSecurityHeaders(fastify, headers);
  app.setGlobalPrefix(API_PREFIX);
  app.useGlobalPipes(createValidationPipe());
  app.enableShutdownHooks();

  SwaggerModule.setup(`${API_PREFIX}/docs`, app, () => openApiDocument(app));

  const dir = consoleDir(config);
  if (dir) await serveConsole(app, dir);
  await app.init();
  await fastify.ready();
  return app;
}
