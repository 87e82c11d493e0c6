import { Create } from 'react-admin';
import { RecordForm } from '../common/RecordForm';
import { useSaveOptions } from '../common/saveOptions';
import { UserInputs } from './UserInputs';
import { USER_FIELDS, userTransform } from './userPayload';

export const UserCreate = () => {
  const saveOptions = useSaveOptions();
  return (
    <Create transform={userTransform.create} mutationOptions={saveOptions}>
      <RecordForm fields={USER_FIELDS} defaultValues={{ role: 'staff', dailyDigest: true }}>
        <UserInputs mode="create" />
      </RecordForm>
    </Create>
  );
};
