import { DEMO_PASSWORD } from './paths';
import type { Service } from './processes';

/** The demo adviser at Lyon: staff may list, search, write notes, read reports and export. */
export const BENCH_USER = 'lyon@resacoop.test';

/** Logs in once through the API and returns the Cookie header every later request carries. */
export async function logIn(api: Service, email = BENCH_USER): Promise<string> {
  const response = await fetch(`${api.url}/api/auth/login`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', Origin: api.origin },
    body: JSON.stringify({ email, password: DEMO_PASSWORD }),
  });
  if (!response.ok) throw new Error(`login as ${email} answered ${response.status}: ${await response.text()}`);
  return response.headers
    .getSetCookie()
    .map((cookie) => cookie.split(';')[0])
    .join('; ');
}

/** The headers of a logged-in console request: the session cookie and the app's own Origin (CSRF). */
export function sessionHeaders(api: Service, cookie: string): Record<string, string> {
  return { Cookie: cookie, Origin: api.origin };
}
