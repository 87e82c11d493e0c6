import { useCallback } from 'react';
import { useSearchParams } from 'react-router';
import { yearPeriod, type CalendarDay } from '@resacoop/domain';

export interface Period {
  from: CalendarDay;
  to: CalendarDay;
}

export const currentYear = () => new Date().getFullYear();

/**
 * The period shown and whether it is compared with the previous one, kept in the address
 * (`/reports?from=2024-01-01&to=2024-12-31&compare=1`) so a view can be bookmarked or shared.
 * Without them: the current calendar year, as the API defaults.
 */
export function usePeriod() {
  const [params, setParams] = useSearchParams();
  const defaults = yearPeriod(currentYear());
  const period: Period = { from: params.get('from') ?? defaults.from, to: params.get('to') ?? defaults.to };
  const compare = params.get('compare') === '1';

  const setPeriod = useCallback(
    (next: Period) =>
      setParams(
        (previous) => {
          previous.set('from', next.from);
          previous.set('to', next.to);
          return previous;
        },
        { replace: true },
      ),
    [setParams],
  );
  const setCompare = useCallback(
    (next: boolean) =>
      setParams(
        (previous) => {
          if (next) previous.set('compare', '1');
          else previous.delete('compare');
          return previous;
        },
        { replace: true },
      ),
    [setParams],
  );
  return { period, compare, setPeriod, setCompare };
}
