import { useEffect, useRef, type MouseEvent } from 'react';
import DoneAllIcon from '@mui/icons-material/DoneAll';
import { Box, Typography } from '@mui/material';
import {
  AutocompleteInput,
  Create,
  NumberInput,
  RadioButtonGroupInput,
  SaveButton,
  TextInput,
  Toolbar,
  required,
  useTranslate,
} from 'react-admin';
import { useFormContext } from 'react-hook-form';
import { REQUEST_CHANNEL_LABELS, REQUEST_TOPIC_LABELS } from '@resacoop/domain';
import { PageLoading } from '../common/PageLoading';
import { RecordForm } from '../common/RecordForm';
import { submitOnCtrlEnter } from '../common/keyboard';
import { Section } from '../common/layout';
import { useChoices } from '../common/locale';
import { useSaveOptions } from '../common/saveOptions';
import { useMe } from '../common/useMe';
import { AssigneeInput } from './AssigneeInput';
import { RequesterInputs } from './RequesterInputs';
import { REQUEST_CREATE_FIELDS, requestTransform } from './requestPayload';

/** "Answer now and close": only with an answer, which the API requires too. */
const AnswerAndCloseButton = () => {
  const { getValues, setError, setFocus } = useFormContext();
  const onClick = (event: MouseEvent<HTMLButtonElement>) => {
    const answer: unknown = getValues('answer');
    if (typeof answer === 'string' && answer.trim() !== '') return;
    event.preventDefault();
    setError('answer', { type: 'required', message: 'resacoop.requests.answer_required' });
    setFocus('answer');
  };
  return (
    <SaveButton
      type="button"
      label="resacoop.requests.answer_and_close"
      icon={<DoneAllIcon />}
      variant="outlined"
      transform={requestTransform.createClosed}
      onClick={onClick}
    />
  );
};

const QuickEntryToolbar = () => {
  const translate = useTranslate();
  return (
    <Toolbar sx={{ gap: 2 }}>
      <SaveButton />
      <AnswerAndCloseButton />
      <Typography variant="caption" color="text.secondary" sx={{ ml: 'auto' }}>
        {translate('resacoop.requests.shortcut')}
      </Typography>
    </Toolbar>
  );
};

/** The channel comes first and has the focus: the usual "phone" is kept with a single Tab. */
const ChannelInput = () => {
  const channels = useChoices(REQUEST_CHANNEL_LABELS);
  const box = useRef<HTMLDivElement>(null);
  useEffect(() => {
    box.current?.querySelector<HTMLInputElement>('input[type="radio"]:checked')?.focus();
  }, []);
  return (
    <Box ref={box} sx={{ '&:focus-within legend': { color: 'primary.main' } }}>
      <RadioButtonGroupInput source="channel" choices={channels} translateChoice={false} validate={required()} helperText={false} />
    </Box>
  );
};

/**
 * The quick-entry form, filled in during a phone call with the keyboard alone: channel, who,
 * topic, question, and when possible the answer, saved as closed in the same go. The request is
 * the user's own unless they hand it to someone else: whoever takes the call usually handles it.
 */
export const RequestCreate = () => {
  const saveOptions = useSaveOptions();
  const topics = useChoices(REQUEST_TOPIC_LABELS);
  const me = useMe();
  // The defaults are read once, when the form mounts: wait for the user (already known to the layout).
  if (!me) return <PageLoading />;
  return (
    <Create title="resacoop.requests.quick_entry_title" transform={requestTransform.create} mutationOptions={saveOptions}>
      <RecordForm fields={REQUEST_CREATE_FIELDS} defaultValues={{ channel: 'phone', assigneeId: me.id }} toolbar={<QuickEntryToolbar />}>
        <Box onKeyDown={submitOnCtrlEnter} sx={{ width: '100%' }}>
          <ChannelInput />
          <RequesterInputs />
          <Section title="resacoop.requests.sections.request">
            <AutocompleteInput source="topic" choices={topics} translateChoice={false} autoHighlight validate={required()} />
            <TextInput source="subject" validate={required()} />
          </Section>
          <TextInput source="question" multiline minRows={3} validate={required()} />
          <Section title="resacoop.requests.sections.answer_now" columns={1}>
            <TextInput source="answer" multiline minRows={3} />
          </Section>
          <Section title="resacoop.requests.sections.handling">
            <AssigneeInput />
            <NumberInput source="minutesSpent" min={0} step={5} />
          </Section>
        </Box>
      </RecordForm>
    </Create>
  );
};
