import { createParamDecorator, type ExecutionContext } from '@nestjs/common';
import express, { type Request, type RequestHandler } from 'express';
import { FileTooLarge, MAX_FILE_BYTES, NotCsv } from './import-errors';
import { IMPORT_RESOURCES } from './import-resource';

/** The routes (under the API prefix) that take a CSV file as their body: the only ones that accept one. */
export const CSV_IMPORT_ROUTES = IMPORT_RESOURCES.map((resource) => `/${resource}/import`);

const isTooLarge = (error: unknown) => (error as { type?: unknown } | undefined)?.type === 'entity.too.large';

/** Reads a `text/csv` body as bytes, up to the file size limit; a larger file gets its own clear refusal. */
export function csvBodyParser(): RequestHandler {
  const parse = express.raw({ type: 'text/csv', limit: MAX_FILE_BYTES });
  return (request, response, next) => parse(request, response, (error?: unknown) => next(isTooLarge(error) ? new FileTooLarge() : error));
}

/** The uploaded file's bytes (an empty body is an empty file); a body of any other type than `text/csv` is refused. */
export const CsvFile = createParamDecorator((_: unknown, context: ExecutionContext): Buffer => {
  const request = context.switchToHttp().getRequest<Request>();
  if (!/^text\/csv\s*(;|$)/i.test(request.get('content-type') ?? '')) throw new NotCsv();
  return Buffer.isBuffer(request.body) ? request.body : Buffer.alloc(0);
});
