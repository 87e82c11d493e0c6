import fc from 'fast-check';
import { isoTimestamp } from './iso-timestamp';

/** The whole range of JavaScript dates: ±100,000,000 days around 1970. */
const ANY_TIME = 8.64e15;

describe('isoTimestamp', () => {
  it('writes every date as toISOString does, four-digit years or not', () => {
    fc.assert(
      fc.property(fc.integer({ min: -ANY_TIME, max: ANY_TIME }), (time) => {
        expect(isoTimestamp(new Date(time))).toBe(new Date(time).toISOString());
      }),
      { numRuns: 20_000 },
    );
    fc.assert(
      fc.property(
        fc.date({ min: new Date('1900-01-01T00:00:00Z'), max: new Date('2100-12-31T23:59:59.999Z'), noInvalidDate: true }),
        (date) => {
          expect(isoTimestamp(date)).toBe(date.toISOString());
        },
      ),
      { numRuns: 20_000 },
    );
    for (const text of [
      '0000-01-01T00:00:00.000Z',
      '1969-12-31T23:59:59.999Z',
      '2000-02-29T00:00:00.000Z',
      '2024-02-29T12:00:00.000Z',
      '9999-12-31T23:59:59.999Z',
    ]) {
      expect(isoTimestamp(new Date(text))).toBe(text);
    }
  });

  it('writes an invalid date as null, as toJSON does', () => {
    expect(isoTimestamp(new Date(Number.NaN))).toBeNull();
  });
});
