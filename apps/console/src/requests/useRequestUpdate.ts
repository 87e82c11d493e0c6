import { useNotify, useRecordContext, useRefresh, useUpdate } from 'react-admin';
import { useActionErrorHandler } from '../common/saveErrors';

interface Options {
  /** Notified once saved (a translation key). */
  success: string;
  onSuccess?: () => void;
  /** Replaces the default notification of the API's refusal. */
  onError?: (error: unknown) => void;
}

/**
 * A write to the request on display from one of its page's buttons (`PUT /api/requests/{id}` with
 * the version it was read at). Afterwards the whole page is read again: the timeline has a new
 * status change, the history a new line, the record a new version.
 */
export function useRequestUpdate() {
  const record = useRecordContext();
  const [update, { isPending }] = useUpdate();
  const refresh = useRefresh();
  const notify = useNotify();
  const notifyError = useActionErrorHandler();
  const send = (data: Record<string, unknown>, { success, onSuccess, onError }: Options) => {
    if (!record) return;
    update(
      'requests',
      { id: record.id, data: { ...data, version: record.version }, previousData: record },
      {
        mutationMode: 'pessimistic',
        onSuccess: () => {
          notify(success, { type: 'info' });
          onSuccess?.();
          refresh();
        },
        onError: onError ?? notifyError,
      },
    );
  };
  return { send, isPending };
}
