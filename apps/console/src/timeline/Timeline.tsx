import CallIcon from '@mui/icons-material/Call';
import EmailIcon from '@mui/icons-material/Email';
import GroupsIcon from '@mui/icons-material/Groups';
import NotesIcon from '@mui/icons-material/Notes';
import SwapHorizIcon from '@mui/icons-material/SwapHoriz';
import TimelineIcon from '@mui/icons-material/Timeline';
import { Avatar, Box, List, ListItem, ListItemAvatar, Stack, Typography } from '@mui/material';
import type { ReactElement } from 'react';
import {
  ListBase,
  Pagination,
  RecordContextProvider,
  ReferenceField,
  TextField,
  useCanAccess,
  useListContext,
  useRecordContext,
  useTranslate,
  WithListContext,
} from 'react-admin';
import { INTERACTION_KIND_LABELS, type InteractionKind } from '@resacoop/domain';
import { DateTimeField } from '../common/fields';
import { useDomainLocale } from '../common/locale';
import { ownerFilter, type TimelineOwner } from './interactionPayload';

const KIND_ICONS: Record<InteractionKind, ReactElement> = {
  note: <NotesIcon fontSize="small" />,
  call: <CallIcon fontSize="small" />,
  email: <EmailIcon fontSize="small" />,
  meeting: <GroupsIcon fontSize="small" />,
  status_change: <SwapHorizIcon fontSize="small" />,
  stage_change: <TimelineIcon fontSize="small" />,
};

const PER_PAGE = 25;

/**
 * One entry: what kind, who (for those who may read the team's names), when, how long, and what was said.
 * On a case, the only status changes the API writes are its relay's (handed over, accepted, declined,
 * completed, withdrawn): they read « Relais », not « Changement de statut ».
 */
const Entry = ({ showAuthor, onCase }: { showAuthor: boolean; onCase: boolean }) => {
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
            {onCase && kind === 'status_change'
              ? translate('resacoop.timeline.relay_change')
              : (INTERACTION_KIND_LABELS[kind]?.[locale] ?? kind)}
          </Typography>
          {showAuthor && (
            <ReferenceField source="authorId" reference="users" link={false} emptyText={translate('resacoop.history.system')}>
              <TextField source="fullName" color="text.secondary" />
            </ReferenceField>
          )}
          <DateTimeField source="occurredAt" color="text.secondary" />
          {entry.minutesSpent > 0 && (
            <Typography variant="body2" color="text.secondary" component="span">
              {translate('resacoop.timeline.minutes', { smart_count: entry.minutesSpent })}
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

const Entries = ({ onCase }: { onCase: boolean }) => {
  const { data, total } = useListContext();
  // Relay users may not read the team's user records: their timeline shows no names.
  const { canAccess: showAuthor = false } = useCanAccess({ resource: 'users', action: 'show' });
  if (!data) return null;
  return (
    <>
      <List dense disablePadding>
        {data.map((entry) => (
          <RecordContextProvider key={entry.id} value={entry}>
            <Entry showAuthor={showAuthor} onCase={onCase} />
          </RecordContextProvider>
        ))}
      </List>
      {(total ?? 0) > PER_PAGE && <Pagination rowsPerPageOptions={[PER_PAGE]} />}
    </>
  );
};

const TITLES = { requestId: 'resacoop.requests.timeline', caseId: 'resacoop.cases.timeline' } as const;

/**
 * The interactions of a request or a case, newest first
 * (`GET /api/interactions?filter={"requestId":…}` or `{"caseId":…}`).
 */
export const Timeline = (owner: TimelineOwner) => {
  const translate = useTranslate();
  const filter = ownerFilter(owner);
  const title = translate('caseId' in filter ? TITLES.caseId : TITLES.requestId);
  return (
    <Box component="section" aria-label={title} sx={{ mt: 2 }}>
      <Typography variant="h6" component="h2" gutterBottom>
        {title}
      </Typography>
      <ListBase
        resource="interactions"
        filter={filter}
        sort={{ field: 'occurredAt', order: 'DESC' }}
        perPage={PER_PAGE}
        disableSyncWithLocation
      >
        <WithListContext
          render={({ isPending, total }) =>
            !isPending && total === 0 ? (
              <Typography variant="body2">{translate('resacoop.timeline.empty')}</Typography>
            ) : (
              <Entries onCase={'caseId' in filter} />
            )
          }
        />
      </ListBase>
    </Box>
  );
};
