import { msg, type Message } from './messages';
import type { ReminderRule, ReminderThresholds } from './reminders';
import type { AssignmentStatus, CaseStatus } from './cases';
import type { RequestStatus } from './requests';
import type { Site } from './reference';
import type { EventKind, EventStatus } from './events';
import { addWorkingDays, endOfParisDay, isWorkingDay, nextDay, parisDay, startOfParisDay, type CalendarDay } from './working-days';

export interface ReminderOccurrenceDraft {
  rule: ReminderRule;
  entity: 'request' | 'case' | 'assignment' | 'event' | 'registration' | 'user';
  entityId: number;
  dueAt: Date;
  userId: number;
  /** After this instant the reminder has lost its point (a "due tomorrow" once the request is overdue). */
  expiresAt?: Date;
  /** What the reader is told, addressed to them; without it, the rule's label and the record's. */
  message?: Message;
}

/** Who can be told: the staff of each site, the admins, and the users of each relay. */
export interface ReminderAudience {
  staffOfSite: Record<Site, number[]>;
  admins: number[];
  usersOfRelay: (relayId: number) => number[];
}

export interface RequestFacts {
  id: number;
  status: RequestStatus;
  site: Site;
  receivedAt: Date;
  dueAt: Date;
  assigneeId: number | null;
}

export interface CaseFacts {
  id: number;
  status: CaseStatus;
  adviserId: number;
  nextFollowUpAt: CalendarDay | null;
  /** The last interaction, or the opening if none. */
  lastActivityAt: Date;
  /** Relays with a live (proposed or accepted) assignment on the case. */
  relayIds: number[];
}

export interface AssignmentFacts {
  id: number;
  status: AssignmentStatus;
  relayId: number;
  relayName: string;
  /** The case, as its messages name it: `AC-2026-0012 (project title)`. */
  caseName: string;
  assignedAt: Date;
  /** Who proposed it, by name (null: an assignment of the demo data or of a deleted import). */
  proposedBy: string | null;
  adviserId: number;
  /** When the relay accepted or declined it. */
  acknowledgedAt: Date | null;
  declineReason: string | null;
}

/** A held or published event that ended, as its reminders need it. */
export interface EventFacts {
  id: number;
  kind: EventKind;
  status: EventStatus;
  endsAt: Date;
  site: Site | null;
  /** The relay that runs it: its users are told rather than the site's staff. */
  relayId: number | null;
  registrations: number;
  /** Registrations marked attended or absent: any means the attendance was taken. */
  marked: number;
  /** Attended trainees without an evaluation score. */
  attendedWithoutEvaluation: number;
}

/** A registration to a published event, as the registrant's reminder needs it. */
export interface RegistrantFacts {
  id: number;
  eventStatus: EventStatus;
  eventStartsAt: Date;
  /** The person agreed to be written to about the event. */
  consent: boolean;
  /** The person opted out through their e-mail's link. */
  optedOut: boolean;
  /** Where to write: the e-mail given, or that of their contact. */
  email: string | null;
}

/** The recipient of a registrant's reminder occurrence: the registration's person, who is no user. */
export const REGISTRANT_RECIPIENT = 0;

const ONE_MS = 1;

function atHour(day: CalendarDay, hour: number): Date {
  return new Date(startOfParisDay(day).getTime() + hour * 3_600_000);
}

/** The same Paris time of day, `count` working days later. */
function workingDaysLater(instant: Date, count: number): Date {
  const day = parisDay(instant);
  const sinceMidnight = instant.getTime() - startOfParisDay(day).getTime();
  return new Date(startOfParisDay(addWorkingDays(day, count)).getTime() + sinceMidnight);
}

function previousWorkingDay(day: CalendarDay): CalendarDay {
  let current = new Date(`${day}T12:00:00Z`);
  do current = new Date(current.getTime() - 86_400_000);
  while (!isWorkingDay(current.toISOString().slice(0, 10)));
  return current.toISOString().slice(0, 10);
}

function daysLater(day: CalendarDay, count: number): CalendarDay {
  let current = day;
  for (let passed = 0; passed < count; passed++) current = nextDay(current);
  return current;
}

function toEach(userIds: number[], draft: Omit<ReminderOccurrenceDraft, 'userId'>): ReminderOccurrenceDraft[] {
  return [...new Set(userIds)].map((userId) => ({ ...draft, userId }));
}

/** Every reminder a request owes in its current state, past or future. Waiting pauses them. */
export function requestReminders(
  request: RequestFacts,
  audience: ReminderAudience,
  thresholds: ReminderThresholds,
): ReminderOccurrenceDraft[] {
  if (request.status !== 'new' && request.status !== 'in_progress') return [];
  const base = { entity: 'request' as const, entityId: request.id };
  const dueDay = parisDay(request.dueAt);
  const owners = request.assigneeId ? [request.assigneeId] : audience.staffOfSite[request.site];
  const drafts = [
    ...toEach(owners, {
      ...base,
      rule: 'request_due_tomorrow',
      dueAt: atHour(previousWorkingDay(dueDay), thresholds.morningHour),
      expiresAt: request.dueAt,
    }),
    ...toEach(owners, { ...base, rule: 'request_overdue', dueAt: new Date(request.dueAt.getTime() + ONE_MS) }),
    ...toEach(audience.admins, {
      ...base,
      rule: 'request_overdue_escalation',
      dueAt: new Date(endOfParisDay(addWorkingDays(dueDay, thresholds.escalationWorkingDays)).getTime() + ONE_MS),
    }),
  ];
  if (!request.assigneeId) {
    drafts.push(
      ...toEach(audience.staffOfSite[request.site], {
        ...base,
        rule: 'request_unassigned',
        dueAt: workingDaysLater(request.receivedAt, thresholds.unassignedWorkingDays),
      }),
    );
  }
  return drafts;
}

/** An open case reminds its adviser (and its relays) on its follow-up day, and after 60 days of silence. */
export function caseReminders(
  supportCase: CaseFacts,
  audience: ReminderAudience,
  thresholds: ReminderThresholds,
): ReminderOccurrenceDraft[] {
  if (supportCase.status !== 'open') return [];
  const base = { entity: 'case' as const, entityId: supportCase.id };
  const drafts = toEach([supportCase.adviserId], {
    ...base,
    rule: 'case_inactive',
    dueAt: new Date(supportCase.lastActivityAt.getTime() + thresholds.inactiveCaseDays * 86_400_000),
  });
  if (supportCase.nextFollowUpAt) {
    const relayUsers = supportCase.relayIds.flatMap((relayId) => audience.usersOfRelay(relayId));
    drafts.push(
      ...toEach([supportCase.adviserId, ...relayUsers], {
        ...base,
        rule: 'case_follow_up',
        dueAt: atHour(supportCase.nextFollowUpAt, thresholds.morningHour),
      }),
    );
  }
  return drafts;
}

/**
 * A proposal is news to the relay's users when it is made (until the reminder takes over), a
 * reminder to them after 3 working days unanswered and to the adviser after 7; the relay's answer
 * (accepted or declined) is news to the adviser when it is given.
 */
export function assignmentReminders(
  assignment: AssignmentFacts,
  audience: ReminderAudience,
  thresholds: ReminderThresholds,
): ReminderOccurrenceDraft[] {
  const base = { entity: 'assignment' as const, entityId: assignment.id };
  const relayUsers = audience.usersOfRelay(assignment.relayId);
  const { caseName, relayName } = assignment;
  if (assignment.status === 'proposed') {
    const answerDueAt = workingDaysLater(assignment.assignedAt, thresholds.relayAcknowledgeWorkingDays);
    return [
      ...toEach(relayUsers, {
        ...base,
        rule: 'assignment_proposed',
        dueAt: assignment.assignedAt,
        expiresAt: answerDueAt,
        message: msg('notification.assignmentProposed', { case: caseName, by: assignment.proposedBy ?? msg('notification.theTeam') }),
      }),
      ...toEach(relayUsers, {
        ...base,
        rule: 'assignment_unacknowledged',
        dueAt: answerDueAt,
        message: msg('notification.assignmentUnacknowledged', { case: caseName, days: thresholds.relayAcknowledgeWorkingDays }),
      }),
      ...toEach([assignment.adviserId], {
        ...base,
        rule: 'assignment_unacknowledged_adviser',
        dueAt: workingDaysLater(assignment.assignedAt, thresholds.adviserAcknowledgeWorkingDays),
        message: msg('notification.assignmentUnacknowledgedAdviser', {
          relay: relayName,
          days: thresholds.adviserAcknowledgeWorkingDays,
          case: caseName,
        }),
      }),
    ];
  }
  const answeredAt = assignment.acknowledgedAt;
  if (!answeredAt || assignment.status === 'withdrawn') return [];
  return toEach([assignment.adviserId], {
    ...base,
    rule: 'assignment_answered',
    dueAt: answeredAt,
    expiresAt: workingDaysLater(answeredAt, thresholds.answerNewsWorkingDays),
    message:
      assignment.status === 'declined'
        ? msg('notification.assignmentDeclined', { relay: relayName, case: caseName, reason: assignment.declineReason ?? '' })
        : msg('notification.assignmentAccepted', { relay: relayName, case: caseName }),
  });
}

/**
 * An event that ended asks the team in charge (the site's staff, or the relay's users when a relay
 * runs it) for its attendance on the morning of the second working day after, when it had
 * registrations and none is marked; a training asks for its trainees' missing evaluations a week
 * after. A cancelled event asks nothing; recording what was missing makes the reminder stale.
 */
export function eventReminders(event: EventFacts, audience: ReminderAudience, thresholds: ReminderThresholds): ReminderOccurrenceDraft[] {
  if (event.status === 'cancelled') return [];
  const team = event.relayId !== null ? audience.usersOfRelay(event.relayId) : event.site ? audience.staffOfSite[event.site] : [];
  const base = { entity: 'event' as const, entityId: event.id };
  const lastDay = parisDay(event.endsAt);
  const drafts: ReminderOccurrenceDraft[] = [];
  if (event.registrations > 0 && event.marked === 0) {
    drafts.push(
      ...toEach(team, {
        ...base,
        rule: 'event_attendance_missing',
        dueAt: atHour(addWorkingDays(lastDay, thresholds.attendanceWorkingDays), thresholds.morningHour),
      }),
    );
  }
  if (event.kind === 'training' && event.attendedWithoutEvaluation > 0) {
    drafts.push(
      ...toEach(team, {
        ...base,
        rule: 'event_evaluations_missing',
        dueAt: atHour(daysLater(lastDay, thresholds.evaluationDays), thresholds.morningHour),
      }),
    );
  }
  return drafts;
}

/**
 * A registrant who gave consent, has an address and did not opt out is reminded of a published
 * event at 08:00 on the working day before its first day; once it has begun the reminder is
 * pointless.
 */
export function registrantReminders(registration: RegistrantFacts, thresholds: ReminderThresholds): ReminderOccurrenceDraft[] {
  if (registration.eventStatus !== 'published' || !registration.consent || registration.optedOut || !registration.email) return [];
  return [
    {
      rule: 'event_registrant_reminder',
      entity: 'registration',
      entityId: registration.id,
      userId: REGISTRANT_RECIPIENT,
      dueAt: atHour(previousWorkingDay(parisDay(registration.eventStartsAt)), thresholds.morningHour),
      expiresAt: registration.eventStartsAt,
    },
  ];
}

/** The key that makes an occurrence unique: the same everywhere, so a job id can be derived from it. */
export function occurrenceKey(draft: ReminderOccurrenceDraft): string {
  return `${draft.rule}:${draft.entity}:${draft.entityId}:${draft.dueAt.toISOString()}:${draft.userId}`;
}

/** The digest goes out at the morning hour of each working day (Paris), to users who have something due. */
export function digestDueAt(now: Date, thresholds: ReminderThresholds): Date | null {
  const today = parisDay(now);
  if (!isWorkingDay(today)) return null;
  const dueAt = atHour(today, thresholds.morningHour);
  return dueAt.getTime() <= now.getTime() ? dueAt : null;
}

/** Whether a reminder should go out at `now`: due, and not yet pointless. */
export function isOwed(draft: ReminderOccurrenceDraft, now: Date): boolean {
  return draft.dueAt.getTime() <= now.getTime() && (!draft.expiresAt || now.getTime() < draft.expiresAt.getTime());
}
