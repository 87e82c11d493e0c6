import { Edit, SaveButton, Toolbar } from 'react-admin';
import { RecordForm } from '../common/RecordForm';
import { useSaveOptions } from '../common/saveOptions';
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
  const saveOptions = useSaveOptions();
  return (
    <Edit mutationMode="pessimistic" transform={caseTransform.edit} mutationOptions={saveOptions}>
      <RecordForm fields={CASE_EDIT_FIELDS} toolbar={<EditToolbar />}>
        <CaseInputs mode="edit" />
      </RecordForm>
    </Edit>
  );
};
