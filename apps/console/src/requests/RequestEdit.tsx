import { Edit, NumberInput, SaveButton, SelectInput, TextInput, Toolbar, required } from 'react-admin';
import { REQUEST_CHANNEL_LABELS, REQUEST_TOPIC_LABELS, SITE_LABELS } from '@resacoop/domain';
import { RecordForm } from '../common/RecordForm';
import { Section } from '../common/layout';
import { useChoices } from '../common/locale';
import { useSaveOptions } from '../common/saveOptions';
import { AssigneeInput } from './AssigneeInput';
import { RequesterInputs } from './RequesterInputs';
import { REQUEST_EDIT_FIELDS, requestTransform } from './requestPayload';

/** Requests are closed, never deleted: no delete button. */
const EditToolbar = () => (
  <Toolbar>
    <SaveButton />
  </Toolbar>
);

/** Everything but the status, which moves with the buttons of the request's page. */
export const RequestEdit = () => {
  const saveOptions = useSaveOptions();
  const channels = useChoices(REQUEST_CHANNEL_LABELS);
  const topics = useChoices(REQUEST_TOPIC_LABELS);
  const sites = useChoices(SITE_LABELS);
  return (
    <Edit mutationMode="pessimistic" transform={requestTransform.edit} mutationOptions={saveOptions}>
      <RecordForm fields={REQUEST_EDIT_FIELDS} toolbar={<EditToolbar />}>
        <Section title="resacoop.requests.sections.request">
          <TextInput source="subject" validate={required()} />
          <SelectInput source="channel" choices={channels} translateChoice={false} validate={required()} />
          <SelectInput source="topic" choices={topics} translateChoice={false} validate={required()} />
          <SelectInput source="site" choices={sites} translateChoice={false} validate={required()} />
        </Section>
        <TextInput source="question" multiline minRows={3} validate={required()} />
        <RequesterInputs />
        <Section title="resacoop.requests.sections.handling">
          <AssigneeInput />
          <NumberInput source="minutesSpent" min={0} step={5} />
        </Section>
        <TextInput source="answer" multiline minRows={3} />
      </RecordForm>
    </Edit>
  );
};
