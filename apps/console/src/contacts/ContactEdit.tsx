import { Edit } from 'react-admin';
import { RecordForm } from '../common/RecordForm';
import { useSaveOptions } from '../common/saveOptions';
import { ContactInputs } from './ContactInputs';
import { CONTACT_FIELDS, contactTransform } from './contactPayload';

export const ContactEdit = () => {
  const saveOptions = useSaveOptions();
  return (
    <Edit mutationMode="pessimistic" transform={contactTransform.edit} mutationOptions={saveOptions}>
      <RecordForm fields={CONTACT_FIELDS}>
        <ContactInputs />
      </RecordForm>
    </Edit>
  );
};
