import { CLOCK_DRIFT_MS, isInTheFuture } from './clock';

describe('dates of what has already happened', () => {
  const now = new Date('2026-11-27T10:00:00Z');

  it('accepts the past, now, and a user clock running a few minutes ahead', () => {
    expect(isInTheFuture(new Date('2019-03-04T10:00:00Z'), now)).toBe(false);
    expect(isInTheFuture(now, now)).toBe(false);
    expect(isInTheFuture(new Date(now.getTime() + CLOCK_DRIFT_MS), now)).toBe(false);
  });

  it('allows five minutes of drift, not one millisecond more', () => {
    expect(isInTheFuture(new Date('2026-11-27T10:05:00.000Z'), now)).toBe(false);
    expect(isInTheFuture(new Date('2026-11-27T10:05:00.001Z'), now)).toBe(true);
  });

  it('refuses anything later', () => {
    expect(isInTheFuture(new Date(now.getTime() + CLOCK_DRIFT_MS + 1), now)).toBe(true);
    expect(isInTheFuture(new Date('2031-03-03T10:00:00Z'), now)).toBe(true);
  });
});
