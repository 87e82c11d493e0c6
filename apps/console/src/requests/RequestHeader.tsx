import { Box, Divider, Paper, Stack, Typography } from '@mui/material';
import { Labeled, ReferenceField, TextField, useRecordContext, useTranslate } from 'react-admin';
import { SITE_LABELS } from '@resacoop/domain';
import { CodeField } from '../common/fields';
import { AssignToMeButton } from './AssignToMeButton';
import { StatusButtons } from './StatusButtons';
import { DueField, OverdueChip, StatusChip } from './requestFields';
import { isOverdue } from './requestPayload';

/** Reference, status, site, due date, assignee and the case it became at a glance, with what can be done next. */
export const RequestHeader = () => {
  const record = useRecordContext();
  const translate = useTranslate();
  if (!record) return null;
  return (
    <Paper variant="outlined" sx={{ p: 2, mb: 2, ...(isOverdue(record) ? { borderColor: 'error.main' } : {}) }}>
      <Stack direction="row" alignItems="center" gap={1.5} flexWrap="wrap">
        <Typography variant="h5" component="h1">
          {record.reference}
        </Typography>
        <StatusChip status={record.status} size="medium" />
        {isOverdue(record) && <OverdueChip size="medium" />}
      </Stack>
      <Typography variant="subtitle1" component="p" sx={{ mt: 0.5 }}>
        {record.subject}
      </Typography>
      <Stack direction="row" gap={4} flexWrap="wrap" sx={{ mt: 1 }}>
        <Labeled>
          <CodeField source="site" labels={SITE_LABELS} />
        </Labeled>
        <Labeled>
          <DueField source="dueAt" />
        </Labeled>
        <Labeled>
          <ReferenceField source="assigneeId" reference="users" link={false} emptyText={translate('resacoop.requests.unassigned')}>
            <TextField source="fullName" />
          </ReferenceField>
        </Labeled>
        {record.caseId && (
          <Labeled>
            <ReferenceField source="caseId" reference="cases" link="show" />
          </Labeled>
        )}
      </Stack>
      {/* A converted request is followed on its case: nothing left to take or move here. */}
      {record.status !== 'converted' && (
        <>
          <Divider sx={{ my: 1.5 }} />
          <Stack direction="row" alignItems="center" gap={2} flexWrap="wrap">
            <AssignToMeButton />
            <Box sx={{ flex: 1 }}>
              <StatusButtons />
            </Box>
          </Stack>
        </>
      )}
    </Paper>
  );
};
