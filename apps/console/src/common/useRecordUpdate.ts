import { useNotify, useRecordContext, useRefresh, useUpdate } from 'react-admin';
import { useActionErrorHandler } from './saveErrors';

interface Options {
  /** Notified once saved (a translation key). */
  success: string;
  onSuccess?: () => void;
  /** Replaces the default notification of the API's refusal. */
  onError?: (error: unknown) => void;
}

/**
 * A write to the record on display from one of its page's buttons (`PUT /api/{resource}/{id}` with
 * the version it was read at): a request's status, a case's stage or next follow-up. Afterwards the
 * whole page is read again: the timeline has a new entry, the history a new line, the record a new version.
 */
export function useRecordUpdate(resource: 'requests' | 'cases') {
  const record = useRecordContext();
  const [update, { isPending }] = useUpdate();
  const refresh = useRefresh();
  const notify = useNotify();
  const notifyError = useActionErrorHandler();
  const send = (data: Record<string, unknown>, { success, onSuccess, onError }: Options) => {
    if (!record) return;
    update(
      resource,
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
