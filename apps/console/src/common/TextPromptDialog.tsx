import { useState, type FormEvent } from 'react';
import { Button, Dialog, DialogActions, DialogContent, DialogTitle, TextField } from '@mui/material';
import { useTranslate } from 'react-admin';
import { submitOnCtrlEnter } from './keyboard';

interface TextPromptDialogProps {
  open: boolean;
  pending: boolean;
  /** The input's name, so tests and screen readers find it. */
  name: string;
  title: string;
  label: string;
  confirmLabel: string;
  confirmColor?: 'primary' | 'warning';
  /** A hint under the field, replaced by the API's reason when it refused the text. */
  hint?: string;
  error?: string;
  minRows?: number;
  onCancel: () => void;
  onConfirm: (text: string) => void;
}

/** Asks for one required text before an action (an answer, a reason to decline); Ctrl+Enter confirms. */
export const TextPromptDialog = ({
  open,
  pending,
  name,
  title,
  label,
  confirmLabel,
  confirmColor = 'primary',
  hint,
  error,
  minRows = 3,
  onCancel,
  onConfirm,
}: TextPromptDialogProps) => {
  const translate = useTranslate();
  const [text, setText] = useState('');
  const blank = text.trim() === '';
  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (!blank) onConfirm(text.trim());
  };
  const titleId = `${name}-dialog-title`;
  return (
    <Dialog open={open} onClose={onCancel} fullWidth maxWidth="md" aria-labelledby={titleId}>
      <form onSubmit={submit} onKeyDown={submitOnCtrlEnter} noValidate>
        <DialogTitle id={titleId}>{title}</DialogTitle>
        <DialogContent>
          <TextField
            autoFocus
            name={name}
            label={label}
            value={text}
            onChange={(event) => setText(event.target.value)}
            multiline
            minRows={minRows}
            fullWidth
            required
            margin="dense"
            error={Boolean(error)}
            helperText={error ?? hint}
          />
        </DialogContent>
        <DialogActions>
          <Button onClick={onCancel}>{translate('ra.action.cancel')}</Button>
          <Button type="submit" variant="contained" color={confirmColor} disabled={blank || pending}>
            {confirmLabel}
          </Button>
        </DialogActions>
      </form>
    </Dialog>
  );
};
