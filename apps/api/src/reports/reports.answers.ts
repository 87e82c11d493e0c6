import { ASSIGNMENT_STATUSES } from '@resacoop/domain';
import { json } from '../http/json-schema';

const BREAKDOWN = json.object({
  base: json.integer,
  items: json.array(json.object({ key: json.nullable(json.string), count: json.integer, percent: json.integer })),
});
const BY_MONTH = json.array(json.object({ month: json.string, count: json.integer }));

/** The `KeyFigures` of libs/domain. */
const KEY_FIGURES = json.named('KeyFigures', json.object({
  period: json.object({ from: json.day, to: json.day }),
  requests: json.object({
    total: json.integer,
    bySite: BREAKDOWN,
    byChannel: BREAKDOWN,
    byTopic: BREAKDOWN,
    byMonth: BY_MONTH,
    medianFirstResponseHours: json.nullable(json.number),
    answeredWithinDue: json.object({ count: json.integer, of: json.integer, percent: json.nullable(json.integer) }),
  }),
  cases: json.object({
    opened: json.integer,
    active: json.integer,
    closed: json.integer,
    ledByTeam: json.integer,
    throughRelay: json.integer,
    byStage: BREAKDOWN,
    byZone: BREAKDOWN,
    byDepartement: BREAKDOWN,
    byOrganisationType: BREAKDOWN,
    throughRelayByZone: BREAKDOWN,
    byOutcome: BREAKDOWN,
    byMonth: BY_MONTH,
  }),
  assignments: json.object({
    total: json.integer,
    byRelay: json.array(
      json.object({
        relayId: json.id,
        relayName: json.string,
        total: json.integer,
        byStatus: json.object(Object.fromEntries(ASSIGNMENT_STATUSES.map((status) => [status, json.integer]))),
      }),
    ),
  }),
  minutesSpent: json.object({ requests: json.integer, cases: json.integer, total: json.integer }),
  events: json.object({
    hosted: json.integer,
    asSpeaker: json.integer,
    asParticipant: json.integer,
    participants: json.integer,
    organisations: json.integer,
    associations: json.object({ count: json.integer, percent: json.integer }),
    byKind: BREAKDOWN,
    byTheme: BREAKDOWN,
    byDepartement: BREAKDOWN,
    byMonth: BY_MONTH,
  }),
}));

export const PUBLICATION_ANSWER = json.named('Publication', json.object({
  year: json.integer,
  publishedAt: json.instant,
  publishedById: json.nullable(json.id),
  publishedByName: json.nullable(json.string),
}));

export const PUBLICATIONS_ANSWER = json.array(PUBLICATION_ANSWER);

/** The key-figures page: the frozen figures of a published year, with the live ones when they have moved since. */
export const KEY_FIGURES_VIEW_ANSWER = json.named('KeyFiguresView', json.object({
  figures: KEY_FIGURES,
  publication: json.nullable(PUBLICATION_ANSWER),
  live: json.nullable(KEY_FIGURES),
}));
