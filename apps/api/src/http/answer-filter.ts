import type { FastifyInstance } from 'fastify';

declare module 'fastify' {
  interface FastifyRequest {
    /** What this request's successful answers become (set by the access checks: a relay user's view), or null. */
    answerFilter: ((body: unknown) => unknown) | null;
  }
}

/**
 * Applies a request's answer filter to its successful JSON answers, records and lists alike. A
 * Fastify hook rather than a global Nest interceptor: an interceptor costs every request an
 * observable chain and two async-context bindings, for a filter only relay users need.
 */
export function filterAnswers(fastify: FastifyInstance): void {
  fastify.decorateRequest('answerFilter', null);
  fastify.addHook('preSerialization', (request, reply, payload, done) => {
    done(null, request.answerFilter && reply.statusCode < 300 ? request.answerFilter(payload) : payload);
  });
}
