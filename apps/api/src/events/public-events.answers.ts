import { DEPARTEMENTS, EVENT_KINDS } from '@resacoop/domain';
import { json } from '../http/json-schema';

/** What anyone holding an event's link reads of it: what the page shows, nothing of the team's. */
export const PUBLIC_EVENT_ANSWER = json.named(
  'PublicEvent',
  json.object({
    title: json.string,
    kind: json.enumOf(EVENT_KINDS),
    startsAt: json.instant,
    endsAt: json.instant,
    online: json.boolean,
    address: json.nullable(json.string),
    departement: json.nullable(json.enumOf(DEPARTEMENTS)),
    publicDescription: json.nullable(json.string),
    /** No place left: the form is closed. */
    full: json.boolean,
  }),
);

export const PUBLIC_REGISTRATION_ANSWER = json.named('PublicRegistration', json.object({ status: json.enumOf(['registered']) }));

export const UNSUBSCRIBED_ANSWER = json.named('Unsubscribed', json.object({ status: json.enumOf(['unsubscribed']), message: json.string }));
