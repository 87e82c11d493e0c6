import { Create } from 'react-admin';
import { RecordForm } from '../common/RecordForm';
import { useSaveErrorHandler } from '../common/saveErrors';
import { OrganisationInputs } from './OrganisationInputs';
import { ORGANISATION_FIELDS, organisationTransform } from './organisationPayload';

const defaults = { membership: 'none', zones: [], tags: [] };

export const OrganisationCreate = () => {
  const onError = useSaveErrorHandler();
  return (
    <Create transform={organisationTransform.create} redirect="show" mutationOptions={{ onError }}>
      <RecordForm fields={ORGANISATION_FIELDS} defaultValues={defaults}>
        <OrganisationInputs />
      </RecordForm>
    </Create>
  );
};
