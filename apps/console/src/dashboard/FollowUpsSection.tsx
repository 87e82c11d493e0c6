import { Typography } from '@mui/material';
import { useTranslate, type Identifier } from 'react-admin';
import { DashboardItems, DashboardSection } from './DashboardSection';
import { filteredList, showPage } from './listLinks';
import type { Dashboard, DashboardCase } from '@resacoop/domain';
import { useDates } from './useDates';

interface FollowUpGroupProps {
  title: string;
  cases: DashboardCase[];
  count: number;
  empty: string;
  overdue?: boolean;
}

const FollowUpGroup = ({ title, cases, count, empty, overdue = false }: FollowUpGroupProps) => {
  const translate = useTranslate();
  const dates = useDates();
  const items = cases.map((supportCase) => ({
    key: String(supportCase.id),
    to: showPage('cases', supportCase.id),
    primary: `${supportCase.reference} · ${supportCase.projectTitle}`,
    secondary: translate('resacoop.dashboard.follow_up_on', { date: dates.day(supportCase.nextFollowUpAt) }),
  }));
  return (
    <>
      <Typography variant="body2" component="h3" sx={{ fontWeight: 600, mt: 1 }}>
        {translate(title, { count })}
      </Typography>
      <DashboardItems items={items} empty={empty} overdue={overdue} />
    </>
  );
};

/**
 * "Mes relances de suivi": the follow-ups overdue then those due soon, of the cases the user advises
 * (a relay user: of their relay's cases, which is all their case list shows).
 */
export const FollowUpsSection = ({ followUps, me }: { followUps: Dashboard['followUps']; me: Identifier | null }) => (
  <DashboardSection
    title="resacoop.dashboard.follow_ups.title"
    count={followUps.overdueCount + followUps.dueSoonCount}
    seeAll={filteredList('cases', me === null ? { followUpOverdue: true } : { adviserId: me, followUpOverdue: true })}
  >
    <FollowUpGroup
      title="resacoop.dashboard.follow_ups.overdue"
      cases={followUps.overdue}
      count={followUps.overdueCount}
      empty="resacoop.dashboard.follow_ups.overdue_empty"
      overdue
    />
    <FollowUpGroup
      title="resacoop.dashboard.follow_ups.due_soon"
      cases={followUps.dueSoon}
      count={followUps.dueSoonCount}
      empty="resacoop.dashboard.follow_ups.due_soon_empty"
    />
  </DashboardSection>
);
