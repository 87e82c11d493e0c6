import type { ArgumentsHost } from '@nestjs/common';
import { QueryFailedError } from 'typeorm';
import { msg } from '@resacoop/domain';
import { ValidationFailed } from './app-exception';
import { ErrorFilter } from './error.filter';

/** The status and body the filter answers an exception with. */
function answerTo(exception: unknown, headers: Record<string, string> = {}): { status: number; body: unknown } {
  const answer = { status: 0, body: undefined as unknown };
  const reply = {
    raw: { headersSent: false },
    status(status: number) {
      answer.status = status;
      return reply;
    },
    send(body: unknown) {
      answer.body = body;
    },
  };
  new ErrorFilter().catch(exception, {
    switchToHttp: () => ({ getResponse: () => reply, getRequest: () => ({ headers }) }),
  } as unknown as ArgumentsHost);
  return answer;
}

const foreignKeyViolation = (query: string) =>
  new QueryFailedError(query, [1], Object.assign(new Error('violates foreign key constraint'), { code: '23503' }));

describe('ErrorFilter', () => {
  it('answers a delete refused by a foreign key with 409: the record is held by history', () => {
    expect(answerTo(foreignKeyViolation('DELETE FROM "organisations" WHERE "id" IN ($1)'))).toEqual({
      status: 409,
      body: { message: 'Cette fiche est liée à un historique : elle ne peut pas être supprimée.' },
    });
  });

  it('answers in the language the request prefers when no user is signed in', () => {
    expect(
      answerTo(foreignKeyViolation('DELETE FROM "organisations" WHERE "id" IN ($1)'), { 'accept-language': 'en-GB,en;q=0.9' }),
    ).toEqual({
      status: 409,
      body: { message: 'This record is part of the history: it cannot be deleted.' },
    });
  });

  it('answers in the signed-in user’s language, field messages included', () => {
    const request = { headers: { 'accept-language': 'fr' }, user: { locale: 'en' } };
    const reply = { status: 0, body: undefined as unknown };
    const http = {
      getRequest: () => request,
      getResponse: () => ({
        raw: { headersSent: false },
        status(status: number) {
          reply.status = status;
          return this;
        },
        send(body: unknown) {
          reply.body = body;
        },
      }),
    };
    new ErrorFilter().catch(new ValidationFailed({ name: msg('validation.isString') }), {
      switchToHttp: () => http,
    } as unknown as ArgumentsHost);
    expect(reply).toEqual({ status: 400, body: { message: 'Some fields are invalid.', errors: { name: 'text expected' } } });
  });

  it('answers a write naming a missing record with 400', () => {
    expect(answerTo(foreignKeyViolation('INSERT INTO "contacts" ("organisation_id") VALUES ($1)')).status).toBe(400);
  });
});
