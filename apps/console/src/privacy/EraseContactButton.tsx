import { useState } from 'react';
import DeleteForeverIcon from '@mui/icons-material/DeleteForever';
import { Button, Dialog, DialogActions, DialogContent, DialogContentText, DialogTitle } from '@mui/material';
import { useMutation } from '@tanstack/react-query';
import {
  HttpError,
  useDataProvider,
  useGetRecordRepresentation,
  useNotify,
  usePermissions,
  useRecordContext,
  useRefresh,
  useTranslate,
} from 'react-admin';
import { useActionErrorHandler } from '../common/saveErrors';
import { may, type Permissions } from '../providers/authProvider';
import type { ResacoopDataProvider } from '../providers/dataProvider';

/**
 * Erases the person (`POST /api/contacts/{id}/erase`, administrators only) after a confirmation
 * that says what goes and what stays, since it cannot be undone.
 */
export const EraseContactButton = () => {
  const record = useRecordContext();
  const translate = useTranslate();
  const represent = useGetRecordRepresentation('contacts');
  const { permissions } = usePermissions<Permissions>();
  const dataProvider = useDataProvider<ResacoopDataProvider>();
  const notify = useNotify();
  const refresh = useRefresh();
  const notifyError = useActionErrorHandler();
  const [open, setOpen] = useState(false);
  const { mutate, isPending } = useMutation({
    mutationFn: () => dataProvider.eraseContact(record!.id, { version: record!.version }),
    onSuccess: () => {
      setOpen(false);
      notify('resacoop.privacy.erase.done', { type: 'info' });
      refresh();
    },
    onError: (failure) => {
      setOpen(false);
      // Changed or erased meanwhile: show what the contact is now.
      if (failure instanceof HttpError && failure.status === 409) refresh();
      notifyError(failure);
    },
  });
  if (!record || record.erasedAt || !may(permissions, 'erase', 'contacts')) return null;
  return (
    <>
      <Button size="small" color="error" startIcon={<DeleteForeverIcon />} onClick={() => setOpen(true)}>
        {translate('resacoop.privacy.erase.button')}
      </Button>
      <Dialog open={open} onClose={() => setOpen(false)} aria-labelledby="erase-dialog-title">
        <DialogTitle id="erase-dialog-title">{translate('resacoop.privacy.erase.title', { name: represent(record) })}</DialogTitle>
        <DialogContent>
          <DialogContentText>{translate('resacoop.privacy.erase.explanation')}</DialogContentText>
          <DialogContentText sx={{ mt: 2, fontWeight: 600 }}>{translate('resacoop.privacy.erase.irreversible')}</DialogContentText>
        </DialogContent>
        <DialogActions>
          <Button onClick={() => setOpen(false)}>{translate('ra.action.cancel')}</Button>
          <Button variant="contained" color="error" disabled={isPending} onClick={() => mutate()}>
            {translate('resacoop.privacy.erase.confirm')}
          </Button>
        </DialogActions>
      </Dialog>
    </>
  );
};
