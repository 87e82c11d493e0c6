import { Create } from 'react-admin';
import { RecordForm } from '../common/RecordForm';
import { useSaveOptions } from '../common/saveOptions';
import { OrganisationInputs } from './OrganisationInputs';
import { ORGANISATION_FIELDS, organisationTransform } from './organisationPayload';

const defaults = { membership: 'none', zones: [], tags: [] };

export const OrganisationCreate = () => {
  const saveOptions = useSaveOptions();
  return (
    <Create transform={organisationTransform.create} mutationOptions={saveOptions}>
      <RecordForm fields={ORGANISATION_FIELDS} defaultValues={defaults}>
        <OrganisationInputs />
      </RecordForm>
    </Create>
  );
};
