import { useQuery } from '@tanstack/react-query';
import { useDataProvider } from 'react-admin';
import type { Dashboard } from '@resacoop/domain';
import type { ResacoopDataProvider } from '../providers/dataProvider';

export function useDashboard() {
  const dataProvider = useDataProvider<ResacoopDataProvider>();
  return useQuery({ queryKey: ['dashboard'], queryFn: () => dataProvider.read<Dashboard>('dashboard') });
}
