import { Alert, Box, Typography } from '@mui/material';
import { PageLoading } from '../common/PageLoading';
import { Title, useGetIdentity, usePermissions, useTranslate } from 'react-admin';
import { isRelayPortal, may, type Permissions } from '../providers/authProvider';
import { AssignmentsSection } from './AssignmentsSection';
import { FollowUpsSection } from './FollowUpsSection';
import { MailboxesDownAlert } from './MailboxesDownAlert';
import { DueSoonRequestsSection, OverdueRequestsSection } from './RequestsSections';
import { useDashboard } from './useDashboard';
import { YearFiguresSection } from './YearFiguresSection';

/**
 * The home page: what needs the user today (their overdue and due-soon requests and follow-ups,
 * the relay proposals not answered yet), then this year's headline figures. A relay user has no
 * requests and no figures: their follow-ups and the proposals awaiting their answer. Above them,
 * for the team, any mailbox of the desk the worker cannot reach.
 */
export const DashboardPage = () => {
  const translate = useTranslate();
  const { identity } = useGetIdentity();
  const { permissions, isPending: permissionsPending } = usePermissions<Permissions>();
  const { data, isPending, error } = useDashboard();
  const relayPortal = isRelayPortal(permissions);
  return (
    <Box sx={{ mt: 2, mb: 4 }}>
      <Title title={translate('ra.page.dashboard')} />
      <Typography variant="h5" component="h1" gutterBottom>
        {translate('resacoop.dashboard.welcome', { name: identity?.fullName ?? '' })}
      </Typography>
      {isPending || permissionsPending || !identity ? (
        <PageLoading />
      ) : error || !data ? (
        <Alert severity="error">{translate('resacoop.dashboard.load_error')}</Alert>
      ) : (
        <>
          <MailboxesDownAlert mailboxes={data.mailboxesDown} />
          <Box sx={{ display: 'grid', gridTemplateColumns: { xs: '1fr', md: 'repeat(2, minmax(0, 1fr))' }, gap: 2 }}>
            {!relayPortal && (
              <>
                <OverdueRequestsSection requests={data.requests} me={identity.id} />
                <DueSoonRequestsSection requests={data.requests} me={identity.id} />
              </>
            )}
            <FollowUpsSection followUps={data.followUps} me={relayPortal ? null : identity.id} />
            <AssignmentsSection assignments={data.assignments} relayPortal={relayPortal} />
            {data.figures && (
              <Box sx={{ gridColumn: '1 / -1' }}>
                <YearFiguresSection figures={data.figures} canOpenReport={may(permissions, 'read', 'reports')} />
              </Box>
            )}
          </Box>
        </>
      )}
    </Box>
  );
};
