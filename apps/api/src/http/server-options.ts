import { Logger } from '@nestjs/common';
import { DEFAULT_LOCALE, msg, translate, type Message } from '@resacoop/domain';
import type { FastifyError, FastifyHttpOptions, FastifyReply, FastifyRequest } from 'fastify';
import { STATUS_CODES, type Server } from 'node:http';
import type { Socket } from 'node:net';
import { errorBody, httpMessage, type AnsweredRequest } from '../common/error.filter';
import type { AppConfig } from '../config/app-config';

const logger = new Logger('Http');

/** A request's head comes in one go from any real client: far less than a whole upload's time. */
const HEADERS_TIMEOUT_MS = 10_000;

/**
 * Error answers made below the application (no route, no hook ran): they carry the security
 * headers themselves, and are never kept by a cache.
 */
function errorHeaders(headers: Record<string, string>): Record<string, string> {
  return { ...headers, 'Cache-Control': 'no-store' };
}

/**
 * Requests Fastify refuses before routing (an address that is not valid percent-encoding, a
 * parameter too long) get the API's error shape and headers, not Fastify's own body, which names
 * the framework and echoes the path.
 */
function answerFrameworkError(headers: Record<string, string>) {
  return (error: FastifyError, request: FastifyRequest, reply: FastifyReply): void => {
    const status = error.statusCode && error.statusCode >= 400 && error.statusCode < 500 ? error.statusCode : 400;
    const text = error.code === 'FST_ERR_BAD_URL' ? msg('error.http.badUrl') : httpMessage(status);
    void reply
      .code(status)
      .headers(errorHeaders(headers))
      .send(errorBody(request as unknown as AnsweredRequest, text));
  };
}

/** What Node's HTTP parser refuses, before there is a request: a head too large or malformed, a request sent too slowly. */
const CLIENT_ERRORS: Record<string, { status: number; text: Message }> = {
  HPE_HEADER_OVERFLOW: { status: 431, text: msg('error.http.headersTooLarge') },
  ERR_HTTP_REQUEST_TIMEOUT: { status: 408, text: msg('error.http.timeout') },
};

/**
 * Answers a connection whose request Node could not take whole: a short answer in the API's shape
 * (in French: no header of the request can be trusted to say the reader's language) with the
 * security headers, then the connection closed. Logged at debug level: it is the client's doing,
 * and a flood of them must not flood the logs.
 */
function answerClientError(headers: Record<string, string>) {
  const head = Object.entries(errorHeaders(headers))
    .map(([name, value]) => `${name}: ${value}\r\n`)
    .join('');
  return (error: Error & { code?: string }, socket: Socket): void => {
    logger.debug(`connection refused by the HTTP parser: ${error.code ?? error.message}`);
    // Reset by the client: nobody to answer.
    if (error.code === 'ECONNRESET' || socket.destroyed) return;
    const { status, text } = CLIENT_ERRORS[error.code ?? ''] ?? { status: 400, text: msg('error.http.badRequest') };
    const body = JSON.stringify({ message: translate(text, DEFAULT_LOCALE) });
    if (socket.writable) {
      socket.write(
        `HTTP/1.1 ${status} ${STATUS_CODES[status]}\r\n${head}Content-Type: application/json; charset=utf-8\r\n` +
          `Content-Length: ${Buffer.byteLength(body)}\r\nConnection: close\r\n\r\n${body}`,
      );
    }
    socket.destroy();
  };
}

/**
 * What the HTTP server is built with. A whole request must come within REQUEST_TIMEOUT_SECONDS,
 * so that a client trickling its body cannot hold a connection and its buffers for minutes (Fastify
 * turns Node's limit off by default); Node checks its connections' clocks every
 * `connectionsCheckingInterval`, so a few times per limit. MAX_CONNECTIONS bounds what many of them
 * can hold at once; limits per client belong to the reverse proxy.
 */
export function serverOptions(config: AppConfig, headers: Record<string, string>): FastifyHttpOptions<Server> {
  const requestTimeout = config.REQUEST_TIMEOUT_SECONDS * 1000;
  return {
    requestTimeout,
    http: {
      headersTimeout: Math.min(HEADERS_TIMEOUT_MS, requestTimeout),
      connectionsCheckingInterval: Math.min(5000, Math.ceil(requestTimeout / 4)),
    },
    frameworkErrors: answerFrameworkError(headers),
    clientErrorHandler: answerClientError(headers),
  };
}
