import { Edit } from 'react-admin';
import { RecordForm } from '../common/RecordForm';
import { useSaveOptions } from '../common/saveOptions';
import { OrganisationInputs } from './OrganisationInputs';
import { ORGANISATION_FIELDS, organisationTransform } from './organisationPayload';

/** Pessimistic, so the API's field errors and version conflicts come back to this form. */
export const OrganisationEdit = () => {
  const saveOptions = useSaveOptions();
  return (
    <Edit mutationMode="pessimistic" transform={organisationTransform.edit} mutationOptions={saveOptions}>
      <RecordForm fields={ORGANISATION_FIELDS}>
        <OrganisationInputs />
      </RecordForm>
    </Edit>
  );
};
