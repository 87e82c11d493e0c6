import { useMemo } from 'react';
import { useTranslate } from 'react-admin';
import { yearOfPeriod, type CalendarDay } from '@resacoop/domain';
import { useIntlLocale } from '../common/locale';
import type { Period } from './usePeriod';

/** How a figure reads: a count, a duration in hours, or a share in percent (whose differences are points). */
export type FigureUnit = 'count' | 'hours' | 'percent';

/** The translation writing a number with its unit; a count has none. */
const UNIT_KEYS: Record<FigureUnit, { value: string | null; delta: string | null }> = {
  count: { value: null, delta: null },
  hours: { value: 'resacoop.reports.units.hours', delta: 'resacoop.reports.units.hours' },
  percent: { value: 'resacoop.reports.units.percent', delta: 'resacoop.reports.units.points' },
};

/** A calendar day read as a date of the browser's calendar (no time zone shift). */
const dateOfDay = (day: CalendarDay) => new Date(`${day.slice(0, 10)}T00:00:00`);

/** Numbers, dates and periods written in the console's language. */
export function useReportFormat() {
  const translate = useTranslate();
  const locale = useIntlLocale();
  return useMemo(() => {
    const whole = new Intl.NumberFormat(locale, { maximumFractionDigits: 0 });
    const oneDecimal = new Intl.NumberFormat(locale, { maximumFractionDigits: 1 });
    const signedWhole = new Intl.NumberFormat(locale, { maximumFractionDigits: 0, signDisplay: 'exceptZero' });
    const signedDecimal = new Intl.NumberFormat(locale, { maximumFractionDigits: 1, signDisplay: 'exceptZero' });
    const withUnit = (key: string | null, value: string) => (key === null ? value : translate(key, { value }));
    const day = (value: CalendarDay) => dateOfDay(value).toLocaleDateString(locale, { dateStyle: 'short' });
    return {
      count: (value: number) => whole.format(value),
      figure: (value: number | null, unit: FigureUnit) =>
        value === null ? translate('resacoop.empty_value') : withUnit(UNIT_KEYS[unit].value, (unit === 'hours' ? oneDecimal : whole).format(value)),
      delta: (value: number, unit: FigureUnit) => withUnit(UNIT_KEYS[unit].delta, (unit === 'hours' ? signedDecimal : signedWhole).format(value)),
      instant: (value: string) => new Date(value).toLocaleDateString(locale, { dateStyle: 'long' }),
      /** "2023" for a calendar year, else "du 01/03/2024 au 30/06/2024". */
      period: ({ from, to }: Period) => {
        const year = yearOfPeriod(from, to);
        return year !== null ? String(year) : translate('resacoop.reports.period_label', { from: day(from), to: day(to) });
      },
      /** "en 2023" for a calendar year, else "du 01/03/2024 au 30/06/2024": when a figure's cases were opened, closed… */
      during: ({ from, to }: Period) => {
        const year = yearOfPeriod(from, to);
        return year !== null ? translate('resacoop.reports.during_year', { year }) : translate('resacoop.reports.period_label', { from: day(from), to: day(to) });
      },
      /** A `YYYY-MM` month, short; the year is added when the period spans more than one. */
      month: (month: string, withYear: boolean) =>
        dateOfDay(`${month}-01`).toLocaleDateString(locale, withYear ? { month: 'short', year: 'numeric' } : { month: 'short' }),
    };
  }, [locale, translate]);
}

export type ReportFormat = ReturnType<typeof useReportFormat>;
