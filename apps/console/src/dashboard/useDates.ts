import { useMemo } from 'react';
import { BUSINESS_TIME_ZONE } from '@resacoop/domain';
import { useIntlLocale } from '../common/locale';

/** Due dates and follow-up days written in the console's language, on the Paris calendar the deadlines follow. */
export function useDates() {
  const locale = useIntlLocale();
  return useMemo(
    () => ({
      instant: (value: string) => new Date(value).toLocaleDateString(locale, { dateStyle: 'medium', timeZone: BUSINESS_TIME_ZONE }),
      moment: (value: string) =>
        new Date(value).toLocaleString(locale, { dateStyle: 'medium', timeStyle: 'short', timeZone: BUSINESS_TIME_ZONE }),
      // A day (`YYYY-MM-DD`) has no time zone: read at noon UTC it is the same day everywhere.
      day: (value: string) =>
        new Date(`${value.slice(0, 10)}T12:00:00Z`).toLocaleDateString(locale, { dateStyle: 'medium', timeZone: 'UTC' }),
    }),
    [locale],
  );
}
