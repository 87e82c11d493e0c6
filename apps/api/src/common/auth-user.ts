import type { Locale, Role, Site } from '@resacoop/domain';

/** Who is making the request, as the session guard resolved it. */
export interface AuthUser {
  id: number;
  email: string;
  fullName: string;
  role: Role;
  site: Site | null;
  relayId: number | null;
  /** Whether the 08:00 digest e-mail is wanted. */
  dailyDigest: boolean;
  /** The language the API answers in. */
  locale: Locale;
}
