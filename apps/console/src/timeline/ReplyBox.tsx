import { useState } from 'react';
import SendIcon from '@mui/icons-material/Send';
import { Box, Paper, Stack, Typography } from '@mui/material';
import {
  CreateBase,
  Form,
  NumberInput,
  RadioButtonGroupInput,
  SaveButton,
  TextInput,
  required,
  useNotify,
  useRefresh,
  useTranslate,
} from 'react-admin';
import { INTERACTION_KIND_LABELS, MANUAL_INTERACTION_KINDS } from '@resacoop/domain';
import { submitOnCtrlEnter } from '../common/keyboard';
import { useChoices } from '../common/locale';
import { ServerErrors, useSaveErrorHandler } from '../common/saveErrors';
import { INTERACTION_FIELDS, interactionPayload, type TimelineOwner } from './interactionPayload';

const defaults = { kind: 'note' };

/**
 * Adds a note, a call, an email or a meeting to the timeline of a request or a case
 * (`POST /api/interactions`). Its minutes add up on the record, so the page is read again afterwards.
 */
export const ReplyBox = (owner: TimelineOwner) => {
  const translate = useTranslate();
  const notify = useNotify();
  const refresh = useRefresh();
  const onError = useSaveErrorHandler();
  const kinds = useChoices(INTERACTION_KIND_LABELS).filter(({ id }) => (MANUAL_INTERACTION_KINDS as readonly string[]).includes(id));
  // A new form after each entry: empty again, back to a note.
  const [round, setRound] = useState(0);
  const onSuccess = () => {
    notify('resacoop.timeline.reply.added', { type: 'info' });
    setRound((value) => value + 1);
    refresh();
  };
  return (
    <Paper variant="outlined" component="section" aria-label={translate('resacoop.timeline.reply.title')} sx={{ p: 2, mt: 2 }}>
      <Typography variant="subtitle1" component="h2" sx={{ fontWeight: 600 }}>
        {translate('resacoop.timeline.reply.title')}
      </Typography>
      <CreateBase
        resource="interactions"
        redirect={false}
        transform={(data: Record<string, unknown>) => interactionPayload(owner, data)}
        mutationOptions={{ onSuccess, onError }}
      >
        <Form key={round} defaultValues={defaults} noValidate>
          <ServerErrors fields={INTERACTION_FIELDS} />
          <Box onKeyDown={submitOnCtrlEnter}>
            <RadioButtonGroupInput source="kind" choices={kinds} translateChoice={false} helperText={false} />
            <TextInput source="body" multiline minRows={2} validate={required()} />
            <Stack direction="row" alignItems="flex-start" gap={2}>
              <NumberInput source="minutesSpent" min={0} step={5} sx={{ maxWidth: 220 }} helperText={false} />
              <SaveButton label="resacoop.timeline.reply.add" icon={<SendIcon />} sx={{ mt: 1 }} />
            </Stack>
          </Box>
        </Form>
      </CreateBase>
    </Paper>
  );
};
