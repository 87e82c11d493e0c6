import { useQuery } from '@tanstack/react-query';
import { useDataProvider, type Identifier } from 'react-admin';
import type { RequestStatus } from '@resacoop/domain';
import type { ResacoopDataProvider } from '../providers/dataProvider';

/** One of the user's own open requests. */
export interface DashboardRequest {
  id: Identifier;
  reference: string;
  subject: string;
  status: RequestStatus;
  dueAt: string;
}

/** A case the user advises (a relay user: a case of their relay) with its next follow-up day. */
export interface DashboardCase {
  id: Identifier;
  reference: string;
  projectTitle: string;
  nextFollowUpAt: string;
}

/** A proposal to a relay not yet acknowledged: awaiting the relay user's answer, or on a staff member's case. */
export interface DashboardAssignment {
  id: Identifier;
  caseId: Identifier;
  caseReference: string;
  projectTitle: string;
  relayId: Identifier;
  relayName: string;
  assignedAt: string;
}

export interface YearFigures {
  year: number;
  requests: number;
  casesOpened: number;
  casesActive: number;
  casesThroughRelay: number;
  answeredWithinDuePercent: number | null;
}

/** What `GET /api/dashboard` answers: at most 10 items per list, the counts being the totals. "Due soon": within 2 working days. */
export interface DashboardData {
  requests: { overdue: DashboardRequest[]; overdueCount: number; dueSoon: DashboardRequest[]; dueSoonCount: number };
  followUps: { overdue: DashboardCase[]; overdueCount: number; dueSoon: DashboardCase[]; dueSoonCount: number };
  assignments: { unacknowledged: DashboardAssignment[]; count: number };
  /** This year's headline figures; none for a relay user. */
  figures: YearFigures | null;
}

export function useDashboard() {
  const dataProvider = useDataProvider<ResacoopDataProvider>();
  return useQuery({ queryKey: ['dashboard'], queryFn: () => dataProvider.read<DashboardData>('dashboard') });
}
