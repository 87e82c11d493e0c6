import { Create } from 'react-admin';
import { today } from '../common/days';
import { RecordForm } from '../common/RecordForm';
import { useSaveErrorHandler } from '../common/saveErrors';
import { CaseInputs } from './CaseInputs';
import { CASE_CREATE_FIELDS, caseTransform } from './casePayload';

/** A new case follows up in two weeks by default; the adviser and site default on the API's side to the user's own. */
export const CaseCreate = () => {
  const onError = useSaveErrorHandler();
  const defaults = { stage: 'design', nextFollowUpAt: today(14), countries: [], sdgs: [], funders: [] };
  return (
    <Create transform={caseTransform.create} redirect="show" mutationOptions={{ onError }}>
      <RecordForm fields={CASE_CREATE_FIELDS} defaultValues={defaults}>
        <CaseInputs mode="create" />
      </RecordForm>
    </Create>
  );
};
