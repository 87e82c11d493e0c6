import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useDataProvider } from 'react-admin';
import type { ResacoopDataProvider } from '../providers/dataProvider';
import type { Period } from './usePeriod';

export type { KeyFiguresView, Publication } from '../providers/api.generated';

const REPORTS_KEY = ['reports'];

const periodQuery = (period: Period) => new URLSearchParams({ from: period.from, to: period.to }).toString();

export const keyFiguresCsvPath = (period: Period) => `reports/key-figures/export.csv?${periodQuery(period)}`;

/** The key figures of a period; none asked while the period is not known yet (`null`). */
export function useKeyFigures(period: Period | null) {
  const dataProvider = useDataProvider<ResacoopDataProvider>();
  return useQuery({
    queryKey: [...REPORTS_KEY, 'key-figures', period?.from, period?.to],
    queryFn: () => dataProvider.keyFigures(period as Period),
    enabled: period !== null,
    // The figures of the period left stay on screen, dimmed, while the next ones are computed.
    placeholderData: keepPreviousData,
    // A wrong date is the reader's to fix, not a network hiccup to retry.
    retry: false,
  });
}

export function usePublishYear() {
  const dataProvider = useDataProvider<ResacoopDataProvider>();
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (year: number) => dataProvider.publishYear({ year }),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: REPORTS_KEY }),
  });
}
