import { isValidSiret } from '@resacoop/domain';

/** Where this process's run starts: random, so that two test files running at once do not walk the same numbers. */
let sequence = Math.floor(Math.random() * 10_000);

/**
 * A SIRET the API accepts and that is unlikely to exist already: the clock's last nine digits, four
 * of a run that starts at random (two calls in the same millisecond differ), and the check digit.
 */
export function freshSiret(): string {
  const body = `${String(Date.now()).slice(-9)}${String(sequence++ % 10_000).padStart(4, '0')}`;
  for (let check = 0; check < 10; check++) {
    const candidate = `${body}${check}`;
    if (isValidSiret(candidate)) return candidate;
  }
  throw new Error('unreachable: one check digit always completes a SIRET');
}
