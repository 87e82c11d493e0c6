import type { INestApplication } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import type { NestExpressApplication } from '@nestjs/platform-express';
import { DocumentBuilder, SwaggerModule } from '@nestjs/swagger';
import cookieParser from 'cookie-parser';
import express, { type NextFunction, type Request, type Response } from 'express';
import helmet from 'helmet';
import { Logger } from 'nestjs-pino';
import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
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

function serveConsole(app: NestExpressApplication, dir: string): void {
  const assets = express.static(dir, { index: false, maxAge: '1h' });
  const isApi = (request: Request) => request.path === `/${API_PREFIX}` || request.path.startsWith(`/${API_PREFIX}/`);
  // API calls never look on disk (a stat per request otherwise, measured by the bench).
  app.use((request: Request, response: Response, next: NextFunction) => (isApi(request) ? next() : assets(request, response, next)));
  // Any other page is a client-side route of the console.
  app.use((request: Request, response: Response, next: NextFunction) => {
    if (request.method !== 'GET' || isApi(request)) return next();
    response.setHeader('Cache-Control', 'no-cache');
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
