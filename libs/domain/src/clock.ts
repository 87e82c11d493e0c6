/** How far ahead of the server's clock a user's may run: past that, a date is in the future. */
export const CLOCK_DRIFT_MS = 5 * 60_000;

/** Whether a date given for something that has already happened (a request received, a call made) lies in the future. */
export function isInTheFuture(when: Date, now: Date = new Date()): boolean {
  return when.getTime() > now.getTime() + CLOCK_DRIFT_MS;
}
