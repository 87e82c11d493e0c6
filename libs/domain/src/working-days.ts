import { TZDate } from '@date-fns/tz';
import joursFeries from '@socialgouv/jours-feries';

/** All business-day arithmetic happens on the Paris calendar, whatever the server's time zone. */
export const BUSINESS_TIME_ZONE = 'Europe/Paris';

/** A calendar day as `YYYY-MM-DD`. */
export type CalendarDay = string;

const holidaysByYear = new Map<number, Set<CalendarDay>>();

function pad(value: number): string {
  return String(value).padStart(2, '0');
}

function holidaysOf(year: number): Set<CalendarDay> {
  let holidays = holidaysByYear.get(year);
  // Stryker disable next-line ConditionalExpression: a cache; computing the year again gives the same days
  if (!holidays) {
    // The library builds local-time midnights; reading them back with local getters gives the calendar day.
    holidays = new Set(
      Object.values(joursFeries(year)).map((date) => `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}`),
    );
    holidaysByYear.set(year, holidays);
  }
  return holidays;
}

/** The Paris calendar day an instant falls on. */
export function parisDay(instant: Date): CalendarDay {
  const paris = new TZDate(instant.getTime(), BUSINESS_TIME_ZONE);
  return `${paris.getFullYear()}-${pad(paris.getMonth() + 1)}-${pad(paris.getDate())}`;
}

function parts(day: CalendarDay): [number, number, number] {
  const [year, month, date] = day.split('-').map(Number);
  return [year, month, date];
}

/** The next calendar day (plain calendar arithmetic, no time zone involved). */
export function nextDay(day: CalendarDay): CalendarDay {
  const [year, month, date] = parts(day);
  const next = new Date(Date.UTC(year, month - 1, date + 1));
  return next.toISOString().slice(0, 10);
}

export function isPublicHoliday(day: CalendarDay): boolean {
  return holidaysOf(parts(day)[0]).has(day);
}

/** Monday to Friday, French public holidays excluded. */
export function isWorkingDay(day: CalendarDay): boolean {
  const [year, month, date] = parts(day);
  const weekday = new Date(Date.UTC(year, month - 1, date)).getUTCDay();
  return weekday !== 0 && weekday !== 6 && !isPublicHoliday(day);
}

/** `day` itself when it is worked, otherwise the first working day after it (a weekend, a public holiday). */
export function workingDayFrom(day: CalendarDay): CalendarDay {
  let current = day;
  while (!isWorkingDay(current)) current = nextDay(current);
  return current;
}

/** `days` calendar days after `day`, moved on to a working day: where a « in 7 days » follow-up lands. */
export function followUpDay(day: CalendarDay, days: number): CalendarDay {
  const [year, month, date] = parts(day);
  return workingDayFrom(new Date(Date.UTC(year, month - 1, date + days)).toISOString().slice(0, 10));
}

/** The n-th working day strictly after `day`. */
export function addWorkingDays(day: CalendarDay, count: number): CalendarDay {
  let current = day;
  for (let added = 0; added < count;) {
    current = nextDay(current);
    if (isWorkingDay(current)) added++;
  }
  return current;
}

/** Working days d with from < d ≤ to: how many working days an interval consumed. */
export function workingDaysBetween(from: CalendarDay, to: CalendarDay): number {
  let count = 0;
  for (let current = from; current < to;) {
    current = nextDay(current);
    if (isWorkingDay(current)) count++;
  }
  return count;
}

/** The last instant of a Paris calendar day (23:59:59.999 local time, DST included). */
export function endOfParisDay(day: CalendarDay): Date {
  const [year, month, date] = parts(day);
  return new Date(new TZDate(year, month - 1, date, 23, 59, 59, 999, BUSINESS_TIME_ZONE).getTime());
}

/** The first instant of a Paris calendar day. */
export function startOfParisDay(day: CalendarDay): Date {
  const [year, month, date] = parts(day);
  return new Date(new TZDate(year, month - 1, date, 0, 0, 0, 0, BUSINESS_TIME_ZONE).getTime());
}

/**
 * When an information request is due: the end of the n-th working day after the day it was
 * received (Paris calendar), n = 5 by default.
 */
export function requestDueAt(receivedAt: Date, workingDays: number): Date {
  return endOfParisDay(addWorkingDays(parisDay(receivedAt), workingDays));
}

/**
 * The clock pauses while a request waits on its requester: the due date moves by the working days
 * spent waiting (from the day waiting began to the day it ended).
 */
export function dueAtAfterWaiting(dueAt: Date, waitingSince: Date, resumedAt: Date): Date {
  const spent = workingDaysBetween(parisDay(waitingSince), parisDay(resumedAt));
  return spent === 0 ? dueAt : endOfParisDay(addWorkingDays(parisDay(dueAt), spent));
}
