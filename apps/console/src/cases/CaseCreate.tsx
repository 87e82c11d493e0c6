import { Create } from 'react-admin';
import { followUpIn } from '../common/days';
import { RecordForm } from '../common/RecordForm';
import { useSaveOptions } from '../common/saveOptions';
import { CaseInputs } from './CaseInputs';
import { CASE_CREATE_FIELDS, caseTransform } from './casePayload';

/** A new case follows up in two weeks by default; the adviser and site default on the API's side to the user's own. */
export const CaseCreate = () => {
  const saveOptions = useSaveOptions();
  const defaults = { stage: 'design', nextFollowUpAt: followUpIn(14), countries: [], sdgs: [], funders: [] };
  return (
    <Create transform={caseTransform.create} mutationOptions={saveOptions}>
      <RecordForm fields={CASE_CREATE_FIELDS} defaultValues={defaults}>
        <CaseInputs mode="create" />
      </RecordForm>
    </Create>
  );
};
