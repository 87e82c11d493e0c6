import {
  useGetRecordRepresentation,
  useNotify,
  useRedirect,
  useResourceContext,
  type RaRecord,
  type RedirectionSideEffect,
} from 'react-admin';
import { useSaveErrorHandler } from './saveErrors';

/**
 * The `mutationOptions` of every Create and Edit: once saved, a notification names what was saved
 * ("Organisation Francas de l'Isère enregistrée", "Accompagnement AC-2026-0012 enregistré", after
 * `resources.{resource}.notifications.saved`) where react-admin only says "Élément créé", then
 * the page goes where `redirectTo` says; the API's errors go to their fields (saveErrors.tsx).
 */
export function useSaveOptions(redirectTo: RedirectionSideEffect = 'show') {
  const resource = useResourceContext();
  const notify = useNotify();
  const redirect = useRedirect();
  const represent = useGetRecordRepresentation(resource);
  const onError = useSaveErrorHandler();
  const onSuccess = (record: RaRecord) => {
    notify(`resources.${resource}.notifications.saved`, { type: 'info', messageArgs: { name: String(represent(record)) } });
    redirect(redirectTo, resource, record.id, record);
  };
  return { onSuccess, onError };
}
