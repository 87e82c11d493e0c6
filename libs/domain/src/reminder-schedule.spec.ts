import { assignmentReminders, caseReminders, digestDueAt, isOwed, requestReminders, type ReminderAudience } from './reminder-schedule';
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
  it('tells the relay after 3 working days and the adviser after 7, while proposed', () => {
    const assignment = { id: 9, status: 'proposed' as const, relayId: 10, assignedAt: at('2024-12-20T15:00:00+01:00'), adviserId: 2 };
    const drafts = assignmentReminders(assignment, audience, DEFAULT_REMINDER_THRESHOLDS);
    // Fri 20 Dec + 3 working days (23, 24, 26) and + 7 (… 27, 30, 31, 2 Jan).
    expect(drafts.map((draft) => [draft.rule, draft.userId, draft.dueAt.toISOString()])).toEqual([
      ['assignment_unacknowledged', 20, '2024-12-26T14:00:00.000Z'],
      ['assignment_unacknowledged', 21, '2024-12-26T14:00:00.000Z'],
      ['assignment_unacknowledged_adviser', 2, '2025-01-02T14:00:00.000Z'],
    ]);
    expect(assignmentReminders({ ...assignment, status: 'accepted' }, audience, DEFAULT_REMINDER_THRESHOLDS)).toEqual([]);
  });
});

describe('daily digest', () => {
  it('goes out at 08:00 Paris on working days only', () => {
    expect(digestDueAt(at('2024-11-25T06:30:00Z'), DEFAULT_REMINDER_THRESHOLDS)).toBeNull(); // Monday 07:30 in Paris: not yet
    expect(digestDueAt(at('2024-11-25T09:00:00Z'), DEFAULT_REMINDER_THRESHOLDS)).toEqual(at('2024-11-25T08:00:00+01:00'));
    expect(digestDueAt(at('2024-11-23T09:00:00Z'), DEFAULT_REMINDER_THRESHOLDS)).toBeNull(); // Saturday
    expect(digestDueAt(at('2024-12-25T09:00:00Z'), DEFAULT_REMINDER_THRESHOLDS)).toBeNull(); // Christmas
  });
});
