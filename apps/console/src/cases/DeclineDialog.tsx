import { useState, type FormEvent } from 'react';
import { Button, Dialog, DialogActions, DialogContent, DialogTitle, TextField } from '@mui/material';
import { useTranslate } from 'react-admin';
import { submitOnCtrlEnter } from '../common/keyboard';

interface DeclineDialogProps {
  open: boolean;
  pending: boolean;
  onCancel: () => void;
  onConfirm: (reason: string) => void;
}

/** Asks why the relay declines the case: the reason is required and shown to the team. */
export const DeclineDialog = ({ open, pending, onCancel, onConfirm }: DeclineDialogProps) => {
  const translate = useTranslate();
  const [reason, setReason] = useState('');
  const blank = reason.trim() === '';
  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (!blank) onConfirm(reason.trim());
  };
  return (
    <Dialog open={open} onClose={onCancel} fullWidth maxWidth="sm" aria-labelledby="decline-dialog-title">
      <form onSubmit={submit} onKeyDown={submitOnCtrlEnter} noValidate>
        <DialogTitle id="decline-dialog-title">{translate('resacoop.assignments.decline_dialog.title')}</DialogTitle>
        <DialogContent>
          <TextField
            autoFocus
            name="declineReason"
            label={translate('resources.assignments.fields.declineReason')}
            value={reason}
            onChange={(event) => setReason(event.target.value)}
            multiline
            minRows={3}
            fullWidth
            required
            margin="dense"
          />
        </DialogContent>
        <DialogActions>
          <Button onClick={onCancel}>{translate('ra.action.cancel')}</Button>
          <Button type="submit" variant="contained" color="warning" disabled={blank || pending}>
            {translate('resacoop.assignments.actions.decline')}
          </Button>
        </DialogActions>
      </form>
    </Dialog>
  );
};
