import { REQUEST_STATUSES } from '@resacoop/domain';
import { json } from '../http/json-schema';

const REQUEST = json.object({
  id: json.id,
  reference: json.string,
  subject: json.string,
  status: json.enumOf(REQUEST_STATUSES),
  dueAt: json.instant,
});
const CASE = json.object({ id: json.id, reference: json.string, projectTitle: json.string, nextFollowUpAt: json.day });
const ASSIGNMENT = json.object({
  id: json.id,
  caseId: json.id,
  caseReference: json.string,
  projectTitle: json.string,
  relayId: json.id,
  relayName: json.string,
  assignedAt: json.instant,
});

/** `GET /api/dashboard` (the `Dashboard` type of libs/domain). */
export const DASHBOARD_ANSWER = json.named(
  'Dashboard',
  json.object({
    requests: json.object({
      overdue: json.array(REQUEST),
      overdueCount: json.integer,
      dueSoon: json.array(REQUEST),
      dueSoonCount: json.integer,
    }),
    followUps: json.object({
      overdue: json.array(CASE),
      overdueCount: json.integer,
      dueSoon: json.array(CASE),
      dueSoonCount: json.integer,
    }),
    assignments: json.object({ unacknowledged: json.array(ASSIGNMENT), count: json.integer }),
    figures: json.nullable(
      json.object({
        year: json.integer,
        requests: json.integer,
        casesOpened: json.integer,
        casesActive: json.integer,
        casesThroughRelay: json.integer,
        answeredWithinDuePercent: json.nullable(json.integer),
      }),
    ),
    mailboxesDown: json.array(json.object({ name: json.string, since: json.instant, error: json.string })),
  }),
);
