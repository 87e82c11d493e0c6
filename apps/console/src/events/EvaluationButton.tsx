import { useState, type FormEvent } from 'react';
import RateReviewIcon from '@mui/icons-material/RateReview';
import { Button, Dialog, DialogActions, DialogContent, DialogTitle, MenuItem, TextField } from '@mui/material';
import { useNotify, useRecordContext, useRefresh, useTranslate, useUpdate } from 'react-admin';
import { EVALUATION_SCORES } from '@resacoop/domain';
import { useActionErrorHandler } from '../common/saveErrors';

/** A trainee's evaluation of a training: a score from 1 to 5 and a comment, written on their registration. */
export const EvaluationButton = () => {
  const record = useRecordContext();
  const translate = useTranslate();
  const notify = useNotify();
  const refresh = useRefresh();
  const notifyError = useActionErrorHandler();
  const [update, { isPending }] = useUpdate();
  const [open, setOpen] = useState(false);
  const [score, setScore] = useState<string>('');
  const [comment, setComment] = useState('');
  if (!record) return null;
  const start = () => {
    setScore(record.evaluationScore ? String(record.evaluationScore) : '');
    setComment(record.evaluationComment ?? '');
    setOpen(true);
  };
  const submit = (event: FormEvent) => {
    event.preventDefault();
    update(
      'registrations',
      {
        id: record.id,
        data: { evaluationScore: score ? Number(score) : null, evaluationComment: comment.trim() || null, version: record.version },
        previousData: record,
      },
      {
        mutationMode: 'pessimistic',
        onSuccess: () => {
          setOpen(false);
          notify('resacoop.events.evaluation.saved', { type: 'info' });
          refresh();
        },
        onError: notifyError,
      },
    );
  };
  return (
    <>
      <Button size="small" startIcon={<RateReviewIcon />} onClick={(event) => (event.stopPropagation(), start())}>
        {translate('resacoop.events.evaluation.button')}
      </Button>
      <Dialog open={open} onClose={() => setOpen(false)} aria-labelledby="evaluation-title" onClick={(event) => event.stopPropagation()}>
        <form onSubmit={submit} noValidate>
          <DialogTitle id="evaluation-title">{translate('resacoop.events.evaluation.title')}</DialogTitle>
          <DialogContent sx={{ display: 'grid', gap: 2, pt: 1, minWidth: { sm: 400 } }}>
            <TextField
              select
              label={translate('resources.registrations.fields.evaluationScore')}
              value={score}
              onChange={(event) => setScore(event.target.value)}
              margin="dense"
            >
              <MenuItem value="">{translate('resacoop.events.evaluation.no_score')}</MenuItem>
              {EVALUATION_SCORES.map((value) => (
                <MenuItem key={value} value={String(value)}>
                  {translate('resacoop.events.evaluation.score', { score: value })}
                </MenuItem>
              ))}
            </TextField>
            <TextField
              label={translate('resources.registrations.fields.evaluationComment')}
              value={comment}
              onChange={(event) => setComment(event.target.value)}
              multiline
              minRows={3}
            />
          </DialogContent>
          <DialogActions>
            <Button onClick={() => setOpen(false)}>{translate('ra.action.cancel')}</Button>
            <Button type="submit" variant="contained" disabled={isPending}>
              {translate('ra.action.save')}
            </Button>
          </DialogActions>
        </form>
      </Dialog>
    </>
  );
};
