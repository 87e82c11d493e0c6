/**
 * Fakes `Date` alone, standing still at `now`: timers, ticks and `performance` stay real, so the app, PostgreSQL,
 * Redis and BullMQ run as usual while every `new Date()` of the app reads `now`. `jest.useRealTimers()` ends it.
 */
export function freezeDateAt(now: Date | number): void {
  jest.useFakeTimers({
    now,
    doNotFake: [
      'hrtime',
      'nextTick',
      'performance',
      'queueMicrotask',
      'setImmediate',
      'clearImmediate',
      'setInterval',
      'clearInterval',
      'setTimeout',
      'clearTimeout',
    ],
  });
}
