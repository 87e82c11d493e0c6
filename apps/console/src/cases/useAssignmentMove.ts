import { useCallback } from 'react';
import { useMutation } from '@tanstack/react-query';
import { useDataProvider, useNotify, useRefresh, type RaRecord } from 'react-admin';
import type { AssignmentMove } from '@resacoop/domain';
import { refusalText, useActionErrorHandler } from '../common/saveErrors';
import type { ResacoopDataProvider } from '../providers/dataProvider';

interface MoveVariables {
  assignment: RaRecord;
  move: AssignmentMove;
  declineReason?: string;
}

interface MoveCallbacks {
  onSuccess?: () => void;
  /** Given, a refusal of the API (its own sentence) goes here, to be shown in the dialog that asked; otherwise it is notified. */
  onRefused?: (reason: string) => void;
  /** Any other failure (a stale version, the network), notified as usual. */
  onFailure?: () => void;
}

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
    mutationFn: ({ assignment, move, declineReason }: MoveVariables) =>
      dataProvider.moveAssignment(assignment.id, move, {
        version: assignment.version,
        ...(move === 'decline' ? { declineReason } : {}),
      }),
  });
  const move = useCallback(
    (variables: MoveVariables, { onSuccess, onRefused, onFailure }: MoveCallbacks = {}) =>
      mutate(variables, {
        onSuccess: () => {
          onSuccess?.();
          notify(`resacoop.assignments.moved.${variables.move}`, { type: 'info' });
          refresh();
        },
        onError: (error) => {
          const reason = onRefused ? refusalText(error) : undefined;
          if (reason) return onRefused?.(reason);
          onFailure?.();
          notifyError(error);
          refresh();
        },
      }),
    [mutate, notify, notifyError, refresh],
  );
  return { move, isPending };
}
