import { Create } from 'react-admin';
import { RecordForm } from '../common/RecordForm';
import { useSaveErrorHandler } from '../common/saveErrors';
import { UserInputs } from './UserInputs';
import { USER_FIELDS, userTransform } from './userPayload';

export const UserCreate = () => {
  const onError = useSaveErrorHandler();
  return (
    <Create transform={userTransform.create} redirect="show" mutationOptions={{ onError }}>
      <RecordForm fields={USER_FIELDS} defaultValues={{ role: 'staff', dailyDigest: true }}>
        <UserInputs mode="create" />
      </RecordForm>
    </Create>
  );
};
