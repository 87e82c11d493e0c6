import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useDataProvider } from 'react-admin';
import type { KeyFigures } from '@resacoop/domain';
import type { ResacoopDataProvider } from '../providers/dataProvider';
import type { Period } from './usePeriod';

/** A published year, as `GET /api/reports/publications` lists them. */
export interface Publication {
  year: number;
  publishedAt: string;
  publishedById: number | null;
  publishedByName: string | null;
}

/** What `GET /api/reports/key-figures` answers: the frozen figures of a published year come with today's when these differ. */
export interface KeyFiguresView {
  figures: KeyFigures;
  publication: Publication | null;
  live: KeyFigures | null;
}

const REPORTS_KEY = ['reports'];

const periodQuery = (period: Period) => new URLSearchParams({ from: period.from, to: period.to }).toString();

const keyFiguresPath = (period: Period) => `reports/key-figures?${periodQuery(period)}`;
export const keyFiguresCsvPath = (period: Period) => `reports/key-figures/export.csv?${periodQuery(period)}`;

/** The key figures of a period; none asked while the period is not known yet (`null`). */
export function useKeyFigures(period: Period | null) {
  const dataProvider = useDataProvider<ResacoopDataProvider>();
  return useQuery({
    queryKey: [...REPORTS_KEY, 'key-figures', period?.from, period?.to],
    queryFn: () => dataProvider.read<KeyFiguresView>(keyFiguresPath(period as Period)),
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
    mutationFn: (year: number) => dataProvider.act<Publication>('reports/publications', { year }),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: REPORTS_KEY }),
  });
}
