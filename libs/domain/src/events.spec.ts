import {
  allowsEventMove,
  EVALUATION_SCORES,
  EVENT_KINDS,
  EVENT_ROLES,
  EVENT_STATUSES,
  EVENT_THEMES,
  HOSTED_EVENT_ROLES,
  REGISTRATION_STATUSES,
  takesRegistrations,
  type EventMove,
  type EventStatus,
} from './events';

describe('event reference lists', () => {
  it('holds the kinds, roles and statuses of the activity report, in order', () => {
    expect(EVENT_KINDS).toEqual(['workshop', 'training', 'working_group', 'regional_meeting', 'webinar', 'fair', 'festisol', 'other']);
    expect(EVENT_ROLES).toEqual(['organised', 'co_organised', 'speaker', 'participant']);
    expect(HOSTED_EVENT_ROLES).toEqual(['organised', 'co_organised']);
    expect(EVENT_STATUSES).toEqual(['draft', 'published', 'held', 'cancelled']);
    expect(REGISTRATION_STATUSES).toEqual(['registered', 'attended', 'absent']);
    expect(EVENT_THEMES).toContain('ecsi');
    expect(EVALUATION_SCORES).toEqual([1, 2, 3, 4, 5]);
  });
});

describe('event moves', () => {
  const table: [EventStatus, EventMove, boolean][] = [
    ['draft', 'publish', true],
    ['published', 'publish', false],
    ['held', 'publish', false],
    ['cancelled', 'publish', false],
    ['draft', 'cancel', true],
    ['published', 'cancel', true],
    ['held', 'cancel', false],
    ['cancelled', 'cancel', false],
    ['draft', 'hold', true],
    ['published', 'hold', true],
    ['held', 'hold', false],
    ['cancelled', 'hold', false],
  ];
  it.each(table)('from %s, %s is allowed: %s', (status, move, allowed) => {
    expect(allowsEventMove(status, move)).toBe(allowed);
  });

  it('takes registrations until the event is cancelled (a held one: late entries and sign-in sheets)', () => {
    expect(EVENT_STATUSES.filter(takesRegistrations)).toEqual(['draft', 'published', 'held']);
  });
});
