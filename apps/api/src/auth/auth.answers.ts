import { ACTIONS, LOCALES, RESOURCES, ROLES, SITES } from '@resacoop/domain';
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
    // Each resource the role may reach, with its actions (the matrix of libs/domain/src/permissions.ts).
    permissions: {
      type: 'object',
      properties: Object.fromEntries(RESOURCES.map((resource) => [resource, json.array(json.enumOf(ACTIONS))])),
      additionalProperties: false,
    },
  }),
);
