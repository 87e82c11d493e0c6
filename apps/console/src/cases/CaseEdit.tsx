import { Edit, SaveButton, Toolbar } from 'react-admin';
import { RecordForm } from '../common/RecordForm';
import { useSaveErrorHandler } from '../common/saveErrors';
import { CaseInputs } from './CaseInputs';
import { CASE_EDIT_FIELDS, caseTransform } from './casePayload';

/** Cases are closed with an outcome, never deleted: no delete button. */
const EditToolbar = () => (
  <Toolbar>
    <SaveButton />
  </Toolbar>
);

/** Pessimistic, so the API's field errors and version conflicts come back to this form. */
export const CaseEdit = () => {
  const onError = useSaveErrorHandler();
  return (
    <Edit mutationMode="pessimistic" transform={caseTransform.edit} redirect="show" mutationOptions={{ onError }}>
      <RecordForm fields={CASE_EDIT_FIELDS} toolbar={<EditToolbar />}>
        <CaseInputs mode="edit" />
      </RecordForm>
    </Edit>
  );
};
