import { followUpDay } from '@resacoop/domain';

/** A calendar day as the API writes it (`YYYY-MM-DD`), in the browser's time zone. */
export function dayOf(date: Date): string {
  const pad = (value: number) => String(value).padStart(2, '0');
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}`;
}

/** Today, or `days` days from today. */
export function today(days = 0): string {
  const date = new Date();
  date.setDate(date.getDate() + days);
  return dayOf(date);
}

/** Whether a calendar day is before today (days compare as strings). */
export function isPastDay(day: unknown, now = today()): boolean {
  return typeof day === 'string' && day !== '' && day.slice(0, 10) < now;
}

/**
 * A follow-up `days` days from today, on a working day (Monday to Friday, French public holidays
 * excluded): a « Dans 7 jours » that falls on a Sunday lands on the Monday.
 */
export function followUpIn(days: number): string {
  return followUpDay(today(), days);
}
