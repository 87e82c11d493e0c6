import { Create, type RaRecord } from 'react-admin';
import { useLocation } from 'react-router';
import { RecordForm } from '../common/RecordForm';
import { useSaveOptions } from '../common/saveOptions';
import { ContactInputs } from './ContactInputs';
import { CONTACT_FIELDS, contactTransform } from './contactPayload';

/**
 * Opened from an organisation's page (with `state.record.organisationId`), the new contact is
 * linked to it, and saving goes back to that organisation.
 */
export const ContactCreate = () => {
  const location = useLocation();
  const fromOrganisation = Boolean((location.state as { record?: { organisationId?: unknown } } | null)?.record?.organisationId);
  const redirect = (_resource?: string, id?: RaRecord['id'], data?: Partial<RaRecord>) =>
    fromOrganisation && data?.organisationId ? `/organisations/${data.organisationId}/show` : `/contacts/${id}/show`;
  const saveOptions = useSaveOptions(redirect);
  return (
    <Create transform={contactTransform.create} mutationOptions={saveOptions}>
      <RecordForm fields={CONTACT_FIELDS}>
        <ContactInputs />
      </RecordForm>
    </Create>
  );
};
