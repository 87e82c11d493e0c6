import { useState } from 'react';
import { Button, Stack, Typography } from '@mui/material';
import { useRecordContext, useTranslate } from 'react-admin';
import { REQUEST_STATUS_LABELS, REQUEST_TRANSITIONS, type RequestStatus } from '@resacoop/domain';
import { useDomainLocale } from '../common/locale';
import { refusalText, useActionErrorHandler } from '../common/saveErrors';
import { AnswerDialog } from './AnswerDialog';
import { useRecordUpdate } from '../common/useRecordUpdate';

/**
 * One button per legal move from the current status (`REQUEST_TRANSITIONS`). Moving to
 * "answered" needs an answer: without one yet, a dialog asks for it and sends it along.
 */
export const StatusButtons = () => {
  const record = useRecordContext();
  const translate = useTranslate();
  const locale = useDomainLocale();
  const { send, isPending } = useRecordUpdate('requests');
  const notifyError = useActionErrorHandler();
  const [asking, setAsking] = useState(false);
  const [answerError, setAnswerError] = useState<string>();
  if (!record) return null;
  const moves = REQUEST_TRANSITIONS[record.status as RequestStatus] ?? [];
  if (moves.length === 0) return null;

  const move = (status: RequestStatus) => {
    if (status === 'answered' && !String(record.answer ?? '').trim()) {
      setAnswerError(undefined);
      setAsking(true);
      return;
    }
    send({ status }, { success: 'resacoop.requests.status_changed' });
  };
  const answer = (text: string) =>
    send(
      { status: 'answered', answer: text },
      {
        success: 'resacoop.requests.status_changed',
        onSuccess: () => setAsking(false),
        onError: (error) => {
          // The answer itself was refused: say why in the dialog; anything else (a stale version) as usual.
          const reason = refusalText(error);
          if (reason) return setAnswerError(reason);
          setAsking(false);
          notifyError(error);
        },
      },
    );

  return (
    <Stack direction="row" alignItems="center" gap={1} flexWrap="wrap" role="group" aria-label={translate('resacoop.requests.move_to')}>
      <Typography variant="body2" color="text.secondary">
        {translate('resacoop.requests.move_to')}
      </Typography>
      {moves.map((status) => (
        <Button key={status} variant="contained" size="small" disableElevation disabled={isPending} onClick={() => move(status)}>
          {REQUEST_STATUS_LABELS[status][locale]}
        </Button>
      ))}
      <AnswerDialog open={asking} pending={isPending} error={answerError} onCancel={() => setAsking(false)} onConfirm={answer} />
    </Stack>
  );
};
