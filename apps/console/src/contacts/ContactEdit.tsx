import { Edit } from 'react-admin';
import { RecordForm } from '../common/RecordForm';
import { useSaveErrorHandler } from '../common/saveErrors';
import { ContactInputs } from './ContactInputs';
import { CONTACT_FIELDS, contactTransform } from './contactPayload';

export const ContactEdit = () => {
  const onError = useSaveErrorHandler();
  return (
    <Edit mutationMode="pessimistic" transform={contactTransform.edit} redirect="show" mutationOptions={{ onError }}>
      <RecordForm fields={CONTACT_FIELDS}>
        <ContactInputs />
      </RecordForm>
    </Edit>
  );
};
