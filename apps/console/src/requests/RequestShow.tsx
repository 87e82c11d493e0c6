import { Box, Grid } from '@mui/material';
import { EditButton, EmailField, NumberField, ReferenceField, Show, TextField, TopToolbar, WithRecord } from 'react-admin';
import { REQUEST_CHANNEL_LABELS, REQUEST_TOPIC_LABELS } from '@resacoop/domain';
import { CodeField, DateTimeField } from '../common/fields';
import { FieldSection } from '../common/layout';
import { History } from '../history/History';
import { ReplyBox } from '../timeline/ReplyBox';
import { Timeline } from '../timeline/Timeline';
import { ConvertToCaseAction } from './ConvertToCaseButton';
import { EmailThread } from './EmailThread';
import { RequestHeader } from './RequestHeader';
import { REQUEST_REFERENCES, REQUEST_VALUE_LABELS } from './requestPayload';

/** Requests are never deleted: editing and turning into a case are the only actions besides the header's buttons. */
const Actions = () => (
  <TopToolbar>
    <ConvertToCaseAction />
    <EditButton />
  </TopToolbar>
);

const pre = { whiteSpace: 'pre-wrap', overflowWrap: 'anywhere' } as const;

export const RequestShow = () => (
  <Show actions={<Actions />}>
    <Box sx={{ p: 2 }}>
      <RequestHeader />
      <Grid container spacing={3}>
        <Grid size={{ xs: 12, md: 7 }}>
          <FieldSection columns={1}>
            <TextField source="question" sx={pre} />
            <TextField source="answer" sx={pre} />
          </FieldSection>
          <EmailThread />
          <WithRecord
            render={(record) => (
              <>
                <ReplyBox requestId={record.id} />
                <Timeline requestId={record.id} />
              </>
            )}
          />
        </Grid>
        <Grid size={{ xs: 12, md: 5 }}>
          <FieldSection columns={2}>
            <ReferenceField source="contactId" reference="contacts" link="show" />
            <ReferenceField source="organisationId" reference="organisations" link="show" />
            <TextField source="requesterName" />
            <EmailField source="requesterEmail" />
            <CodeField source="channel" labels={REQUEST_CHANNEL_LABELS} />
            <CodeField source="topic" labels={REQUEST_TOPIC_LABELS} />
            <DateTimeField source="receivedAt" />
            <DateTimeField source="firstResponseAt" />
            <DateTimeField source="answeredAt" />
            <DateTimeField source="waitingSince" />
            <NumberField source="minutesSpent" />
            <DateTimeField source="updatedAt" />
          </FieldSection>
        </Grid>
      </Grid>
      <History entity="request" labels={REQUEST_VALUE_LABELS} references={REQUEST_REFERENCES} />
    </Box>
  </Show>
);
