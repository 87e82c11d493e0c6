import { Edit } from 'react-admin';
import { RecordForm } from '../common/RecordForm';
import { useSaveErrorHandler } from '../common/saveErrors';
import { OrganisationInputs } from './OrganisationInputs';
import { ORGANISATION_FIELDS, organisationTransform } from './organisationPayload';

/** Pessimistic, so the API's field errors and version conflicts come back to this form. */
export const OrganisationEdit = () => {
  const onError = useSaveErrorHandler();
  return (
    <Edit mutationMode="pessimistic" transform={organisationTransform.edit} redirect="show" mutationOptions={{ onError }}>
      <RecordForm fields={ORGANISATION_FIELDS}>
        <OrganisationInputs />
      </RecordForm>
    </Edit>
  );
};
