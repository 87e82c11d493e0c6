import * as argon2 from 'argon2';

/**
 * argon2id at OWASP's recommended configuration (Password Storage Cheat Sheet: 19 MiB, 2
 * passes, 1 lane) rather than the library's heavier default, which took a quarter of the console's
 * login-to-first-rows budget and made logins an easy way to load the server (tests/perf/README.md).
 * Login attempts are rate-limited besides.
 */
const HASH_OPTIONS = { type: argon2.argon2id, memoryCost: 19_456, timeCost: 2, parallelism: 1 } as const;

export function hashPassword(password: string): Promise<string> {
  return argon2.hash(password, HASH_OPTIONS);
}

/** Any argon2 hash verifies with the parameters written in it, whatever they were when it was made. */
export function verifyPassword(hash: string, password: string): Promise<boolean> {
  return argon2.verify(hash, password);
}

/** Whether a hash was made with other parameters than today's: it is made again at the next login. */
export function needsRehash(hash: string): boolean {
  return argon2.needsRehash(hash, HASH_OPTIONS);
}

/** Verified against when the e-mail is unknown, so a wrong e-mail takes as long as a wrong password. */
let decoyHash: Promise<string> | undefined;
export function decoyPasswordHash(): Promise<string> {
  decoyHash ??= hashPassword('decoy-password-never-valid');
  return decoyHash;
}
