import type { ArgumentsHost } from '@nestjs/common';
import { QueryFailedError } from 'typeorm';
import { ErrorFilter } from './error.filter';

/** The status and body the filter answers an exception with. */
function answerTo(exception: unknown): { status: number; body: unknown } {
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
  new ErrorFilter().catch(exception, { switchToHttp: () => ({ getResponse: () => reply }) } as unknown as ArgumentsHost);
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

  it('answers a write naming a missing record with 400', () => {
    expect(answerTo(foreignKeyViolation('INSERT INTO "contacts" ("organisation_id") VALUES ($1)')).status).toBe(400);
  });
});
