import { useState, type FormEvent } from 'react';
import { Button, Dialog, DialogActions, DialogContent, DialogTitle, TextField } from '@mui/material';
import { useTranslate } from 'react-admin';
import { submitOnCtrlEnter } from '../common/keyboard';

interface AnswerDialogProps {
  open: boolean;
  pending: boolean;
  /** The API's reason when it refused the answer. */
  error?: string;
  onCancel: () => void;
  onConfirm: (answer: string) => void;
}

/** Asks for the answer a request needs to become "answered". */
export const AnswerDialog = ({ open, pending, error, onCancel, onConfirm }: AnswerDialogProps) => {
  const translate = useTranslate();
  const [answer, setAnswer] = useState('');
  const blank = answer.trim() === '';
  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (!blank) onConfirm(answer.trim());
  };
  return (
    <Dialog open={open} onClose={onCancel} fullWidth maxWidth="md" aria-labelledby="answer-dialog-title">
      <form onSubmit={submit} onKeyDown={submitOnCtrlEnter} noValidate>
        <DialogTitle id="answer-dialog-title">{translate('resacoop.requests.answer_dialog.title')}</DialogTitle>
        <DialogContent>
          <TextField
            autoFocus
            name="answer"
            label={translate('resources.requests.fields.answer')}
            value={answer}
            onChange={(event) => setAnswer(event.target.value)}
            multiline
            minRows={4}
            fullWidth
            required
            margin="dense"
            error={Boolean(error)}
            helperText={error ?? translate('resacoop.requests.shortcut')}
          />
        </DialogContent>
        <DialogActions>
          <Button onClick={onCancel}>{translate('ra.action.cancel')}</Button>
          <Button type="submit" variant="contained" disabled={blank || pending}>
            {translate('resacoop.requests.answer_dialog.confirm')}
          </Button>
        </DialogActions>
      </form>
    </Dialog>
  );
};
