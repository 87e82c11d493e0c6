import { DeleteWithConfirmButton, Edit, SaveButton, Toolbar, useCanAccess } from 'react-admin';
import { RecordForm } from '../common/RecordForm';
import { useSaveOptions } from '../common/saveOptions';
import { EventInputs } from './EventInputs';
import { EVENT_EDIT_FIELDS, eventTransform } from './eventPayload';

/** An event nobody registered for may be deleted (a mistake); the API refuses otherwise, and the event is cancelled instead. */
const EditToolbar = () => {
  const { canAccess } = useCanAccess({ resource: 'events', action: 'delete' });
  return (
    <Toolbar sx={{ justifyContent: 'space-between' }}>
      <SaveButton />
      {canAccess && <DeleteWithConfirmButton mutationMode="pessimistic" />}
    </Toolbar>
  );
};

/** Pessimistic, so the API's field errors and version conflicts come back to this form. */
export const EventEdit = () => {
  const saveOptions = useSaveOptions();
  return (
    <Edit mutationMode="pessimistic" transform={eventTransform.edit} mutationOptions={saveOptions}>
      <RecordForm fields={EVENT_EDIT_FIELDS} toolbar={<EditToolbar />}>
        <EventInputs />
      </RecordForm>
    </Edit>
  );
};
