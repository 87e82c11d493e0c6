import { addWorkingDays, dueAtAfterWaiting, endOfParisDay, isWorkingDay, parisDay, requestDueAt, workingDaysBetween } from './working-days';

describe('working days (Europe/Paris, French public holidays)', () => {
  it.each([
    ['2024-01-01', false], // New Year's Day
    ['2024-04-01', false], // Easter Monday 2024
    ['2024-05-20', false], // Pentecost Monday 2024
    ['2025-04-21', false], // Easter Monday 2025
    ['2025-06-09', false], // Pentecost Monday 2025
    ['2024-05-08', false],
    ['2024-07-14', false],
    ['2024-12-25', false],
    ['2024-12-26', true], // Saint-Étienne is a holiday in Alsace-Moselle only
    ['2024-03-29', true], // Good Friday too
    ['2024-11-23', false], // Saturday
    ['2024-11-24', false], // Sunday
    ['2024-11-25', true],
  ])('%s is a working day: %s', (day, expected) => {
    expect(isWorkingDay(day)).toBe(expected);
  });

  it('reads the calendar day in Paris, not in UTC', () => {
    expect(parisDay(new Date('2024-06-30T22:30:00Z'))).toBe('2024-07-01'); // 00:30 in Paris (CEST)
    expect(parisDay(new Date('2024-12-31T23:30:00Z'))).toBe('2025-01-01'); // 00:30 in Paris (CET)
    expect(parisDay(new Date('2024-12-31T22:30:00Z'))).toBe('2024-12-31');
  });

  it('adds working days across a year end', () => {
    expect(addWorkingDays('2024-12-27', 3)).toBe('2025-01-02'); // Mon 30, Tue 31, (1 Jan off) Thu 2
  });

  it('skips Easter and Pentecost Mondays', () => {
    expect(addWorkingDays('2024-03-28', 2)).toBe('2024-04-02'); // Fri 29, (Easter Monday) Tue 2
    expect(addWorkingDays('2024-05-17', 1)).toBe('2024-05-21'); // (Pentecost Monday 20) Tue 21
  });

  it('counts the working days an interval consumed', () => {
    expect(workingDaysBetween('2024-11-25', '2024-11-25')).toBe(0);
    expect(workingDaysBetween('2024-11-22', '2024-11-25')).toBe(1); // Fri → Mon
    expect(workingDaysBetween('2024-12-24', '2025-01-02')).toBe(5); // 26, 27, 30, 31, 2
  });

  describe('due date of a request', () => {
    it('is the end of the fifth working day after reception', () => {
      expect(requestDueAt(new Date('2024-11-25T09:00:00+01:00'), 5)).toEqual(new Date('2024-12-02T23:59:59.999+01:00'));
    });

    it('starts counting from the Paris day of reception, even late at night in UTC', () => {
      // Friday 23:30 UTC is already Saturday in Paris: Monday is the first working day counted.
      expect(requestDueAt(new Date('2024-11-22T23:30:00Z'), 1)).toEqual(new Date('2024-11-25T23:59:59.999+01:00'));
    });

    it('ends at Paris midnight on both sides of a DST change', () => {
      // Received Thursday 24 Oct 2024 (CEST); due Thursday 31 Oct, after the switch to CET on the 27th.
      const due = requestDueAt(new Date('2024-10-24T10:00:00+02:00'), 5);
      expect(due).toEqual(new Date('2024-10-31T23:59:59.999+01:00'));
      // Received before the spring change (CET), due after it (CEST).
      expect(requestDueAt(new Date('2025-03-27T10:00:00+01:00'), 3)).toEqual(new Date('2025-04-01T23:59:59.999+02:00'));
    });

    it('skips the holidays of a year end', () => {
      expect(requestDueAt(new Date('2024-12-23T10:00:00+01:00'), 5)).toEqual(new Date('2024-12-31T23:59:59.999+01:00'));
    });

    it('moves by the working days spent waiting on the requester', () => {
      const due = endOfParisDay('2024-12-02');
      // Waiting from Wednesday 27 Nov to Friday 29 Nov: two working days consumed (28, 29).
      expect(dueAtAfterWaiting(due, new Date('2024-11-27T10:00:00+01:00'), new Date('2024-11-29T16:00:00+01:00'))).toEqual(
        endOfParisDay('2024-12-04'),
      );
      // Waiting over a weekend only costs nothing.
      expect(dueAtAfterWaiting(due, new Date('2024-11-30T10:00:00+01:00'), new Date('2024-12-01T16:00:00+01:00'))).toEqual(due);
      // Waiting within one day costs nothing.
      expect(dueAtAfterWaiting(due, new Date('2024-11-27T10:00:00+01:00'), new Date('2024-11-27T16:00:00+01:00'))).toEqual(due);
    });

    it('moves past an Easter Monday when waiting spans it', () => {
      const due = endOfParisDay('2024-03-29');
      // Waiting Thu 28 Mar → Tue 2 Apr consumes Fri 29 and Tue 2 (Easter Monday is not a working day).
      expect(dueAtAfterWaiting(due, new Date('2024-03-28T10:00:00+01:00'), new Date('2024-04-02T10:00:00+02:00'))).toEqual(
        endOfParisDay('2024-04-03'),
      );
    });
  });
});
