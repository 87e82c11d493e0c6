import { Edit } from 'react-admin';
import { RecordForm } from '../common/RecordForm';
import { useSaveErrorHandler } from '../common/saveErrors';
import { UserInputs } from './UserInputs';
import { USER_FIELDS, userTransform } from './userPayload';

export const UserEdit = () => {
  const onError = useSaveErrorHandler();
  return (
    <Edit mutationMode="pessimistic" transform={userTransform.edit} redirect="show" mutationOptions={{ onError }}>
      <RecordForm fields={USER_FIELDS}>
        <UserInputs mode="edit" />
      </RecordForm>
    </Edit>
  );
};
