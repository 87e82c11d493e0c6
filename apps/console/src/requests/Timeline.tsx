import CallIcon from '@mui/icons-material/Call';
import EmailIcon from '@mui/icons-material/Email';
import GroupsIcon from '@mui/icons-material/Groups';
import NotesIcon from '@mui/icons-material/Notes';
import SwapHorizIcon from '@mui/icons-material/SwapHoriz';
import TimelineIcon from '@mui/icons-material/Timeline';
import { Avatar, Box, List, ListItem, ListItemAvatar, Stack, Typography } from '@mui/material';
import type { ReactElement } from 'react';
import {
  Pagination,
  RecordContextProvider,
  ReferenceField,
  ReferenceManyField,
  TextField,
  useListContext,
  useRecordContext,
  useTranslate,
} from 'react-admin';
import { INTERACTION_KIND_LABELS, type InteractionKind } from '@resacoop/domain';
import { DateTimeField } from '../common/fields';
import { useDomainLocale } from '../common/locale';

const KIND_ICONS: Record<InteractionKind, ReactElement> = {
  note: <NotesIcon fontSize="small" />,
  call: <CallIcon fontSize="small" />,
  email: <EmailIcon fontSize="small" />,
  meeting: <GroupsIcon fontSize="small" />,
  status_change: <SwapHorizIcon fontSize="small" />,
  stage_change: <TimelineIcon fontSize="small" />,
};

const PER_PAGE = 25;

/** One entry: what kind, who, when, how long, and what was said. */
const Entry = () => {
  const entry = useRecordContext();
  const translate = useTranslate();
  const locale = useDomainLocale();
  if (!entry) return null;
  const kind = entry.kind as InteractionKind;
  const automatic = kind === 'status_change' || kind === 'stage_change';
  return (
    <ListItem alignItems="flex-start" divider disableGutters>
      <ListItemAvatar sx={{ minWidth: 48 }}>
        <Avatar sx={{ width: 32, height: 32, bgcolor: automatic ? 'grey.400' : 'primary.main' }}>{KIND_ICONS[kind]}</Avatar>
      </ListItemAvatar>
      <Box sx={{ flex: 1, minWidth: 0 }}>
        <Stack direction="row" gap={1} alignItems="baseline" flexWrap="wrap">
          <Typography variant="subtitle2" component="span">
            {INTERACTION_KIND_LABELS[kind]?.[locale] ?? kind}
          </Typography>
          <ReferenceField source="authorId" reference="users" link={false} emptyText={translate('resacoop.history.system')}>
            <TextField source="fullName" color="text.secondary" />
          </ReferenceField>
          <DateTimeField source="occurredAt" color="text.secondary" />
          {entry.minutesSpent > 0 && (
            <Typography variant="body2" color="text.secondary" component="span">
              {translate('resacoop.requests.minutes', { smart_count: entry.minutesSpent })}
            </Typography>
          )}
        </Stack>
        <Typography
          variant="body2"
          sx={{ whiteSpace: 'pre-wrap', overflowWrap: 'anywhere', color: automatic ? 'text.secondary' : 'text.primary' }}
        >
          {entry.body}
        </Typography>
      </Box>
    </ListItem>
  );
};

const Entries = () => {
  const { data, total } = useListContext();
  if (!data) return null;
  return (
    <>
      <List dense disablePadding>
        {data.map((entry) => (
          <RecordContextProvider key={entry.id} value={entry}>
            <Entry />
          </RecordContextProvider>
        ))}
      </List>
      {(total ?? 0) > PER_PAGE && <Pagination rowsPerPageOptions={[PER_PAGE]} />}
    </>
  );
};

/** The request's interactions, newest first (`GET /api/interactions?filter={"requestId":…}`). */
export const Timeline = () => {
  const translate = useTranslate();
  const record = useRecordContext();
  if (!record) return null;
  return (
    <Box component="section" aria-label={translate('resacoop.requests.timeline')} sx={{ mt: 2 }}>
      <Typography variant="h6" component="h2" gutterBottom>
        {translate('resacoop.requests.timeline')}
      </Typography>
      <ReferenceManyField
        reference="interactions"
        target="requestId"
        sort={{ field: 'occurredAt', order: 'DESC' }}
        perPage={PER_PAGE}
        empty={<Typography variant="body2">{translate('resacoop.requests.timeline_empty')}</Typography>}
      >
        <Entries />
      </ReferenceManyField>
    </Box>
  );
};
