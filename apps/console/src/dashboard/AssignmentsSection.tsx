import { useTranslate } from 'react-admin';
import { DashboardItems, DashboardSection } from './DashboardSection';
import { showPage } from './listLinks';
import type { Dashboard } from '@resacoop/domain';
import { useDates } from './useDates';

/**
 * "Propositions de relais non confirmées": for a relay user, the cases proposed to their relay awaiting
 * their answer; for staff, their cases whose relay has not answered yet. Each opens its case, where
 * the relay panel holds the answer. No "Tout voir": the console has no list of assignments.
 */
export const AssignmentsSection = ({ assignments, relayPortal }: { assignments: Dashboard['assignments']; relayPortal: boolean }) => {
  const translate = useTranslate();
  const dates = useDates();
  const items = assignments.unacknowledged.map((assignment) => ({
    key: String(assignment.id),
    to: showPage('cases', assignment.caseId),
    primary: `${assignment.caseReference} · ${assignment.projectTitle}`,
    secondary: relayPortal
      ? translate('resacoop.dashboard.assignments.proposed_on', { date: dates.instant(assignment.assignedAt) })
      : translate('resacoop.dashboard.assignments.proposed_to', {
          relay: assignment.relayName,
          date: dates.instant(assignment.assignedAt),
        }),
  }));
  return (
    <DashboardSection
      title={relayPortal ? 'resacoop.dashboard.assignments.title_relay' : 'resacoop.dashboard.assignments.title'}
      count={assignments.count}
    >
      <DashboardItems items={items} empty="resacoop.dashboard.assignments.empty" />
    </DashboardSection>
  );
};
