import { Navigate } from 'react-router';
import { Card, CardContent, Typography } from '@mui/material';
import { Title, useGetIdentity, usePermissions, useTranslate } from 'react-admin';
import { isRelayPortal, type Permissions } from '../providers/authProvider';

/** The home page: a greeting, and a word for users to whom nothing is open yet; a relay user's home is their cases. */
export const Dashboard = () => {
  const translate = useTranslate();
  const { identity } = useGetIdentity();
  const { permissions } = usePermissions<Permissions>();
  if (isRelayPortal(permissions)) return <Navigate to="/cases" replace />;
  const hasAnything = Object.values(permissions ?? {}).some((actions) => actions && actions.includes('list'));
  return (
    <Card sx={{ mt: 2 }}>
      <Title title={translate('ra.page.dashboard')} />
      <CardContent>
        <Typography variant="h5" component="h1" gutterBottom>
          {translate('resacoop.dashboard.welcome', { name: identity?.fullName ?? '' })}
        </Typography>
        <Typography>{translate(hasAnything ? 'resacoop.dashboard.intro' : 'resacoop.dashboard.nothing')}</Typography>
      </CardContent>
    </Card>
  );
};
