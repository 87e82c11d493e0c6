import { translate } from './messages';
import {
  assignmentReminders,
  caseReminders,
  digestDueAt,
  eventReminders,
  registrantReminders,
  REGISTRANT_RECIPIENT,
  type EventFacts,
  type RegistrantFacts,
  isOwed,
  occurrenceKey,
  requestReminders,
  type AssignmentFacts,
  type ReminderAudience,
} from './reminder-schedule';
import { DEFAULT_REMINDER_THRESHOLDS } from './reminders';

const audience: ReminderAudience = {
  staffOfSite: { lyon: [2], clermont: [3] },
  admins: [1],
  usersOfRelay: (relayId) => (relayId === 10 ? [20, 21] : []),
};
const at = (iso: string) => new Date(iso);

describe('request reminders', () => {
  // Received Monday 25 Nov 2024, due Monday 2 Dec 2024 (end of day, Paris).
  const request = {
    id: 7,
    status: 'in_progress' as const,
    site: 'lyon' as const,
    receivedAt: at('2024-11-25T10:00:00+01:00'),
    dueAt: at('2024-12-02T23:59:59.999+01:00'),
    assigneeId: 5,
  };

  it('tells the assignee the working day before, then when overdue, then the admins 2 working days later', () => {
    const drafts = requestReminders(request, audience, DEFAULT_REMINDER_THRESHOLDS);
    expect(drafts.map((draft) => [draft.rule, draft.userId, draft.dueAt.toISOString()])).toEqual([
      ['request_due_tomorrow', 5, '2024-11-29T07:00:00.000Z'], // Friday 08:00 Paris: the working day before Monday
      ['request_overdue', 5, '2024-12-02T23:00:00.000Z'],
      ['request_overdue_escalation', 1, '2024-12-04T23:00:00.000Z'],
    ]);
  });

  it('tells the site’s staff when nobody took it after one working day', () => {
    const drafts = requestReminders({ ...request, assigneeId: null }, audience, DEFAULT_REMINDER_THRESHOLDS);
    expect(drafts.find((draft) => draft.rule === 'request_unassigned')).toMatchObject({
      userId: 2,
      dueAt: at('2024-11-26T10:00:00+01:00'),
    });
  });

  it('does not announce "due tomorrow" once the request is already overdue', () => {
    const [dueTomorrow] = requestReminders(request, audience, DEFAULT_REMINDER_THRESHOLDS);
    expect(isOwed(dueTomorrow, at('2024-11-29T09:00:00+01:00'))).toBe(true);
    expect(isOwed(dueTomorrow, at('2024-12-03T09:00:00+01:00'))).toBe(false);
  });

  it('reminds a new request as one in progress', () => {
    expect(requestReminders({ ...request, status: 'new' }, audience, DEFAULT_REMINDER_THRESHOLDS)).toEqual(
      requestReminders(request, audience, DEFAULT_REMINDER_THRESHOLDS),
    );
    expect(requestReminders({ ...request, status: 'new' }, audience, DEFAULT_REMINDER_THRESHOLDS)).toHaveLength(3);
  });

  it('stops while waiting on the requester and once answered', () => {
    expect(requestReminders({ ...request, status: 'waiting' }, audience, DEFAULT_REMINDER_THRESHOLDS)).toEqual([]);
    expect(requestReminders({ ...request, status: 'answered' }, audience, DEFAULT_REMINDER_THRESHOLDS)).toEqual([]);
  });
});

describe('case reminders', () => {
  const supportCase = {
    id: 3,
    status: 'open' as const,
    adviserId: 2,
    nextFollowUpAt: '2024-12-10',
    lastActivityAt: at('2024-10-01T10:00:00Z'),
    relayIds: [10],
  };

  it('reminds the adviser and the relay’s users on the follow-up day at 08:00 Paris', () => {
    const followUps = caseReminders(supportCase, audience, DEFAULT_REMINDER_THRESHOLDS).filter((draft) => draft.rule === 'case_follow_up');
    expect(followUps.map((draft) => draft.userId)).toEqual([2, 20, 21]);
    expect(followUps[0].dueAt).toEqual(at('2024-12-10T08:00:00+01:00'));
  });

  it('flags 60 days without interaction', () => {
    const inactive = caseReminders(supportCase, audience, DEFAULT_REMINDER_THRESHOLDS).find((draft) => draft.rule === 'case_inactive');
    expect(inactive?.dueAt).toEqual(at('2024-11-30T10:00:00Z'));
  });

  it('moves with the follow-up date, and stops when the case closes', () => {
    const moved = caseReminders({ ...supportCase, nextFollowUpAt: '2024-12-20' }, audience, DEFAULT_REMINDER_THRESHOLDS);
    expect(moved.some((draft) => draft.dueAt.getTime() === at('2024-12-10T08:00:00+01:00').getTime())).toBe(false);
    expect(caseReminders({ ...supportCase, status: 'closed' }, audience, DEFAULT_REMINDER_THRESHOLDS)).toEqual([]);
  });
});

describe('assignment reminders', () => {
  const assignment = {
    id: 9,
    status: 'proposed' as const,
    relayId: 10,
    relayName: 'Francas Isère',
    caseName: 'AC-2024-0012 (Puits au Sahel)',
    assignedAt: at('2024-12-20T15:00:00+01:00'),
    proposedBy: 'Camille Martin',
    adviserId: 2,
    acknowledgedAt: null,
    declineReason: null,
  };
  const reminders = (facts: Partial<AssignmentFacts>) =>
    assignmentReminders({ ...assignment, ...facts }, audience, DEFAULT_REMINDER_THRESHOLDS).map((draft) => [
      draft.rule,
      draft.userId,
      draft.dueAt.toISOString(),
      draft.message && translate(draft.message, 'fr'),
    ]);

  it('tells the relay’s users when it is proposed, again after 3 working days, and the adviser after 7', () => {
    // Fri 20 Dec + 3 working days (23, 24, 26) and + 7 (… 27, 30, 31, 2 Jan).
    expect(reminders({})).toEqual([
      [
        'assignment_proposed',
        20,
        '2024-12-20T14:00:00.000Z',
        'Le dossier AC-2024-0012 (Puits au Sahel) vous est proposé par Camille Martin.',
      ],
      [
        'assignment_proposed',
        21,
        '2024-12-20T14:00:00.000Z',
        'Le dossier AC-2024-0012 (Puits au Sahel) vous est proposé par Camille Martin.',
      ],
      [
        'assignment_unacknowledged',
        20,
        '2024-12-26T14:00:00.000Z',
        'Le dossier AC-2024-0012 (Puits au Sahel) vous a été proposé il y a 3 jours ouvrés et attend votre réponse.',
      ],
      [
        'assignment_unacknowledged',
        21,
        '2024-12-26T14:00:00.000Z',
        'Le dossier AC-2024-0012 (Puits au Sahel) vous a été proposé il y a 3 jours ouvrés et attend votre réponse.',
      ],
      [
        'assignment_unacknowledged_adviser',
        2,
        '2025-01-02T14:00:00.000Z',
        'Le relais Francas Isère n’a pas répondu depuis 7 jours ouvrés à la proposition de votre dossier AC-2024-0012 (Puits au Sahel).',
      ],
    ]);
  });

  it('names the team when nobody is known to have proposed it', () => {
    expect(reminders({ proposedBy: null })[0]).toEqual([
      'assignment_proposed',
      20,
      '2024-12-20T14:00:00.000Z',
      'Le dossier AC-2024-0012 (Puits au Sahel) vous est proposé par l’équipe RESACOOP.',
    ]);
  });

  it('no longer announces a proposal once the reminder has taken over', () => {
    const [proposal] = assignmentReminders(assignment, audience, DEFAULT_REMINDER_THRESHOLDS);
    expect(isOwed(proposal, at('2024-12-26T14:59:00+01:00'))).toBe(true);
    expect(isOwed(proposal, at('2024-12-26T15:00:00+01:00'))).toBe(false);
  });

  it('tells the adviser when the relay accepts or declines, for 3 working days, and nothing once withdrawn', () => {
    const answeredAt = at('2024-12-23T09:30:00+01:00');
    expect(reminders({ status: 'accepted', acknowledgedAt: answeredAt })).toEqual([
      [
        'assignment_answered',
        2,
        '2024-12-23T08:30:00.000Z',
        'Le relais Francas Isère a accepté votre dossier AC-2024-0012 (Puits au Sahel).',
      ],
    ]);
    // Completed after it was accepted: still the news of the acceptance, the same occurrence.
    expect(reminders({ status: 'completed', acknowledgedAt: answeredAt })).toEqual(
      reminders({ status: 'accepted', acknowledgedAt: answeredAt }),
    );
    expect(reminders({ status: 'declined', acknowledgedAt: answeredAt, declineReason: 'Hors de notre territoire' })).toEqual([
      [
        'assignment_answered',
        2,
        '2024-12-23T08:30:00.000Z',
        'Le relais Francas Isère a décliné votre dossier AC-2024-0012 (Puits au Sahel) : Hors de notre territoire',
      ],
    ]);
    const [news] = assignmentReminders(
      { ...assignment, status: 'accepted', acknowledgedAt: answeredAt },
      audience,
      DEFAULT_REMINDER_THRESHOLDS,
    );
    expect(isOwed(news, at('2024-12-27T09:29:00+01:00'))).toBe(true);
    expect(isOwed(news, at('2024-12-27T09:30:00+01:00'))).toBe(false);
    expect(reminders({ status: 'declined', acknowledgedAt: answeredAt })).toEqual([
      [
        'assignment_answered',
        2,
        '2024-12-23T08:30:00.000Z',
        'Le relais Francas Isère a décliné votre dossier AC-2024-0012 (Puits au Sahel) : ',
      ],
    ]);
    expect(reminders({ status: 'withdrawn' })).toEqual([]);
    expect(reminders({ status: 'withdrawn', acknowledgedAt: answeredAt })).toEqual([]);
    expect(reminders({ status: 'accepted' })).toEqual([]);
  });
});

describe('daily digest', () => {
  it('goes out at 08:00 Paris on working days only', () => {
    expect(digestDueAt(at('2024-11-25T06:30:00Z'), DEFAULT_REMINDER_THRESHOLDS)).toBeNull(); // Monday 07:30 in Paris: not yet
    expect(digestDueAt(at('2024-11-25T09:00:00Z'), DEFAULT_REMINDER_THRESHOLDS)).toEqual(at('2024-11-25T08:00:00+01:00'));
    expect(digestDueAt(at('2024-11-23T09:00:00Z'), DEFAULT_REMINDER_THRESHOLDS)).toBeNull(); // Saturday
    expect(digestDueAt(at('2024-12-25T09:00:00Z'), DEFAULT_REMINDER_THRESHOLDS)).toBeNull(); // Christmas
    expect(digestDueAt(at('2024-11-25T07:00:00Z'), DEFAULT_REMINDER_THRESHOLDS)).toEqual(at('2024-11-25T08:00:00+01:00')); // 08:00 sharp
  });
});

describe('occurrences', () => {
  const draft = {
    rule: 'request_overdue' as const,
    entity: 'request' as const,
    entityId: 7,
    dueAt: at('2024-12-02T23:00:00.000Z'),
    userId: 5,
  };

  it('are keyed by rule, record, due instant and user', () => {
    expect(occurrenceKey(draft)).toBe('request_overdue:request:7:2024-12-02T23:00:00.000Z:5');
  });

  it('are owed from their due instant on, until they expire', () => {
    expect(isOwed(draft, at('2024-12-02T22:59:59.999Z'))).toBe(false);
    expect(isOwed(draft, at('2024-12-02T23:00:00.000Z'))).toBe(true);
    expect(isOwed(draft, at('2030-01-01T00:00:00.000Z'))).toBe(true);
    const expiring = { ...draft, expiresAt: at('2024-12-03T00:00:00.000Z') };
    expect(isOwed(expiring, at('2024-12-02T23:59:59.999Z'))).toBe(true);
    expect(isOwed(expiring, at('2024-12-03T00:00:00.000Z'))).toBe(false);
  });
});

describe('event reminders', () => {
  // A workshop that ended on Friday 29 Nov 2024 at the Lyon site.
  const event: EventFacts = {
    id: 4,
    kind: 'workshop',
    status: 'held',
    endsAt: at('2024-11-29T17:00:00+01:00'),
    site: 'lyon',
    relayId: null,
    registrations: 12,
    marked: 0,
    attendedWithoutEvaluation: 0,
  };
  const summary = (drafts: ReturnType<typeof eventReminders>) =>
    drafts.map((draft) => [draft.rule, draft.entity, draft.entityId, draft.userId, draft.dueAt.toISOString()]);

  it('asks the staff of the site for the attendance at 08:00 on the second working day after its last day', () => {
    expect(summary(eventReminders(event, audience, DEFAULT_REMINDER_THRESHOLDS))).toEqual([
      ['event_attendance_missing', 'event', 4, 2, '2024-12-03T07:00:00.000Z'], // Tuesday: Monday, then Tuesday
    ]);
  });

  it('asks the relay’s users instead when a relay runs it, and counts working days only', () => {
    // Ended Thursday 31 Oct 2024: Friday 1 Nov is a public holiday, so the second working day is Tuesday 5 Nov.
    const relayEvent = { ...event, endsAt: at('2024-10-31T18:00:00+01:00'), site: null, relayId: 10 };
    expect(summary(eventReminders(relayEvent, audience, DEFAULT_REMINDER_THRESHOLDS))).toEqual([
      ['event_attendance_missing', 'event', 4, 20, '2024-11-05T07:00:00.000Z'],
      ['event_attendance_missing', 'event', 4, 21, '2024-11-05T07:00:00.000Z'],
    ]);
    expect(eventReminders({ ...relayEvent, relayId: 99 }, audience, DEFAULT_REMINDER_THRESHOLDS)).toEqual([]);
    expect(eventReminders({ ...event, site: null }, audience, DEFAULT_REMINDER_THRESHOLDS)).toEqual([]);
  });

  it('asks nothing once one registration is marked, of an event nobody registered to, or of a cancelled one', () => {
    expect(eventReminders({ ...event, marked: 1 }, audience, DEFAULT_REMINDER_THRESHOLDS)).toEqual([]);
    expect(eventReminders({ ...event, registrations: 0 }, audience, DEFAULT_REMINDER_THRESHOLDS)).toEqual([]);
    expect(eventReminders({ ...event, status: 'cancelled' }, audience, DEFAULT_REMINDER_THRESHOLDS)).toEqual([]);
  });

  it('asks for a training’s missing evaluations a week after its last day, at 08:00 Paris, across a change of time', () => {
    // Ended Friday 25 Oct 2024; summer time ended on Sunday 27.
    const training = {
      ...event,
      kind: 'training' as const,
      endsAt: at('2024-10-25T17:00:00+02:00'),
      marked: 3,
      attendedWithoutEvaluation: 2,
    };
    expect(summary(eventReminders(training, audience, DEFAULT_REMINDER_THRESHOLDS))).toEqual([
      ['event_evaluations_missing', 'event', 4, 2, '2024-11-01T07:00:00.000Z'],
    ]);
    expect(eventReminders({ ...training, attendedWithoutEvaluation: 0 }, audience, DEFAULT_REMINDER_THRESHOLDS)).toEqual([]);
    expect(eventReminders({ ...training, kind: 'workshop' }, audience, DEFAULT_REMINDER_THRESHOLDS)).toEqual([]);
    expect(
      summary(eventReminders({ ...training, marked: 0 }, audience, { ...DEFAULT_REMINDER_THRESHOLDS, evaluationDays: 3 })).map(
        ([rule, , , , dueAt]) => [rule, dueAt],
      ),
    ).toEqual([
      ['event_attendance_missing', '2024-10-29T07:00:00.000Z'],
      ['event_evaluations_missing', '2024-10-28T07:00:00.000Z'],
    ]);
  });
});

describe('registrant reminders', () => {
  // A published event on Monday 2 Dec 2024 at 09:30 Paris.
  const registration: RegistrantFacts = {
    id: 8,
    eventStatus: 'published',
    eventStartsAt: at('2024-12-02T09:30:00+01:00'),
    consent: true,
    optedOut: false,
    email: 'ana@example.test',
  };

  it('reminds a consenting registrant at 08:00 on the working day before, until the event begins', () => {
    expect(registrantReminders(registration, DEFAULT_REMINDER_THRESHOLDS)).toEqual([
      {
        rule: 'event_registrant_reminder',
        entity: 'registration',
        entityId: 8,
        userId: REGISTRANT_RECIPIENT,
        dueAt: at('2024-11-29T07:00:00.000Z'), // Friday: the working day before Monday
        expiresAt: registration.eventStartsAt,
      },
    ]);
    expect(REGISTRANT_RECIPIENT).toBe(0);
  });

  it('reminds nobody without consent, without an address, after an opt-out, or of an event not published', () => {
    for (const change of [
      { consent: false },
      { email: null },
      { optedOut: true },
      { eventStatus: 'draft' as const },
      { eventStatus: 'held' as const },
    ])
      expect(registrantReminders({ ...registration, ...change }, DEFAULT_REMINDER_THRESHOLDS)).toEqual([]);
  });
});
