import { useQuery } from '@tanstack/react-query';
import { useDataProvider } from 'react-admin';
import type { ResacoopDataProvider } from '../providers/dataProvider';

/**
 * The home page's one query, shared with the login page, which starts it the moment the login
 * succeeds (layout/LoginPage.tsx). Answers younger than a few seconds are shown without asking
 * again: the one the login fetched is not fetched twice on arrival.
 */
export const dashboardQuery = (dataProvider: Pick<ResacoopDataProvider, 'dashboard'>) => ({
  queryKey: ['dashboard'],
  queryFn: () => dataProvider.dashboard(),
  staleTime: 5_000,
});

export function useDashboard() {
  const dataProvider = useDataProvider<ResacoopDataProvider>();
  return useQuery(dashboardQuery(dataProvider));
}
