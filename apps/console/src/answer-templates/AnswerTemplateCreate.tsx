import { Create } from 'react-admin';
import { RecordForm } from '../common/RecordForm';
import { useSaveOptions } from '../common/saveOptions';
import { AnswerTemplateInputs } from './AnswerTemplateInputs';
import { ANSWER_TEMPLATE_FIELDS, answerTemplateTransform } from './answerTemplatePayload';

export const AnswerTemplateCreate = () => {
  const saveOptions = useSaveOptions('list');
  return (
    <Create transform={answerTemplateTransform.create} mutationOptions={saveOptions}>
      <RecordForm fields={ANSWER_TEMPLATE_FIELDS} defaultValues={{ active: true }}>
        <AnswerTemplateInputs />
      </RecordForm>
    </Create>
  );
};
