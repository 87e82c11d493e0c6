import type { Identifier } from 'react-admin';
import { useTranslate } from 'react-admin';
import { DashboardItems, DashboardSection } from './DashboardSection';
import { filteredList, showPage } from './listLinks';
import type { Dashboard, DashboardRequest } from '@resacoop/domain';
import { useDates } from './useDates';

const useRequestItems = (requests: DashboardRequest[]) => {
  const translate = useTranslate();
  const dates = useDates();
  return requests.map((request) => ({
    key: String(request.id),
    to: showPage('requests', request.id),
    primary: `${request.reference} · ${request.subject}`,
    secondary: translate('resacoop.dashboard.due_on', { date: dates.instant(request.dueAt) }),
  }));
};

interface SectionProps {
  requests: Dashboard['requests'];
  me: Identifier;
}

/** "Mes demandes en retard": the user's open requests past their due date. */
export const OverdueRequestsSection = ({ requests, me }: SectionProps) => (
  <DashboardSection
    title="resacoop.dashboard.overdue_requests.title"
    count={requests.overdueCount}
    seeAll={filteredList('requests', { assigneeId: me, overdue: true })}
  >
    <DashboardItems items={useRequestItems(requests.overdue)} empty="resacoop.dashboard.overdue_requests.empty" overdue />
  </DashboardSection>
);

/** "Mes demandes à échéance proche": due within the next two working days; the list shows all open ones by due date. */
export const DueSoonRequestsSection = ({ requests, me }: SectionProps) => (
  <DashboardSection
    title="resacoop.dashboard.due_soon_requests.title"
    count={requests.dueSoonCount}
    seeAll={filteredList('requests', { assigneeId: me, open: true })}
  >
    <DashboardItems items={useRequestItems(requests.dueSoon)} empty="resacoop.dashboard.due_soon_requests.empty" />
  </DashboardSection>
);
