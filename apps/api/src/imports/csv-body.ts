import { createParamDecorator, UnsupportedMediaTypeException, type ExecutionContext } from '@nestjs/common';
import type { FastifyInstance, FastifyRequest } from 'fastify';
import { API_PREFIX } from '../http/api-prefix';
import { FileTooLarge, MAX_FILE_BYTES, NotCsv } from './import-errors';
import { IMPORT_RESOURCES } from './import-resource';

/** An event's sign-in sheet import, as its controller declares it. */
export const SIGN_IN_SHEET_ROUTE = 'events/:id/sign-in-sheet/import';

/** The routes that take a CSV file as their body (as registered, API prefix included): the only ones that accept one. */
const CSV_IMPORT_ROUTES = new Set(
  [...IMPORT_RESOURCES.map((resource) => `${resource}/import`), SIGN_IN_SHEET_ROUTE].map((route) => `/${API_PREFIX}/${route}`),
);

const isCsv = (request: FastifyRequest) => /^text\/csv\s*(;|$)/i.test(request.headers['content-type'] ?? '');

/**
 * Lets the import routes take a CSV file as their body, beside the JSON the core parses
 * (http/server-hooks.ts): read by Fastify as bytes up to the file size limit, on those routes only:
 * elsewhere 415 before the body is read, and a file declared larger than the limit gets the
 * import's own refusal, also before it is read.
 */
export function acceptCsvBodies(fastify: FastifyInstance): void {
  // A callback, not an async hook: it runs on every request, and most are not CSV.
  fastify.addHook('preParsing', (request, _reply, payload, done) => {
    if (!isCsv(request)) done(null, payload);
    else if (!CSV_IMPORT_ROUTES.has(request.routeOptions.url ?? '')) done(new UnsupportedMediaTypeException());
    else if (Number(request.headers['content-length']) > MAX_FILE_BYTES) done(new FileTooLarge());
    else done(null, payload);
  });
  fastify.addContentTypeParser('text/csv', { parseAs: 'buffer', bodyLimit: MAX_FILE_BYTES }, (_request, body, done) => done(null, body));
}

/** The uploaded file's bytes (an empty body is an empty file); a body of any other type than `text/csv` is refused. */
export const CsvFile = createParamDecorator((_: unknown, context: ExecutionContext): Buffer => {
  const request = context.switchToHttp().getRequest<FastifyRequest>();
  if (!isCsv(request)) throw new NotCsv();
  return Buffer.isBuffer(request.body) ? request.body : Buffer.alloc(0);
});
