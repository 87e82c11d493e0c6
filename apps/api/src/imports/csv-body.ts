import { createParamDecorator, UnsupportedMediaTypeException, type ExecutionContext } from '@nestjs/common';
import type { FastifyInstance, FastifyRequest } from 'fastify';
import type { IncomingMessage } from 'node:http';
import { API_PREFIX } from '../http/api-prefix';
import { FileTooLarge, MAX_FILE_BYTES, NotCsv } from './import-errors';
import { IMPORT_RESOURCES } from './import-resource';

/** The routes that take a CSV file as their body (as registered, API prefix included): the only ones that accept one. */
const CSV_IMPORT_ROUTES = new Set(IMPORT_RESOURCES.map((resource) => `/${API_PREFIX}/${resource}/import`));

/** Reads a `text/csv` body as bytes, up to the file size limit; a larger file gets its own clear refusal. */
export async function readCsvBody(request: FastifyRequest, payload: IncomingMessage): Promise<Buffer> {
  if (!CSV_IMPORT_ROUTES.has(request.routeOptions.url ?? '')) throw new UnsupportedMediaTypeException();
  if (Number(request.headers['content-length']) > MAX_FILE_BYTES) throw new FileTooLarge();
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of payload as AsyncIterable<Buffer>) {
    size += chunk.length;
    if (size > MAX_FILE_BYTES) throw new FileTooLarge();
    chunks.push(chunk);
  }
  return Buffer.concat(chunks);
}

/** Lets the import routes take a CSV file as their body, beside the JSON the core parses (http/server-hooks.ts). */
export function acceptCsvBodies(fastify: FastifyInstance): void {
  fastify.addContentTypeParser('text/csv', readCsvBody);
}

/** The uploaded file's bytes (an empty body is an empty file); a body of any other type than `text/csv` is refused. */
export const CsvFile = createParamDecorator((_: unknown, context: ExecutionContext): Buffer => {
  const request = context.switchToHttp().getRequest<FastifyRequest>();
  if (!/^text\/csv\s*(;|$)/i.test(request.headers['content-type'] ?? '')) throw new NotCsv();
  return Buffer.isBuffer(request.body) ? request.body : Buffer.alloc(0);
});
