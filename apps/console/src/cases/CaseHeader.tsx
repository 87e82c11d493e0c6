import { Alert, Divider, Paper, Stack, Typography } from '@mui/material';
import { Labeled, ReferenceField, TextField, useCanAccess, useRecordContext, useTranslate } from 'react-admin';
import { SITE_LABELS } from '@resacoop/domain';
import { CodeField } from '../common/fields';
import { CaseStatusChip } from './caseFields';
import { isFollowUpOverdue } from './casePayload';
import { CaseAdviser } from './CaseAdviser';
import { FollowUpControl } from './FollowUpControl';
import { StageStepper } from './StageStepper';

/**
 * Reference, status, project, holder, adviser and site at a glance; the stage and the next
 * follow-up to act on, except on a closed case, which takes no follow-up.
 */
export const CaseHeader = () => {
  const record = useRecordContext();
  const translate = useTranslate();
  const { canAccess: mayReadUsers } = useCanAccess({ resource: 'users', action: 'show' });
  if (!record) return null;
  return (
    <Paper variant="outlined" sx={{ p: 2, mb: 2, ...(isFollowUpOverdue(record) ? { borderColor: 'error.main' } : {}) }}>
      <Stack direction="row" alignItems="center" gap={1.5} flexWrap="wrap">
        <Typography variant="h5" component="h1">
          {record.reference}
        </Typography>
        <CaseStatusChip size="medium" />
      </Stack>
      <Typography variant="subtitle1" component="p" sx={{ mt: 0.5 }}>
        {record.projectTitle}
      </Typography>
      <Stack direction="row" gap={4} flexWrap="wrap" sx={{ mt: 1 }}>
        {record.organisationId && (
          <Labeled>
            <ReferenceField source="organisationId" reference="organisations" link="show" />
          </Labeled>
        )}
        {record.contactId && (
          // A case's contact: the organisation's person, or the holder when a private individual holds it.
          <Labeled label={record.organisationId ? 'resources.cases.fields.contactId' : 'resacoop.cases.individual_holder'}>
            <ReferenceField source="contactId" reference="contacts" link="show" />
          </Labeled>
        )}
        {mayReadUsers && (
          <Labeled>
            <ReferenceField source="adviserId" reference="users" link={false}>
              <TextField source="fullName" />
            </ReferenceField>
          </Labeled>
        )}
        <Labeled>
          <CodeField source="site" labels={SITE_LABELS} />
        </Labeled>
      </Stack>
      {mayReadUsers === false && <CaseAdviser />}
      <StageStepper />
      <Divider sx={{ mb: 1.5 }} />
      {record.status === 'closed' ? <Alert severity="info">{translate('resacoop.cases.closed_no_work')}</Alert> : <FollowUpControl />}
    </Paper>
  );
};
