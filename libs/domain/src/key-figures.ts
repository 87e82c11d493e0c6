import type { AssignmentStatus } from './cases';
import type { CalendarDay } from './working-days';

/** One line of a breakdown: a code (null when the record has none), its count and its share of the base. */
export interface Share {
  key: string | null;
  count: number;
  /** Whole percent of the base, rounded as the annual report prints it (77 of 134 → 57). */
  percent: number;
}

/** Counts by one dimension, every reference code listed (zeros included) in reference order. */
export interface Breakdown {
  /** What the percentages are of: the number of records counted (a case in two zones counts once here). */
  base: number;
  items: Share[];
}

export interface MonthCount {
  /** `YYYY-MM`, Paris calendar. */
  month: string;
  count: number;
}

export interface RelayActivity {
  relayId: number;
  relayName: string;
  total: number;
  byStatus: Record<AssignmentStatus, number>;
}

/** The annual key figures ("Chiffres clés") of a period, as the API computes them and a publication freezes them. */
export interface KeyFigures {
  period: { from: CalendarDay; to: CalendarDay };
  requests: {
    /** Received in the period. */
    total: number;
    bySite: Breakdown;
    byChannel: Breakdown;
    byTopic: Breakdown;
    byMonth: MonthCount[];
    /** Median time from receipt to the first response, in hours; null when none was answered. */
    medianFirstResponseHours: number | null;
    /** Among the requests whose outcome is known (answered, or past their due date), those answered by the due date. */
    answeredWithinDue: { count: number; of: number; percent: number | null };
  };
  cases: {
    /** Opened in the period; the breakdowns below are of these. */
    opened: number;
    /** Open or on hold at some point of the period. */
    active: number;
    /** Closed in the period. */
    closed: number;
    /** Opened in the period and led by the team alone. */
    ledByTeam: number;
    /** Opened in the period and supported in the départements through a relay (assignment accepted or completed). */
    throughRelay: number;
    byStage: Breakdown;
    byZone: Breakdown;
    byDepartement: Breakdown;
    byOrganisationType: Breakdown;
    /** The world zones of the cases supported through a relay, as the annual report prints them. */
    throughRelayByZone: Breakdown;
    /** Outcomes of the cases closed in the period. */
    byOutcome: Breakdown;
    byMonth: MonthCount[];
  };
  assignments: {
    /** Proposed to a relay in the period. */
    total: number;
    byRelay: RelayActivity[];
  };
  /** Time recorded in the period: on requests received in it, and on case interactions that occurred in it. */
  minutesSpent: { requests: number; cases: number; total: number };
  events: EventFigures;
}

/**
 * The collective events ("temps collectifs") starting in the period, cancelled ones excepted, as
 * the activity report counts them. The breakdowns are of the events RESACOOP organised or
 * co-organised (an event of two themes counts in each; an online one has no département).
 */
export interface EventFigures {
  /** Organised or co-organised by RESACOOP. */
  hosted: number;
  /** Events of others where RESACOOP spoke. */
  asSpeaker: number;
  /** Events of others RESACOOP took part in. */
  asParticipant: number;
  /** At the hosted events: registrations marked attended, plus the head counts of people not registered one by one. */
  participants: number;
  /** Distinct organisations with at least one attendee at a hosted event. */
  organisations: number;
  /** Of those organisations, the associations (type `association`), and their share. */
  associations: { count: number; percent: number };
  byKind: Breakdown;
  byTheme: Breakdown;
  byDepartement: Breakdown;
  byMonth: MonthCount[];
}

/** Whole percent, halves rounded up; 0 of 0 is 0. */
export function percentOf(count: number, base: number): number {
  return base === 0 ? 0 : Math.round((count * 100) / base);
}

/**
 * A breakdown listing every code in order (zeros included) and, after them, any key the data holds
 * that the reference list does not (a record without a département, say).
 */
export function breakdown(codes: readonly string[], counts: ReadonlyMap<string | null, number>, base: number): Breakdown {
  const keys: (string | null)[] = [...codes, ...[...counts.keys()].filter((key) => key === null || !codes.includes(key))];
  return { base, items: keys.map((key) => ({ key, count: counts.get(key) ?? 0, percent: percentOf(counts.get(key) ?? 0, base) })) };
}

/** Every month of a period, so a chart shows the empty ones too. */
export function monthsOf(from: CalendarDay, to: CalendarDay): string[] {
  const months: string[] = [];
  let [year, month] = from.split('-').map(Number);
  const [lastYear, lastMonth] = to.split('-').map(Number);
  while (year < lastYear || (year === lastYear && month <= lastMonth)) {
    months.push(`${year}-${String(month).padStart(2, '0')}`);
    month += 1;
    if (month > 12) {
      year += 1;
      month = 1;
    }
  }
  return months;
}

/** The calendar year as a period. */
export function yearPeriod(year: number): { from: CalendarDay; to: CalendarDay } {
  return { from: `${year}-01-01`, to: `${year}-12-31` };
}

/** The year a period covers exactly, if it is one calendar year (what a publication freezes). */
export function yearOfPeriod(from: CalendarDay, to: CalendarDay): number | null {
  const year = Number(from.slice(0, 4));
  return from === `${year}-01-01` && to === `${year}-12-31` ? year : null;
}

const DAY_MS = 86_400_000;
const dayNumber = (day: CalendarDay) => Date.UTC(Number(day.slice(0, 4)), Number(day.slice(5, 7)) - 1, Number(day.slice(8, 10))) / DAY_MS;
const dayOfNumber = (value: number) => new Date(value * DAY_MS).toISOString().slice(0, 10);

/** The period to compare with: the previous year for a calendar year, otherwise the same number of days just before. */
export function previousPeriod(from: CalendarDay, to: CalendarDay): { from: CalendarDay; to: CalendarDay } {
  const year = yearOfPeriod(from, to);
  if (year !== null) return yearPeriod(year - 1);
  const length = dayNumber(to) - dayNumber(from) + 1;
  return { from: dayOfNumber(dayNumber(from) - length), to: dayOfNumber(dayNumber(from) - 1) };
}
