import { useMutation } from '@tanstack/react-query';
import { useDataProvider, useNotify, useRefresh, type RaRecord } from 'react-admin';
import type { AssignmentMove } from '@resacoop/domain';
import { useActionErrorHandler } from '../common/saveErrors';
import type { ResacoopDataProvider } from '../providers/dataProvider';

/**
 * Accept, decline or complete an assignment (`POST /api/assignments/{id}/{move}` with the version it
 * was read at). Each move writes a line on the case's timeline, so the page is read again.
 */
export function useAssignmentMove() {
  const dataProvider = useDataProvider<ResacoopDataProvider>();
  const notify = useNotify();
  const refresh = useRefresh();
  const notifyError = useActionErrorHandler();
  const { mutate, isPending } = useMutation({
    mutationFn: ({ assignment, move, declineReason }: { assignment: RaRecord; move: AssignmentMove; declineReason?: string }) =>
      dataProvider.moveAssignment(assignment.id, move, {
        version: assignment.version,
        ...(move === 'decline' ? { declineReason } : {}),
      }),
    onSuccess: (_data, { move }) => {
      notify(`resacoop.assignments.moved.${move}`, { type: 'info' });
      refresh();
    },
    onError: (error) => {
      notifyError(error);
      refresh();
    },
  });
  return { move: mutate, isPending };
}
