/**
 * What every text and date a client sends must be before it is stored or compared: the rules all
 * fields share, so no field can let through what PostgreSQL refuses or what JavaScript's Date
 * quietly moves to another day.
 */

/** A lone half of a UTF-16 surrogate pair: not a character, and not encodable as UTF-8. */
const LONE_SURROGATE = /[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/;

/** Text PostgreSQL stores as sent: no NUL character (refused in `text`) and no lone surrogate (turned into U+FFFD). */
export function isStorableText(text: string): boolean {
  return !text.includes('\u0000') && !LONE_SURROGATE.test(text);
}

const CALENDAR_DAY = /^(\d{4})-(\d{2})-(\d{2})$/;
const TIMESTAMP = /^(\d{4})-(\d{2})-(\d{2})(?:T(\d{2}):(\d{2})(?::(\d{2})(?:\.\d{1,9})?)?(Z|[+-](\d{2}):?(\d{2}))?)?$/;

const DAYS_IN_MONTH = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

function daysInMonth(year: number, month: number): number {
  const isLeapYear = year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0);
  return month === 2 && isLeapYear ? 29 : DAYS_IN_MONTH[month - 1];
}

/** Year 1 to 9999 (PostgreSQL has no year 0), month 1 to 12, a day the month has. */
function dayExists(year: string, month: string, day: string): boolean {
  const [y, m, d] = [Number(year), Number(month), Number(day)];
  // Stryker disable next-line ConditionalExpression,LogicalOperator: a month outside 1-12 has no length, so no day would pass either; the bounds say it plainly
  const monthExists = m >= 1 && m <= 12;
  return y >= 1 && monthExists && d >= 1 && d <= daysInMonth(y, m);
}

/** A calendar day `YYYY-MM-DD` that exists: `2024-02-29` is one, `2024-02-30` and `2026-13-01` are not. */
export function isCalendarDay(text: string): boolean {
  const parts = CALENDAR_DAY.exec(text);
  return parts !== null && dayExists(parts[1], parts[2], parts[3]);
}

/**
 * An ISO 8601 date (`2024-03-01`) or date-time (`2024-03-01T09:30`; seconds, their fraction and an
 * offset, `Z`, `+02:00` or `+0200`, optional) whose day and time exist, as the instant it names;
 * null otherwise. Without an offset a date-time is read as JavaScript reads it (local time), a bare
 * date as UTC midnight.
 */
export function parseTimestamp(text: string): Date | null {
  const parts = TIMESTAMP.exec(text);
  // Date refuses an hour past 24, a minute or second 60 and an offset past 23:59 itself (ECMAScript's date-time
  // format): what it quietly moves to another day is a day past the month's end (2024-02-30) and 24:00.
  if (!parts || !dayExists(parts[1], parts[2], parts[3]) || parts[4] === '24') return null;
  const instant = new Date(text);
  return Number.isNaN(instant.getTime()) ? null : instant;
}
