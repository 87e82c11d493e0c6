import ChecklistIcon from '@mui/icons-material/Checklist';
import { Box, Typography } from '@mui/material';
import {
  BooleanField,
  Button,
  EditButton,
  Link,
  NumberField,
  ReferenceArrayField,
  ReferenceField,
  Show,
  SingleFieldList,
  ChipField,
  TextField,
  TopToolbar,
  useCanAccess,
  usePermissions,
  useRecordContext,
} from 'react-admin';
import { DEPARTEMENT_LABELS, EVENT_KIND_LABELS, EVENT_ROLE_LABELS, EVENT_THEME_LABELS, SITE_LABELS } from '@resacoop/domain';
import { SdgsField } from '../cases/caseFields';
import { ChipsField, CodeField, DateTimeField } from '../common/fields';
import { FieldSection } from '../common/layout';
import { History } from '../history/History';
import { SignInSheetImportButton } from '../imports';
import { isRelayPortal, type Permissions } from '../providers/authProvider';
import { EventMoveButtons } from './EventMoveButtons';
import { EventRegistrations, HeadCount } from './EventRegistrations';
import { EventStatusField } from './eventFields';
import { EVENT_REFERENCES, EVENT_VALUE_LABELS } from './eventPayload';
import { PublicLinkPanel } from './PublicLinkPanel';

/** To the attendance list, made for a phone at the door. */
const AttendanceButton = () => {
  const record = useRecordContext();
  const { canAccess } = useCanAccess({ resource: 'registrations', action: 'update' });
  if (!record || !canAccess || record.status === 'cancelled') return null;
  return (
    <Button component={Link} to={`/events/${record.id}/attendance`} label="resacoop.events.attendance.button">
      <ChecklistIcon />
    </Button>
  );
};

/** To the import of the event's sign-in sheet (apps/console/src/imports/), but for a cancelled event. */
const SignInSheetButton = () => {
  const record = useRecordContext();
  if (!record || record.status === 'cancelled') return null;
  return <SignInSheetImportButton eventId={Number(record.id)} />;
};

const Actions = () => (
  <TopToolbar>
    <AttendanceButton />
    <SignInSheetButton />
    <EventMoveButtons />
    <EditButton />
  </TopToolbar>
);

const Title = () => {
  const record = useRecordContext();
  if (!record) return null;
  return (
    <Typography variant="h5" component="h1" sx={{ mb: 1 }}>
      {String(record.title)}
    </Typography>
  );
};

/**
 * The event page: what, when, where, who; its public link once published; its head count and
 * registrations; its history. A relay user's events are their relay's: the relay goes unsaid; and
 * a relay user reads only the organisations of its cases, not the co-organisers.
 */
export const EventShow = () => {
  const { permissions } = usePermissions<Permissions>();
  const relayPortal = isRelayPortal(permissions);
  return (
    <Show actions={<Actions />}>
      <Box sx={{ p: 2 }}>
        <Title />
        <PublicLinkPanel />
        <FieldSection title="resacoop.events.sections.what">
          <EventStatusField source="status" />
          <CodeField source="kind" labels={EVENT_KIND_LABELS} />
          <CodeField source="role" labels={EVENT_ROLE_LABELS} />
          <ChipsField source="themes" labels={EVENT_THEME_LABELS} />
          <SdgsField source="sdgs" />
        </FieldSection>
        <FieldSection title="resacoop.events.sections.when" columns={2}>
          <DateTimeField source="startsAt" />
          <DateTimeField source="endsAt" />
        </FieldSection>
        <FieldSection title="resacoop.events.sections.where">
          <BooleanField source="online" looseValue />
          <CodeField source="departement" labels={DEPARTEMENT_LABELS} />
          <TextField source="address" />
        </FieldSection>
        <FieldSection title="resacoop.events.sections.who">
          {!relayPortal && (
            <ReferenceArrayField source="coOrganiserIds" reference="organisations">
              <SingleFieldList linkType="show">
                <ChipField source="name" size="small" />
              </SingleFieldList>
            </ReferenceArrayField>
          )}
          {!relayPortal && <ReferenceField source="relayId" reference="relays" link={false} />}
          <CodeField source="site" labels={SITE_LABELS} />
        </FieldSection>
        <FieldSection title="resacoop.events.sections.training" columns={2}>
          <NumberField source="hours" />
          <TextField source="trainer" />
        </FieldSection>
        <FieldSection title="resacoop.events.sections.public" columns={1}>
          <NumberField source="capacity" />
          <TextField source="publicDescription" sx={{ whiteSpace: 'pre-wrap' }} />
        </FieldSection>
        <HeadCount />
        <EventRegistrations />
        <History entity="event" labels={EVENT_VALUE_LABELS} references={EVENT_REFERENCES} />
      </Box>
    </Show>
  );
};
