import { Chip, Typography, type ChipProps } from '@mui/material';
import { BooleanInput, Datagrid, FunctionField, List, TextField, useTranslate, type RaRecord } from 'react-admin';
import { ASSIGNMENT_STATUS_LABELS, LIVE_ASSIGNMENT_STATUSES, type AssignmentStatus } from '@resacoop/domain';
import { DateTimeField } from '../common/fields';
import { useDomainLocale } from '../common/locale';

export const ASSIGNMENT_STATUS_COLORS: Record<AssignmentStatus, ChipProps['color']> = {
  proposed: 'warning',
  accepted: 'success',
  completed: 'default',
  declined: 'error',
  withdrawn: 'default',
};

/** The status of an assignment as a coloured chip. */
export const AssignmentStatusChip = ({ status }: { status: AssignmentStatus }) => {
  const locale = useDomainLocale();
  return <Chip size="small" color={ASSIGNMENT_STATUS_COLORS[status]} label={ASSIGNMENT_STATUS_LABELS[status]?.[locale] ?? status} />;
};

/** A case the relay still works opens on its page; one completed or declined is no longer the relay's to read. */
const caseOfLiveAssignment = (_id: unknown, _resource: string, record: RaRecord) =>
  LIVE_ASSIGNMENT_STATUSES.includes(record.status) ? `/cases/${record.caseId}/show` : false;

const RELAY_FILTERS = [<BooleanInput key="followUpOverdue" source="followUpOverdue" alwaysOn />];

/**
 * "Mes accompagnements" of a relay user: every case handed to their relay with where it stands
 * (proposed, accepted, completed, declined), the proposals awaiting their answer first.
 */
export const RelayCaseList = () => {
  const translate = useTranslate();
  return (
    <List
      resource="assignments"
      title="resacoop.cases.mine"
      filter={{ hideWithdrawn: true }}
      // Shown, so that a list opened filtered (the home page's overdue follow-ups) says it is, and can be widened.
      filters={RELAY_FILTERS}
      sort={{ field: 'acknowledgedAt', order: 'DESC' }}
      actions={false}
      exporter={false}
      perPage={25}
    >
      <Datagrid rowClick={caseOfLiveAssignment} bulkActionButtons={false} size="small">
        <TextField source="caseReference" sortable={false} sx={{ whiteSpace: 'nowrap' }} />
        <TextField source="projectTitle" sortable={false} />
        <FunctionField source="status" sortable={false} render={(record: RaRecord) => <AssignmentStatusChip status={record.status} />} />
        <DateTimeField source="assignedAt" showTime={false} options={{ dateStyle: 'short' }} />
        <DateTimeField source="acknowledgedAt" showTime={false} options={{ dateStyle: 'short' }} />
      </Datagrid>
      <Typography variant="body2" color="text.secondary" sx={{ p: 2 }}>
        {translate('resacoop.cases.past_assignments_note')}
      </Typography>
    </List>
  );
};
