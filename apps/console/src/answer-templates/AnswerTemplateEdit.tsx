import { Edit } from 'react-admin';
import { RecordForm } from '../common/RecordForm';
import { useSaveOptions } from '../common/saveOptions';
import { AnswerTemplateInputs } from './AnswerTemplateInputs';
import { ANSWER_TEMPLATE_FIELDS, answerTemplateTransform } from './answerTemplatePayload';

export const AnswerTemplateEdit = () => {
  const saveOptions = useSaveOptions('list');
  return (
    <Edit mutationMode="pessimistic" transform={answerTemplateTransform.edit} mutationOptions={saveOptions}>
      <RecordForm fields={ANSWER_TEMPLATE_FIELDS}>
        <AnswerTemplateInputs />
      </RecordForm>
    </Edit>
  );
};
