import { useState } from 'react';
import { useParams } from 'react-router';
import SearchIcon from '@mui/icons-material/Search';
import {
  Box,
  InputAdornment,
  List,
  ListItem,
  ListItemText,
  Stack,
  TextField,
  ToggleButton,
  ToggleButtonGroup,
  Typography,
} from '@mui/material';
import { useMutation } from '@tanstack/react-query';
import { Link, RecordContextProvider, Title, useDataProvider, useGetList, useGetOne, useTranslate, type RaRecord } from 'react-admin';
import type { RegistrationStatus } from '@resacoop/domain';
import { PageLoading } from '../common/PageLoading';
import { useIntlLocale } from '../common/locale';
import { useActionErrorHandler } from '../common/saveErrors';
import type { ResacoopDataProvider } from '../providers/dataProvider';
import { RegistrantField, RegistrantOrganisationField } from './eventFields';
import { HeadCountEditor } from './HeadCountEditor';
import { WalkInButton } from './WalkInButton';

/** The API's largest page: an event's registrants, a thousand at most on one screen (the search narrows them). */
const MOST = 1000;

/** Present or absent in one tap; a second tap on the same answer sets it back to "registered". */
const AttendanceToggle = ({ registration }: { registration: RaRecord }) => {
  const translate = useTranslate();
  const dataProvider = useDataProvider<ResacoopDataProvider>();
  const notifyError = useActionErrorHandler();
  const [shown, setShown] = useState<RegistrationStatus>(registration.status);
  const { mutate } = useMutation({
    mutationFn: (status: RegistrationStatus) => dataProvider.markAttendance(registration.id, { status }),
    onError: (error) => {
      setShown(registration.status);
      notifyError(error);
    },
  });
  const tap = (_event: unknown, status: RegistrationStatus | null) => {
    const next = status ?? 'registered';
    setShown(next);
    mutate(next);
  };
  return (
    <ToggleButtonGroup exclusive value={shown} onChange={tap} size="large" aria-label={translate('resacoop.events.attendance.status')}>
      <ToggleButton value="attended" color="success" sx={{ minWidth: 96, minHeight: 48 }}>
        {translate('resacoop.events.attendance.attended')}
      </ToggleButton>
      <ToggleButton value="absent" color="warning" sx={{ minWidth: 96, minHeight: 48 }}>
        {translate('resacoop.events.attendance.absent')}
      </ToggleButton>
    </ToggleButtonGroup>
  );
};

/**
 * Taking attendance at the door, on a phone: the registrants (searched by name, e-mail or
 * organisation), one tap each for present or absent, a walk-in added, and the people counted
 * without registering (the public of a fair).
 */
export const AttendancePage = () => {
  const { id } = useParams<{ id: string }>();
  const translate = useTranslate();
  const locale = useIntlLocale();
  const [q, setQ] = useState('');
  const event = useGetOne('events', { id: id! });
  const registrations = useGetList('registrations', {
    filter: { eventId: Number(id), ...(q.trim() ? { q: q.trim() } : {}) },
    sort: { field: 'name', order: 'ASC' },
    pagination: { page: 1, perPage: MOST },
  });
  if (event.isPending) return <PageLoading />;
  if (!event.data) return null;
  const when = new Date(event.data.startsAt).toLocaleString(locale, { dateStyle: 'full', timeStyle: 'short' });
  const title = translate('resacoop.events.attendance.title');
  return (
    <Box component="section" sx={{ maxWidth: 720, mx: 'auto', p: { xs: 1, sm: 2 } }} aria-label={title}>
      <Title title={title} />
      <Typography variant="h5" component="h1">
        {String(event.data.title)}
      </Typography>
      <Typography variant="body2" color="text.secondary" sx={{ mb: 1 }}>
        {when} · <Link to={`/events/${id}/show`}>{translate('resacoop.events.attendance.back')}</Link>
      </Typography>
      <Stack direction="row" gap={1} alignItems="center" sx={{ my: 1 }}>
        <TextField
          type="search"
          value={q}
          onChange={(change) => setQ(change.target.value)}
          label={translate('resacoop.events.attendance.search')}
          fullWidth
          size="small"
          slotProps={{
            input: {
              startAdornment: (
                <InputAdornment position="start">
                  <SearchIcon />
                </InputAdornment>
              ),
            },
          }}
        />
        <WalkInButton eventId={Number(id)} onAdded={() => registrations.refetch()} />
      </Stack>
      <Typography variant="body2" aria-live="polite">
        {translate('resacoop.events.attendance.shown', { smart_count: registrations.total ?? 0 })}
      </Typography>
      {registrations.isPending ? (
        <PageLoading />
      ) : (
        <List aria-label={translate('resacoop.events.registrations')}>
          {registrations.data?.map((registration) => (
            <RecordContextProvider key={registration.id} value={registration}>
              <ListItem divider disableGutters sx={{ flexWrap: 'wrap', gap: 1, justifyContent: 'space-between' }} data-testid="registrant">
                <ListItemText
                  primary={<RegistrantField />}
                  secondary={<RegistrantOrganisationField />}
                  slotProps={{ secondary: { component: 'span' } }}
                />
                <AttendanceToggle registration={registration} />
              </ListItem>
            </RecordContextProvider>
          ))}
        </List>
      )}
      <HeadCountEditor event={event.data} onSaved={() => event.refetch()} />
    </Box>
  );
};
