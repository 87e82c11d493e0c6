import {
  addWorkingDays,
  dueAtAfterWaiting,
  endOfParisDay,
  followUpDay,
  isPublicHoliday,
  isWorkingDay,
  nextDay,
  parisDay,
  requestDueAt,
  startOfParisDay,
  workingDayFrom,
  workingDaysBetween,
} from './working-days';

/**
 * The 11 French public holidays of each year, written out (Easter from the calendar, Ascension 39 days and Whit
 * Monday 50 days after it), with the first working day after each and Paris's UTC offset on that day.
 */
const HOLIDAYS: Record<number, [holiday: string, nextWorkingDay: string, offset: string][]> = {
  2024: [
    ['2024-01-01', '2024-01-02', '+01:00'], // New Year's Day, Monday
    ['2024-04-01', '2024-04-02', '+02:00'], // Easter Monday (Easter 31 March)
    ['2024-05-01', '2024-05-02', '+02:00'], // May Day, Wednesday
    ['2024-05-08', '2024-05-10', '+02:00'], // Victory in Europe Day, Wednesday; the 9th is Ascension
    ['2024-05-09', '2024-05-10', '+02:00'], // Ascension Thursday
    ['2024-05-20', '2024-05-21', '+02:00'], // Whit Monday
    ['2024-07-14', '2024-07-15', '+02:00'], // Bastille Day, a Sunday
    ['2024-08-15', '2024-08-16', '+02:00'], // Assumption, Thursday
    ['2024-11-01', '2024-11-04', '+01:00'], // All Saints' Day, Friday
    ['2024-11-11', '2024-11-12', '+01:00'], // Armistice Day, Monday
    ['2024-12-25', '2024-12-26', '+01:00'], // Christmas, Wednesday
  ],
  2025: [
    ['2025-01-01', '2025-01-02', '+01:00'], // Wednesday
    ['2025-04-21', '2025-04-22', '+02:00'], // Easter Monday (Easter 20 April)
    ['2025-05-01', '2025-05-02', '+02:00'], // Thursday
    ['2025-05-08', '2025-05-09', '+02:00'], // Thursday
    ['2025-05-29', '2025-05-30', '+02:00'], // Ascension
    ['2025-06-09', '2025-06-10', '+02:00'], // Whit Monday
    ['2025-07-14', '2025-07-15', '+02:00'], // Monday
    ['2025-08-15', '2025-08-18', '+02:00'], // Friday
    ['2025-11-01', '2025-11-03', '+01:00'], // a Saturday
    ['2025-11-11', '2025-11-12', '+01:00'], // Tuesday
    ['2025-12-25', '2025-12-26', '+01:00'], // Thursday
  ],
  2026: [
    ['2026-01-01', '2026-01-02', '+01:00'], // Thursday
    ['2026-04-06', '2026-04-07', '+02:00'], // Easter Monday (Easter 5 April)
    ['2026-05-01', '2026-05-04', '+02:00'], // Friday
    ['2026-05-08', '2026-05-11', '+02:00'], // Friday
    ['2026-05-14', '2026-05-15', '+02:00'], // Ascension
    ['2026-05-25', '2026-05-26', '+02:00'], // Whit Monday
    ['2026-07-14', '2026-07-15', '+02:00'], // Tuesday
    ['2026-08-15', '2026-08-17', '+02:00'], // a Saturday
    ['2026-11-01', '2026-11-02', '+01:00'], // a Sunday
    ['2026-11-11', '2026-11-12', '+01:00'], // Wednesday
    ['2026-12-25', '2026-12-28', '+01:00'], // Friday
  ],
  2027: [
    ['2027-01-01', '2027-01-04', '+01:00'], // Friday
    ['2027-03-29', '2027-03-30', '+02:00'], // Easter Monday (Easter 28 March, the day summer time starts)
    ['2027-05-01', '2027-05-03', '+02:00'], // a Saturday
    ['2027-05-06', '2027-05-07', '+02:00'], // Ascension, before 8 May this year
    ['2027-05-08', '2027-05-10', '+02:00'], // a Saturday
    ['2027-05-17', '2027-05-18', '+02:00'], // Whit Monday
    ['2027-07-14', '2027-07-15', '+02:00'], // Wednesday
    ['2027-08-15', '2027-08-16', '+02:00'], // a Sunday
    ['2027-11-01', '2027-11-02', '+01:00'], // Monday
    ['2027-11-11', '2027-11-12', '+01:00'], // Thursday
    ['2027-12-25', '2027-12-27', '+01:00'], // a Saturday
  ],
};

/** Every calendar day of a year, by plain date arithmetic (the test's own, not the library's). */
function daysOf(year: number): string[] {
  const days: string[] = [];
  for (let day = new Date(Date.UTC(year, 0, 1)); day.getUTCFullYear() === year; day = new Date(day.getTime() + 86_400_000)) {
    days.push(day.toISOString().slice(0, 10));
  }
  return days;
}

describe('working days (Europe/Paris, French public holidays)', () => {
  describe.each(Object.entries(HOLIDAYS))('the public holidays of %s', (year, holidays) => {
    it('are the 11 holidays, no other day', () => {
      expect(holidays).toHaveLength(11);
      expect(daysOf(Number(year)).filter(isPublicHoliday)).toEqual(holidays.map(([holiday]) => holiday).sort());
    });

    it.each(holidays)('%s is not worked; the next working day is %s', (holiday, next, offset) => {
      expect(isWorkingDay(holiday)).toBe(false);
      expect(isWorkingDay(next)).toBe(true);
      expect(addWorkingDays(holiday, 1)).toBe(next);
      // Received on the holiday, due at the end of the next working day, Paris time.
      expect(requestDueAt(new Date(`${holiday}T08:00:00Z`), 1)).toEqual(new Date(`${next}T23:59:59.999${offset}`));
      expect(workingDaysBetween(holiday, next)).toBe(1);
    });
  });

  it.each([
    ['2024-12-26', true], // Saint-Étienne is a holiday in Alsace-Moselle only
    ['2024-03-29', true], // Good Friday too
    ['2024-11-23', false], // Saturday
    ['2024-11-24', false], // Sunday
    ['2024-11-25', true], // Monday
    ['2024-11-29', true], // Friday
  ])('%s is a working day: %s', (day, expected) => {
    expect(isWorkingDay(day)).toBe(expected);
  });

  it('moves a day that is not worked on to the next working day, and leaves a working day as it is', () => {
    expect(workingDayFrom('2026-12-07')).toBe('2026-12-07'); // Monday
    expect(workingDayFrom('2026-12-13')).toBe('2026-12-14'); // Sunday → Monday
    expect(workingDayFrom('2026-12-12')).toBe('2026-12-14'); // Saturday → Monday
    expect(workingDayFrom('2026-12-25')).toBe('2026-12-28'); // Christmas (Friday), weekend → Monday
    expect(workingDayFrom('2027-05-06')).toBe('2027-05-07'); // Ascension Thursday → Friday
  });

  it('lands a follow-up « in n days » on a working day', () => {
    expect(followUpDay('2026-12-06', 7)).toBe('2026-12-14'); // Sunday + 7 = Sunday → Monday
    expect(followUpDay('2026-12-06', 14)).toBe('2026-12-21');
    expect(followUpDay('2026-12-06', 30)).toBe('2027-01-05'); // a Tuesday, as it is
    expect(followUpDay('2026-12-02', 30)).toBe('2027-01-04'); // 1 January, then the weekend → Monday
    expect(followUpDay('2024-02-28', 1)).toBe('2024-02-29'); // leap day, a Thursday
  });

  it('reads the calendar day in Paris, not in UTC', () => {
    expect(parisDay(new Date('2024-06-30T22:30:00Z'))).toBe('2024-07-01'); // 00:30 in Paris (CEST)
    expect(parisDay(new Date('2024-06-30T21:59:59.999Z'))).toBe('2024-06-30');
    expect(parisDay(new Date('2024-12-31T23:30:00Z'))).toBe('2025-01-01'); // 00:30 in Paris (CET)
    expect(parisDay(new Date('2024-12-31T22:30:00Z'))).toBe('2024-12-31');
    expect(parisDay(new Date('2025-09-09T10:00:00Z'))).toBe('2025-09-09');
  });

  it('steps to the next calendar day across months, leap days and years', () => {
    expect(nextDay('2024-02-28')).toBe('2024-02-29');
    expect(nextDay('2024-02-29')).toBe('2024-03-01');
    expect(nextDay('2025-02-28')).toBe('2025-03-01');
    expect(nextDay('2024-04-30')).toBe('2024-05-01');
    expect(nextDay('2025-12-31')).toBe('2026-01-01');
  });

  describe('a year end', () => {
    it('adds working days from 31 December into January', () => {
      expect(addWorkingDays('2024-12-27', 3)).toBe('2025-01-02'); // Mon 30, Tue 31, (1 Jan off) Thu 2
      expect(addWorkingDays('2025-12-31', 1)).toBe('2026-01-02'); // (Thu 1 Jan off) Fri 2
      expect(addWorkingDays('2026-12-31', 1)).toBe('2027-01-04'); // (Fri 1 Jan off, weekend) Mon 4
      expect(addWorkingDays('2025-12-31', 0)).toBe('2025-12-31');
    });

    it('gives a request received on 31 December a due date in January', () => {
      // Wed 31 Dec 2025: Fri 2, Mon 5, Tue 6, Wed 7, Thu 8 January 2026.
      expect(requestDueAt(new Date('2025-12-31T10:00:00+01:00'), 5)).toEqual(new Date('2026-01-08T23:59:59.999+01:00'));
      // Received at 23:30 on 31 December in Paris: still a 2025 request, the count starts the same way.
      expect(requestDueAt(new Date('2025-12-31T22:30:00Z'), 1)).toEqual(new Date('2026-01-02T23:59:59.999+01:00'));
      // 00:30 on 1 January in Paris (still 31 December in UTC): counted from New Year's Day.
      expect(requestDueAt(new Date('2025-12-31T23:30:00Z'), 1)).toEqual(new Date('2026-01-02T23:59:59.999+01:00'));
      expect(requestDueAt(new Date('2026-12-31T23:30:00Z'), 1)).toEqual(new Date('2027-01-04T23:59:59.999+01:00'));
    });

    it('skips the holidays of a year end', () => {
      expect(requestDueAt(new Date('2024-12-23T10:00:00+01:00'), 5)).toEqual(new Date('2024-12-31T23:59:59.999+01:00'));
    });
  });

  it('counts the working days an interval consumed', () => {
    expect(workingDaysBetween('2024-11-25', '2024-11-25')).toBe(0);
    expect(workingDaysBetween('2024-11-26', '2024-11-25')).toBe(0);
    expect(workingDaysBetween('2024-11-22', '2024-11-25')).toBe(1); // Fri → Mon
    expect(workingDaysBetween('2024-11-25', '2024-11-29')).toBe(4); // Tue, Wed, Thu, Fri
    expect(workingDaysBetween('2024-12-24', '2025-01-02')).toBe(5); // 26, 27, 30, 31, 2
  });

  describe('the Paris summer-time changes (last Sunday of March and of October)', () => {
    it.each([
      // day, its first instant, its last instant (UTC): 23 hours in March, 25 in October
      ['2024-03-31', '2024-03-30T23:00:00.000Z', '2024-03-31T21:59:59.999Z'],
      ['2024-10-27', '2024-10-26T22:00:00.000Z', '2024-10-27T22:59:59.999Z'],
      ['2025-03-30', '2025-03-29T23:00:00.000Z', '2025-03-30T21:59:59.999Z'],
      ['2025-10-26', '2025-10-25T22:00:00.000Z', '2025-10-26T22:59:59.999Z'],
      ['2026-03-29', '2026-03-28T23:00:00.000Z', '2026-03-29T21:59:59.999Z'],
      ['2026-10-25', '2026-10-24T22:00:00.000Z', '2026-10-25T22:59:59.999Z'],
      ['2027-03-28', '2027-03-27T23:00:00.000Z', '2027-03-28T21:59:59.999Z'],
      ['2027-10-31', '2027-10-30T22:00:00.000Z', '2027-10-31T22:59:59.999Z'],
    ])('%s starts at %s and ends at %s', (day, start, end) => {
      expect(startOfParisDay(day).toISOString()).toBe(start);
      expect(endOfParisDay(day).toISOString()).toBe(end);
      expect(parisDay(new Date(start))).toBe(day);
      expect(parisDay(new Date(end))).toBe(day);
    });

    it.each([
      // received on the Friday before the change, due one and five working days later
      ['2024-03-29T16:00:00+01:00', '2024-04-02T23:59:59.999+02:00', '2024-04-08T23:59:59.999+02:00'], // Easter Monday 1 April
      ['2024-10-25T16:00:00+02:00', '2024-10-28T23:59:59.999+01:00', '2024-11-04T23:59:59.999+01:00'], // All Saints 1 Nov
      ['2025-03-28T16:00:00+01:00', '2025-03-31T23:59:59.999+02:00', '2025-04-04T23:59:59.999+02:00'],
      ['2025-10-24T16:00:00+02:00', '2025-10-27T23:59:59.999+01:00', '2025-10-31T23:59:59.999+01:00'],
      ['2026-03-27T16:00:00+01:00', '2026-03-30T23:59:59.999+02:00', '2026-04-03T23:59:59.999+02:00'],
      ['2026-10-23T16:00:00+02:00', '2026-10-26T23:59:59.999+01:00', '2026-10-30T23:59:59.999+01:00'],
      ['2027-03-26T16:00:00+01:00', '2027-03-30T23:59:59.999+02:00', '2027-04-05T23:59:59.999+02:00'], // Easter Monday 29 March
      ['2027-10-29T16:00:00+02:00', '2027-11-02T23:59:59.999+01:00', '2027-11-08T23:59:59.999+01:00'], // All Saints 1 Nov
    ])('received %s: due %s (1 working day), %s (5)', (received, dueInOne, dueInFive) => {
      expect(requestDueAt(new Date(received), 1)).toEqual(new Date(dueInOne));
      expect(requestDueAt(new Date(received), 5)).toEqual(new Date(dueInFive));
    });
  });

  describe('due date of a request', () => {
    it('is the end of the fifth working day after reception', () => {
      expect(requestDueAt(new Date('2024-11-25T09:00:00+01:00'), 5)).toEqual(new Date('2024-12-02T23:59:59.999+01:00'));
    });

    it('starts counting from the Paris day of reception, even late at night in UTC', () => {
      // Friday 23:30 UTC is already Saturday in Paris: Monday is the first working day counted.
      expect(requestDueAt(new Date('2024-11-22T23:30:00Z'), 1)).toEqual(new Date('2024-11-25T23:59:59.999+01:00'));
    });

    it('moves by the working days spent waiting on the requester', () => {
      const due = new Date('2024-12-02T23:59:59.999+01:00');
      // Waiting from Wednesday 27 Nov to Friday 29 Nov: two working days consumed (28, 29).
      expect(dueAtAfterWaiting(due, new Date('2024-11-27T10:00:00+01:00'), new Date('2024-11-29T16:00:00+01:00'))).toEqual(
        new Date('2024-12-04T23:59:59.999+01:00'),
      );
      // Waiting over a weekend only costs nothing.
      expect(dueAtAfterWaiting(due, new Date('2024-11-30T10:00:00+01:00'), new Date('2024-12-01T16:00:00+01:00'))).toBe(due);
      // Waiting within one day costs nothing.
      expect(dueAtAfterWaiting(due, new Date('2024-11-27T10:00:00+01:00'), new Date('2024-11-27T16:00:00+01:00'))).toBe(due);
    });

    it('moves past an Easter Monday when waiting spans it', () => {
      // Waiting Thu 28 Mar → Tue 2 Apr consumes Fri 29 and Tue 2 (Easter Monday is not a working day).
      expect(
        dueAtAfterWaiting(
          new Date('2024-03-29T23:59:59.999+01:00'),
          new Date('2024-03-28T10:00:00+01:00'),
          new Date('2024-04-02T10:00:00+02:00'),
        ),
      ).toEqual(new Date('2024-04-03T23:59:59.999+02:00'));
    });
  });
});
