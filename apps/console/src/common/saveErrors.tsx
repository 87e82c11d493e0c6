import { useCallback } from 'react';
import { Alert, Button } from '@mui/material';
import { HttpError, useCloseNotification, useNotify, useRegisterMutationMiddleware, useTranslate } from 'react-admin';

type FieldErrors = Record<string, unknown>;
type Next = (resource: string, params: unknown) => Promise<unknown>;

const isVersionConflict = (error: HttpError) =>
  error.status === 409 && typeof error.body?.errors === 'object' && error.body.errors !== null && 'version' in error.body.errors;

/**
 * Placed inside a Create or Edit form. Adapts the API's error bodies to what react-admin shows:
 * - `400 { errors: { field: why } }` stays as is, so each message appears next to its input;
 *   errors about fields the form has no input for are summed up in the notification;
 * - `409` on a stale `version` becomes a plain "modified by someone else" error.
 */
export const ServerErrors = ({ fields }: { fields: readonly string[] }) => {
  const translate = useTranslate();
  const middleware = useCallback(
    async (resource: string, params: unknown, next: Next) => {
      try {
        return await next(resource, params);
      } catch (error) {
        if (!(error instanceof HttpError)) throw error;
        if (isVersionConflict(error)) {
          throw new HttpError(translate('resacoop.errors.version_conflict'), 409, {
            ...error.body,
            errors: {},
            versionConflict: true,
          });
        }
        const errors: FieldErrors | undefined = error.body?.errors;
        if (!errors || typeof errors !== 'object') throw error;
        const elsewhere = Object.keys(errors).filter((key) => !fields.includes(key.split('.')[0]));
        if (elsewhere.length === 0) throw error;
        const details = elsewhere.map((key) => `${key} : ${String(errors[key])}`).join(', ');
        const serverError = translate('resacoop.errors.other_fields', { message: error.message, details });
        throw new HttpError(error.message, error.status, {
          ...error.body,
          errors: { ...errors, root: { serverError } },
        });
      }
    },
    [fields, translate],
  );
  useRegisterMutationMiddleware(middleware);
  return null;
};

const VersionConflictNotice = ({ message }: { message: string }) => {
  const translate = useTranslate();
  const close = useCloseNotification();
  return (
    <Alert
      severity="error"
      variant="filled"
      onClose={close}
      action={
        <Button color="inherit" size="small" onClick={() => window.location.reload()}>
          {translate('resacoop.action.reload')}
        </Button>
      }
    >
      {message}
    </Alert>
  );
};

/**
 * The `onError` of an Edit: a stale version gets a notification that stays until read, with a
 * reload button; field errors stay next to their fields; anything else is notified as usual.
 */
export function useSaveErrorHandler() {
  const notify = useNotify();
  return useCallback(
    (error: unknown) => {
      if (error instanceof HttpError && error.body?.versionConflict) {
        notify(<VersionConflictNotice message={error.message} />, { type: 'error', autoHideDuration: null });
        return;
      }
      const fieldErrors = error instanceof HttpError ? error.body?.errors : undefined;
      if (fieldErrors && typeof fieldErrors === 'object' && Object.keys(fieldErrors).length > 0) return;
      const message = error instanceof Error && error.message ? error.message : 'ra.notification.http_error';
      notify(message, { type: 'error', messageArgs: { _: message } });
    },
    [notify],
  );
}

/** The API's reasons, for errors about fields no form shows (a button's write). */
export function fieldErrorText(error: unknown): string | undefined {
  const errors = error instanceof HttpError ? error.body?.errors : undefined;
  if (!errors || typeof errors !== 'object') return undefined;
  const reasons = Object.values(errors as FieldErrors).map(String);
  return reasons.length > 0 ? reasons.join(' ; ') : undefined;
}

/**
 * What to tell the user when the API refused a write made from a dialog or a button: the API's own
 * sentence (« Cet accompagnement est déjà confié à SCD. »), except for a refused input (400), whose
 * message is only « Certains champs sont invalides. » and whose field reasons say what is wrong.
 * Nothing for a failure that is not the API's answer (network down, 5xx) nor for a stale version:
 * the caller notifies those (`useActionErrorHandler`: a lasting notice with a reload button).
 */
export function refusalText(error: unknown): string | undefined {
  if (!(error instanceof HttpError) || error.status >= 500 || isVersionConflict(error)) return undefined;
  const message = error.message?.trim() || undefined;
  if (error.status === 400) return fieldErrorText(error) ?? message;
  return message ?? fieldErrorText(error);
}

/**
 * The `onError` of a write made by a button rather than a form (assign, change status): a stale
 * version gets the same lasting notice as in a form; the API's reasons are notified as they come.
 */
export function useActionErrorHandler() {
  const notify = useNotify();
  const translate = useTranslate();
  return useCallback(
    (error: unknown) => {
      if (error instanceof HttpError && isVersionConflict(error)) {
        // The API's own sentence names what changed (« Cette affectation a changé entre-temps. »).
        notify(<VersionConflictNotice message={error.message || translate('resacoop.errors.version_conflict')} />, {
          type: 'error',
          autoHideDuration: null,
        });
        return;
      }
      const message = refusalText(error) ?? (error instanceof Error && error.message ? error.message : 'ra.notification.http_error');
      notify(message, { type: 'error', messageArgs: { _: message } });
    },
    [notify, translate],
  );
}
