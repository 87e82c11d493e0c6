import fastifyCookie from '@fastify/cookie';
import { NestFactory } from '@nestjs/core';
import { FastifyAdapter, type NestFastifyApplication } from '@nestjs/platform-fastify';
import { DocumentBuilder, SwaggerModule } from '@nestjs/swagger';
import { Logger } from 'nestjs-pino';
import { AppModule } from './app.module';
import { createValidationPipe } from './common/validation';
import type { AppConfig } from './config/app-config';
import { API_PREFIX } from './http/api-prefix';
import { consoleDir, serveConsole } from './http/console-files';
import { addSecurityHeaders, logRequests, parseBodies } from './http/server-hooks';

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
  addSecurityHeaders(fastify, config);
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
