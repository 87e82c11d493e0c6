import { useState } from 'react';
import { Box, Button, Paper, Stack, Typography } from '@mui/material';
import {
  Labeled,
  RecordContextProvider,
  ReferenceField,
  ResourceContextProvider,
  TextField,
  useCanAccess,
  useGetList,
  useRecordContext,
  useRefresh,
  useTranslate,
  type RaRecord,
} from 'react-admin';
import {
  allowsAssignmentMove,
  ASSIGNMENT_MOVES,
  LIVE_ASSIGNMENT_STATUSES,
  makesAssignmentMove,
  type AssignmentMove,
  type AssignmentStatus,
} from '@resacoop/domain';
import { DateTimeField } from '../common/fields';
import { AssignRelayButton } from './AssignRelayButton';
import { DeclineDialog } from './DeclineDialog';
import { AssignmentStatusChip } from './RelayCaseList';
import { useAssignmentMove } from './useAssignmentMove';

const MOVES = Object.keys(ASSIGNMENT_MOVES) as AssignmentMove[];

/** One assignment: which relay (for those who may read relays), where it stands, and its moves. */
const AssignmentItem = ({ relayUser, mayRead }: { relayUser: boolean; mayRead: boolean }) => {
  const assignment = useRecordContext();
  const translate = useTranslate();
  const { move, isPending } = useAssignmentMove();
  const { canAccess: mayMove } = useCanAccess({ resource: 'assignments', action: 'edit', record: assignment });
  const refresh = useRefresh();
  const [declining, setDeclining] = useState(false);
  const [declineError, setDeclineError] = useState<string>();
  if (!assignment) return null;
  const status = assignment.status as AssignmentStatus;
  // The relay accepts or declines; the team withdraws its proposal; either completes.
  const moves = MOVES.filter(
    (candidate) => mayMove && allowsAssignmentMove(status, candidate) && makesAssignmentMove(relayUser ? 'relay' : 'staff', candidate),
  );
  return (
    <Box sx={{ py: 1, borderTop: 1, borderColor: 'divider' }} data-testid="assignment">
      <Stack direction="row" alignItems="center" gap={1} flexWrap="wrap">
        {mayRead && <ReferenceField source="relayId" reference="relays" link={false} />}
        <AssignmentStatusChip status={status} />
      </Stack>
      <Stack direction="row" gap={3} flexWrap="wrap">
        <Labeled>
          <DateTimeField source="assignedAt" />
        </Labeled>
        {assignment.acknowledgedAt && (
          <Labeled>
            <DateTimeField source="acknowledgedAt" />
          </Labeled>
        )}
        {assignment.completedAt && (
          <Labeled>
            <DateTimeField source="completedAt" />
          </Labeled>
        )}
      </Stack>
      {assignment.declineReason && (
        <Labeled>
          <TextField source="declineReason" sx={{ whiteSpace: 'pre-wrap' }} />
        </Labeled>
      )}
      {moves.length > 0 && (
        <Stack direction="row" gap={1} sx={{ mt: 1 }}>
          {moves.map((candidate) => (
            <Button
              key={candidate}
              size="small"
              variant={candidate === 'accept' ? 'contained' : 'outlined'}
              color={candidate === 'accept' || candidate === 'complete' ? 'primary' : 'warning'}
              disabled={isPending}
              onClick={() => (candidate === 'decline' ? setDeclining(true) : move({ assignment, move: candidate }))}
            >
              {translate(`resacoop.assignments.actions.${candidate}`)}
            </Button>
          ))}
        </Stack>
      )}
      <DeclineDialog
        open={declining}
        pending={isPending}
        error={declineError}
        onCancel={() => {
          setDeclining(false);
          // Refused, the assignment has moved meanwhile: read it again.
          if (declineError) refresh();
          setDeclineError(undefined);
        }}
        onConfirm={(declineReason) =>
          move(
            { assignment, move: 'decline', declineReason },
            {
              onSuccess: () => {
                setDeclining(false);
                setDeclineError(undefined);
              },
              onRefused: setDeclineError,
              onFailure: () => setDeclining(false),
            },
          )
        }
      />
    </Box>
  );
};

/**
 * The relays the case was handed to (`GET /api/assignments?filter={"caseId":…}`), newest first:
 * the team hands it over; the relay accepts, declines or completes.
 */
export const RelayPanel = ({ relayUser }: { relayUser: boolean }) => {
  const record = useRecordContext();
  const translate = useTranslate();
  const { canAccess: mayHandOver } = useCanAccess({ resource: 'assignments', action: 'create' });
  const { canAccess: mayReadRelays = false } = useCanAccess({ resource: 'relays', action: 'show' });
  const { data: assignments = [], isPending } = useGetList<RaRecord>(
    'assignments',
    { filter: { caseId: record?.id }, sort: { field: 'assignedAt', order: 'DESC' }, pagination: { page: 1, perPage: 50 } },
    { enabled: Boolean(record) },
  );
  if (!record) return null;
  // One relay at a time works a case: while one has it (proposed or accepted), no second hand-over is offered.
  const live = assignments.some((assignment) => LIVE_ASSIGNMENT_STATUSES.includes(assignment.status));
  const mayAssign = mayHandOver && record.status !== 'closed';
  return (
    <Paper variant="outlined" component="section" aria-label={translate('resacoop.assignments.title')} sx={{ p: 2, mt: 2 }}>
      <Stack direction="row" alignItems="center" justifyContent="space-between" gap={1} sx={{ mb: 1 }}>
        <Typography variant="subtitle1" component="h2" sx={{ fontWeight: 600 }}>
          {translate('resacoop.assignments.title')}
        </Typography>
        {mayAssign && !isPending && <AssignRelayButton blocked={live} />}
      </Stack>
      {mayAssign && live && (
        <Typography variant="body2" color="text.secondary" id="assign-blocked" sx={{ mb: 1 }}>
          {translate('resacoop.assignments.assign_blocked')}
        </Typography>
      )}
      {!isPending && assignments.length === 0 && <Typography variant="body2">{translate('resacoop.assignments.none')}</Typography>}
      {assignments.map((assignment) => (
        <ResourceContextProvider key={assignment.id} value="assignments">
          <RecordContextProvider value={assignment}>
            <AssignmentItem relayUser={relayUser} mayRead={mayReadRelays} />
          </RecordContextProvider>
        </ResourceContextProvider>
      ))}
    </Paper>
  );
};
