import { Edit } from 'react-admin';
import { RecordForm } from '../common/RecordForm';
import { useSaveOptions } from '../common/saveOptions';
import { UserInputs } from './UserInputs';
import { USER_FIELDS, userTransform } from './userPayload';

export const UserEdit = () => {
  const saveOptions = useSaveOptions();
  return (
    <Edit mutationMode="pessimistic" transform={userTransform.edit} mutationOptions={saveOptions}>
      <RecordForm fields={USER_FIELDS}>
        <UserInputs mode="edit" />
      </RecordForm>
    </Edit>
  );
};
