import { LOCALES, ROLES, SITES } from '@resacoop/domain';
import { json } from '../http/json-schema';

/** `GET /api/auth/me` and the login's answer: who is logged in and what their role may do, by resource. */
export const ME_ANSWER = json.named(
  'Me',
  json.object({
    id: json.id,
    email: json.string,
    fullName: json.string,
    role: json.enumOf(ROLES),
    site: json.nullable(json.enumOf(SITES)),
    relayId: json.nullable(json.id),
    dailyDigest: json.boolean,
    locale: json.enumOf(LOCALES),
    permissions: json.map(json.array(json.string)),
  }),
);
